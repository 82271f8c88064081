package id.loket.domain.rtlist;

import static org.assertj.core.api.Assertions.assertThat;

import id.loket.domain.household.RtRef;
import id.loket.domain.nik.KkNumberValidator;
import id.loket.domain.nik.NikValidator;
import id.loket.domain.nik.RegionCodes;
import id.loket.domain.text.Message;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RowRulesTest {

    private static final Clock TODAY = Clock.fixed(Instant.parse("2026-06-04T01:00:00Z"), ZoneOffset.ofHours(8));
    private static final String KK = "6471051203150007";
    private static final String NIK = "6471054707500003";

    private final RowRules rules = new RowRules(new NikValidator(RegionCodes.fromClasspath(), TODAY),
            new KkNumberValidator(RegionCodes.fromClasspath()));

    private static final List<String> HEADERS = List.of("No KK", "NIK", "Nama", "Alamat", "RT", "RW", "No HP", "ASN",
            "Perangkat Daerah", "Desil", "PKH");
    private static final HeaderMapping MAPPING = HeaderMapper.match(1, HEADERS).mapping().orElseThrow();

    /** A valid row, with the cells given as column=value replaced. */
    private RowCheck check(String... replacements) {
        List<SourceCell> cells = new ArrayList<>(List.of(text(KK), text(NIK), text("Siti Aminah"),
                text("Jl. Melati No. 3"), text("7"), text("3"), text(""), text(""), text(""), text(""), text("")));
        for (String replacement : replacements) {
            int equals = replacement.indexOf('=');
            cells.set(HEADERS.indexOf(replacement.substring(0, equals)), text(replacement.substring(equals + 1)));
        }
        return rules.check(MAPPING, new SourceRow(17, cells));
    }

    private RowCheck checkCells(SourceCell kk, SourceCell nik) {
        return rules.check(MAPPING, new SourceRow(5, List.of(kk, nik, text("Budi"), text(""), text("1"), text("1"))));
    }

    private static SourceCell text(String value) {
        return SourceCell.text(value);
    }

    private static List<String> keys(RowCheck check) {
        return check.problems().stream().map(Message::key).toList();
    }

    @Test
    void aValidRowBecomesAHousehold() {
        RowCheck check = check("No HP=0812-3456-7890", "Desil=2", "PKH=Ya");

        assertThat(check.problems()).isEmpty();
        ListedHousehold household = check.household().orElseThrow();
        assertThat(household.kkNumber().digits()).isEqualTo(KK);
        assertThat(household.headNik().digits()).isEqualTo(NIK);
        assertThat(household.rt()).isEqualTo(RtRef.of("3", "7"));
        assertThat(household.phone()).hasValue("081234567890");
        assertThat(household.desil()).hasValue(2);
        assertThat(household.pkh()).isTrue();
        assertThat(household.asn()).isFalse();
        assertThat(check.kkKey()).isEqualTo(Long.parseLong(KK));
        assertThat(check.nikKey()).isEqualTo(Long.parseLong(NIK));
    }

    @ParameterizedTest(name = "name \"{0}\" is kept as written")
    @CsvSource(delimiter = '|', textBlock = """
            H. Abdul Rahman, S.Pd.
            Nur'aini
            Drs. La Ode Muh. Sa'ad
            Yohanes O'Neil bin Petrus
            """)
    void namesAreKeptExactly(String name) {
        assertThat(check("Nama=  " + name + " ").household().orElseThrow().headName()).isEqualTo(name);
    }

    @ParameterizedTest(name = "RT \"{0}\" is RT {1}")
    @CsvSource({"7,007", "07,007", "007,007", "RT 07,007", "rt.7,007", "120,120"})
    void rtNumbersAreOneRtHoweverWritten(String written, String rt) {
        assertThat(check("RT=" + written).household().orElseThrow().rt().rt()).isEqualTo(rt);
    }

    @ParameterizedTest(name = "{0} rejects the row with {1}")
    @CsvSource(delimiter = '|', textBlock = """
            No KK=647105120315000                | import.row.kk.invalid nik.kk.length
            No KK=6.47105E+15                    | import.row.kk.excel
            No KK=6,47105E+15                    | import.row.kk.excel
            No KK=9971051203150007               | import.row.kk.invalid nik.kk.province.unknown
            No KK=                               | nik.kk.empty
            NIK=6.47105E+15                      | import.row.nik.excel
            NIK=64710547075000                   | import.row.nik.invalid nik.length
            NIK=6471053207500003                 | import.row.nik.invalid nik.birth.day
            NIK=6471054707500000                 | import.row.nik.invalid nik.serial.zero
            NIK=647105470750OOO3                 | import.row.nik.invalid nik.character
            NIK=                                 | nik.empty
            Nama=                                | import.row.name.missing
            Nama=                                | import.row.name.missing
            RT=tujuh                             | import.row.rt.invalid
            RT=0                                 | import.row.rt.invalid
            RT=1000                              | import.row.rt.invalid
            RT=                                  | import.row.rt.missing
            RW=3A                                | import.row.rw.invalid
            RW=                                  | import.row.rw.missing
            No HP=12345                          | import.row.phone.invalid
            No HP=0812345678 / 0813456789        | import.row.phone.invalid
            Desil=11                             | import.row.desil.invalid
            Desil=miskin                         | import.row.desil.invalid
            ASN=mungkin                          | import.row.asn.invalid
            PKH=belum tahu                       | import.row.pkh.invalid
            """)
    void everyRuleNamesItsReason(String replacement, String expectedKeys) {
        RowCheck check = check(replacement);

        assertThat(check.household()).isEmpty();
        assertThat(keys(check)).containsExactly(expectedKeys.split(" "));
    }

    @Test
    void theExcelDamagedNumberIsNamedAsWritten() {
        assertThat(check("NIK= 6.47106E+15 ").problems()).containsExactly(Message.of("import.row.nik.excel", "6.47106E+15"));
    }

    @Test
    void everyProblemOfARowIsReportedAtOnce() {
        RowCheck check = check("NIK=6.47105E+15", "Nama=", "RT=x", "Desil=0");

        assertThat(keys(check)).containsExactly("import.row.nik.excel", "import.row.name.missing",
                "import.row.rt.invalid", "import.row.desil.invalid");
        assertThat(check.kkKey()).as("the valid KK still counts for repeats").isEqualTo(Long.parseLong(KK));
        assertThat(check.nikKey()).isZero();
    }

    @Test
    void aLongNameOrAddressIsRejectedNotCut() {
        assertThat(keys(check("Nama=" + "A".repeat(201)))).containsExactly("import.row.name.tooLong");
        assertThat(keys(check("Alamat=" + "B".repeat(401)))).containsExactly("import.row.address.tooLong");
        assertThat(keys(check("ASN=ya", "Perangkat Daerah=" + "C".repeat(201)))).containsExactly("import.row.asnUnit.tooLong");
    }

    @Test
    void aSixteenDigitNumberCellWhoseLastDigitIsZeroMayHaveLostItAndIsRejected() {
        RowCheck check = checkCells(SourceCell.number("6471051203150000"), SourceCell.number("6471054707500000"));

        assertThat(check.problems()).containsExactly(
                Message.of("import.row.kk.excelNumber", "6471051203150000"),
                Message.of("import.row.nik.excelNumber", "6471054707500000"));
    }

    @Test
    void aNumberCellThatStillHasSixteenExactDigitsIsFine() {
        RowCheck check = checkCells(SourceCell.number(KK), SourceCell.number(NIK));

        assertThat(check.problems()).isEmpty();
        assertThat(check.household().orElseThrow().headNik().digits()).isEqualTo(NIK);
    }

    @Test
    void theSameDigitsTypedAsTextAreNotSuspect() {
        // As text the 0 was typed; the serial rule still applies (0000 is no serial), but 0010 is fine.
        RowCheck check = checkCells(text("6471051203150010"), text("6471054707500010"));

        assertThat(check.problems()).isEmpty();
    }

    @Test
    void aShortNumberCellIsAWrongLengthNotExcelDamage() {
        assertThat(keys(checkCells(SourceCell.number("64710512031500"), text(NIK))))
                .containsExactly("import.row.kk.invalid", "nik.kk.length");
    }

    @ParameterizedTest(name = "phone \"{0}\" is stored as {1}")
    @CsvSource({"081234567890,081234567890", "+62 812-3456-7890,081234567890", "6281234567890,081234567890",
            "81234567890,081234567890", "(0812) 3456 789,08123456789"})
    void mobileNumbersAreReadHoweverWritten(String written, String stored) {
        assertThat(check("No HP=" + written).household().orElseThrow().phone()).hasValue(stored);
    }

    @Test
    void asnAndPkhAcceptTheUsualWaysOfSayingYesAndNo() {
        assertThat(check("ASN=ya", "Perangkat Daerah=Dinas Kesehatan").household().orElseThrow())
                .satisfies(h -> {
                    assertThat(h.asn()).isTrue();
                    assertThat(h.asnUnit()).hasValue("Dinas Kesehatan");
                });
        assertThat(check("ASN=Tidak", "PKH=x").household().orElseThrow()).satisfies(h -> {
            assertThat(h.asn()).isFalse();
            assertThat(h.pkh()).isTrue();
        });
        assertThat(check("ASN=", "PKH=").household().orElseThrow().asn()).isFalse();
    }

    @Test
    void aUnitForAHouseholdMarkedNotAsnIsAContradiction() {
        assertThat(check("ASN=tidak", "Perangkat Daerah=BPKAD").problems())
                .containsExactly(Message.of("import.row.asnUnit.withoutAsn", "BPKAD"));
    }

    @Test
    void withoutAnAsnColumnAUnitMarksTheHouseholdAsAsn() {
        List<String> headers = List.of("No KK", "NIK", "Nama", "RT", "RW", "Perangkat Daerah");
        HeaderMapping mapping = HeaderMapper.match(1, headers).mapping().orElseThrow();

        RowCheck check = rules.check(mapping, new SourceRow(2, List.of(text(KK), text(NIK), text("Budi"), text("1"),
                text("2"), text("Dinas Sosial"))));

        assertThat(check.household().orElseThrow().asn()).isTrue();
        assertThat(check.household().orElseThrow().asnUnit()).hasValue("Dinas Sosial");
    }

    @ParameterizedTest(name = "RT/RW \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            007/003       | 007 | 003
            7/3           | 007 | 003
            RT 07 / RW 03 | 007 | 003
            12-4          | 012 | 004
            """)
    void aCombinedRtRwColumnIsSplit(String written, String rt, String rw) {
        HeaderMapping mapping = HeaderMapper.match(1, List.of("No KK", "NIK", "Nama", "RT/RW")).mapping().orElseThrow();

        RowCheck check = rules.check(mapping, new SourceRow(2, List.of(text(KK), text(NIK), text("Budi"), text(written))));

        assertThat(check.household().map(ListedHousehold::rt)).isEqualTo(Optional.of(RtRef.of(rw, rt)));
    }

    @Test
    void anUnreadableCombinedRtRwIsRejected() {
        HeaderMapping mapping = HeaderMapper.match(1, List.of("No KK", "NIK", "Nama", "RT/RW")).mapping().orElseThrow();

        RowCheck check = rules.check(mapping, new SourceRow(2, List.of(text(KK), text(NIK), text("Budi"), text("7"))));

        assertThat(check.problems()).containsExactly(Message.of("import.row.rtRw.invalid", "7"));
    }
}
