package id.loket.domain.sociallist;

import static org.assertj.core.api.Assertions.assertThat;

import id.loket.domain.nik.KkNumberValidator;
import id.loket.domain.nik.NikValidator;
import id.loket.domain.nik.RegionCodes;
import id.loket.domain.rtlist.SourceCell;
import id.loket.domain.rtlist.SourceRow;
import id.loket.domain.text.Message;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Reading a row of a desil / PKH list, and finding its columns. */
class SocialListRulesTest {

    private static final String NIK = "6471050101900011";
    private static final RegionCodes REGIONS = RegionCodes.fromClasspath();
    private final SocialListRules rules = new SocialListRules(
            new NikValidator(REGIONS, Clock.fixed(Instant.parse("2026-06-04T01:00:00Z"), ZoneOffset.UTC)),
            new KkNumberValidator(REGIONS));
    private final SocialListColumns columns = SocialListColumns.find(1, List.of("No", "NIK", "No. KK", "Desil", "PKH"))
            .orElseThrow();

    private static SourceRow row(String... cells) {
        return new SourceRow(2, Arrays.stream(cells).map(SourceCell::text).toList());
    }

    @Test
    void headingsAreRecognisedWhateverTheirSpellingAndANumberAndAFlagAreBothNeeded() {
        assertThat(SocialListColumns.find(3, List.of("NIK Kepala Keluarga", "Desil DTSEN"))).hasValueSatisfying(c -> {
            assertThat(c.nik()).hasValue(0);
            assertThat(c.desil()).hasValue(1);
            assertThat(c.kk()).isEmpty();
            assertThat(c.headerLine()).isEqualTo(3);
        });
        assertThat(SocialListColumns.find(1, List.of("NOMOR KARTU KELUARGA (16 digit)", "Status PKH")))
                .hasValueSatisfying(c -> assertThat(c.kk()).hasValue(0));
        assertThat(SocialListColumns.find(1, List.of("NIK", "Nama"))).as("nothing to flag").isEmpty();
        assertThat(SocialListColumns.find(1, List.of("Nama", "Desil"))).as("nobody named").isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"1,1", "Desil 2,2", "desil10,10", "7,7"})
    void everyDesilFromOneToTenIsKeptAsTheSourceGivesIt(String cell, int desil) {
        SocialListEntry entry = rules.check(columns, row("1", NIK, "", cell, "")).entry().orElseThrow();

        assertThat(entry.desil()).contains(desil);
        assertThat(entry.pkh()).isEmpty();
        assertThat(entry.priority()).isEqualTo(desil <= 2);
    }

    @ParameterizedTest
    @CsvSource({"0", "11", "tinggi", "'1,5'"})
    void aDesilOutsideOneToTenIsAProblem(String cell) {
        assertThat(rules.check(columns, row("1", NIK, "", cell, "")).problems())
                .containsExactly(Message.of("social.row.desil.invalid", cell));
    }

    @ParameterizedTest
    @CsvSource({"Ya,true", "ya,true", "PKH,true", "penerima,true", "Tidak,false", "-,false", "bukan penerima,false"})
    void pkhIsReadAsListsWriteIt(String cell, boolean pkh) {
        SocialListEntry entry = rules.check(columns, row("1", NIK, "", "", cell)).entry().orElseThrow();

        assertThat(entry.pkh()).contains(pkh);
        assertThat(entry.priority()).isEqualTo(pkh);
    }

    @Test
    void aRowWithoutANumberOrWithoutAFlagOrWithABadNumberSaysWhy() {
        assertThat(rules.check(columns, row("1", "", "", "1", "")).problems())
                .containsExactly(Message.of("social.row.noNumber"));
        assertThat(rules.check(columns, row("1", NIK, "", "", "")).problems())
                .containsExactly(Message.of("social.row.nothingSaid"));
        assertThat(rules.check(columns, row("1", "12345", "", "1", "")).problems())
                .startsWith(Message.of("social.row.nik.invalid", "12345")).hasSizeGreaterThan(1);
        assertThat(rules.check(columns, row("1", NIK, "", "1", "mungkin")).problems())
                .containsExactly(Message.of("social.row.pkh.invalid", "mungkin"));
    }

    @Test
    void aRowMayNameItsHouseholdByKkAlone() {
        SocialListEntry entry = rules.check(columns, row("1", "", "6471050101150001", "2", "ya")).entry()
                .orElseThrow();

        assertThat(entry.nik()).isEmpty();
        assertThat(entry.kk().map(k -> k.digits())).isEqualTo(Optional.of("6471050101150001"));
        assertThat(SocialListRules.blank(columns, row("7", "", "", "", ""))).isTrue();
    }
}
