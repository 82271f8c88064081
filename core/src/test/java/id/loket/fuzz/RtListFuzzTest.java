package id.loket.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import id.loket.domain.nik.KkNumberValidator;
import id.loket.domain.nik.NikValidator;
import id.loket.domain.nik.RegionCodes;
import id.loket.domain.rtlist.HeaderMapper;
import id.loket.domain.rtlist.HeaderMapping;
import id.loket.domain.rtlist.RowCheck;
import id.loket.domain.rtlist.RowRules;
import id.loket.domain.rtlist.SourceCell;
import id.loket.domain.rtlist.SourceRow;
import id.loket.domain.text.Message;
import id.loket.domain.text.Texts;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Property-based fuzzing (jqwik) of the RT-list import's rules: any header row, any data row (text
 * and number cells, Excel damage, stray characters) gets an answer, never an exception, and every
 * rejection is readable in both languages. About 160,000 generated rows and headers per run.
 */
class RtListFuzzTest {

    private static final Clock FIRST_DAY = Clock.fixed(
            LocalDate.of(2026, 6, 4).atStartOfDay(ZoneId.of("Asia/Makassar")).toInstant(), ZoneId.of("Asia/Makassar"));
    private static final RowRules RULES = new RowRules(new NikValidator(RegionCodes.fromClasspath(), FIRST_DAY),
            new KkNumberValidator(RegionCodes.fromClasspath()));
    private static final HeaderMapping MAPPING = HeaderMapper.match(1, List.of("No. KK", "NIK Kepala Keluarga",
            "Nama Kepala Keluarga", "Alamat", "RT", "RW", "No HP", "Desil", "ASN")).mapping().orElseThrow();
    private static final Texts INDONESIAN = Texts.indonesian();
    private static final Texts ENGLISH = Texts.forLocale(Texts.ENGLISH);

    @Property(tries = 20_000)
    void anyHeaderRowIsMappedOrExplained(@ForAll("headers") List<String> headers) {
        HeaderMapper.Match match = HeaderMapper.match(1, headers);
        assertThat(match.mapping().isPresent() || !match.problems().isEmpty()).isTrue();
        match.problems().forEach(RtListFuzzTest::readable);
    }

    @Property(tries = 140_000)
    void anyDataRowIsImportedOrRejectedWithReasons(@ForAll("rows") SourceRow row) {
        RowCheck check = RULES.check(MAPPING, row);
        assertThat(check.valid()).isEqualTo(check.problems().isEmpty());
        assertThat(check.household().isPresent()).isEqualTo(check.valid());
        check.problems().forEach(RtListFuzzTest::readable);
    }

    @Provide
    Arbitrary<List<String>> headers() {
        Arbitrary<String> header = Arbitraries.oneOf(
                Arbitraries.of("No KK", "Nomor KK", "NIK", "Nama", "Nama Kepala Keluarga", "Alamat", "RT", "RW",
                        "No HP", "Telepon", "Desil", "ASN", "PKH", "Perangkat Daerah", "Keterangan", ""),
                Arbitraries.strings().all().ofMaxLength(25));
        return header.list().ofMaxSize(14);
    }

    @Provide
    Arbitrary<SourceRow> rows() {
        Arbitrary<SourceCell> number = Arbitraries.oneOf(
                Arbitraries.strings().numeric().ofMinLength(14).ofMaxLength(18),
                Arbitraries.of("6471054707500003", "6.47106E+15", "6,47106E+15", "647105 4707 5000 03", "0"),
                Arbitraries.strings().withChars("0123456789 .-eE+").ofMaxLength(20))
                .flatMap(text -> Arbitraries.of(SourceCell.text(text), SourceCell.number(text.isBlank() ? "0" : text)));
        Arbitrary<SourceCell> text = Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(40),
                Arbitraries.of("Siti Nur'aini", "H. Abdul Rahman, S.Pd.", "=HYPERLINK(\"x\")", "", "  "))
                .map(SourceCell::text);
        Arbitrary<SourceCell> small = Arbitraries.oneOf(
                Arbitraries.strings().numeric().ofMaxLength(4),
                Arbitraries.of("RT 07", "007", "7/3", "ya", "tidak", "desil 2", "-1", "12345678901"))
                .map(SourceCell::text);
        // In the mapping's column order: KK, NIK, name, address, RT, RW, phone, desil, ASN.
        return Combinators.combine(List.of(number, number, text, text, small, small, small, small, small))
                .as(cells -> new SourceRow(2, cells));
    }

    private static void readable(Message message) {
        for (Texts texts : new Texts[] {INDONESIAN, ENGLISH}) {
            assertThat(texts.text(message)).doesNotStartWith("[").isNotBlank();
        }
    }
}
