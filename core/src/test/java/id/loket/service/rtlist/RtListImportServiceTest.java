package id.loket.service.rtlist;

import static id.loket.support.RtListWorkbooks.row;
import static org.assertj.core.api.Assertions.assertThat;

import id.loket.domain.office.OfficeProfile;
import id.loket.wiring.AppContext;
import id.loket.domain.rtlist.RowProblem;
import id.loket.domain.rtlist.RtListField;
import id.loket.domain.text.Message;
import id.loket.domain.text.Texts;
import id.loket.storage.Database;
import id.loket.storage.Jdbc;
import id.loket.support.DatabaseSnapshot;
import id.loket.support.RtListFixtures;
import id.loket.support.RtListFixtures.Head;
import id.loket.support.RtListWorkbooks;
import id.loket.support.RtListWorkbooks.SheetContent;
import id.loket.support.TestApps;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The import on a real H2 file, from real CSV and XLSX files. */
class RtListImportServiceTest {

    private static final String KELURAHAN = "64.71.05.1006";

    @TempDir
    Path dir;

    private Database database;
    private Jdbc jdbc;
    private RtListImportService service;
    private final RtListFixtures fixtures = new RtListFixtures(20260604L);

    @BeforeEach
    void open() {
        openDatabase();
    }

    @AfterEach
    void close() {
        database.close();
    }

    private void openDatabase() {
        database = TestApps.database(dir.resolve("data"));
        jdbc = new Jdbc(database.dataSource());
        service = id.loket.wiring.ListsArea.rtListImportAlone(jdbc, Texts.indonesian(),
                new OfficeProfile(KELURAHAN, "Kelurahan Gunung Bahagia", "Jl. Contoh 1"), TestApps.FIRST_DAY);
    }

    private RtListImportResult importCsv(String name, String text) throws Exception {
        return service.importFile(RtListFixtures.write(dir.resolve(name), text), KELURAHAN, "tester");
    }

    private RtListImportResult importHeads(String name, List<Head> heads) throws Exception {
        return importCsv(name, RtListFixtures.csv(heads));
    }

    private static List<List<String>> rows(List<Head> heads) {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < heads.size(); i++) {
            rows.add(heads.get(i).row(i + 1));
        }
        return rows;
    }

    private Map<String, String> stored(String column) {
        return jdbc.list("SELECT h.kk_number, " + column + " FROM household h JOIN rt r ON r.id = h.rt_id",
                row -> Map.entry(row.getString(1), String.valueOf(row.getString(2))))
                .stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private static List<String> keysOf(RowProblem problem) {
        return problem.reasons().stream().map(Message::key).toList();
    }

    @Test
    void importsEveryValidRowAndReportsEveryOtherWithItsLine() throws Exception {
        List<Head> heads = fixtures.heads(12, 2);
        List<List<String>> rows = rows(heads);
        rows.add(List.of("13", "6471051203150099", "6.47106E+15", "Ahmad", "Jl. A", "1", "1", ""));  // line 14
        rows.add(List.of("14", "6471051203150098", fixtures.head(1, 1).nik(), "", "Jl. B", "1", "1", "")); // line 15
        rows.add(List.of("15", "6471051203150097", fixtures.head(1, 1).nik(), "Budi", "Jl. C", "satu", "1", ""));
        String text = RtListFixtures.csv(',', "\r\n", RtListFixtures.HEADER, rows);

        RtListImportResult result = importCsv("rt.csv", text);

        assertThat(result.status()).isEqualTo(RtListImportResult.Status.COMPLETED);
        assertThat(result.format()).hasValue(RtListFormat.CSV);
        assertThat(result.counts()).isEqualTo(new RtListImportResult.Counts(15, 12, 0, 3, 0, 0, 2, 2));
        assertThat(result.problems()).extracting(RowProblem::line).containsExactly(14, 15, 16);
        assertThat(result.problems().get(0).reasons())
                .containsExactly(Message.of("import.row.nik.excel", "6.47106E+15"));
        assertThat(keysOf(result.problems().get(1))).containsExactly("import.row.name.missing");
        assertThat(result.problems().get(2).reasons()).containsExactly(Message.of("import.row.rt.invalid", "satu"));
        assertThat(result.problems().get(2).value(RtListField.HEAD_NAME)).isEqualTo("Budi");
        assertThat(result.importRunId()).isPresent();

        assertThat(jdbc.count("SELECT COUNT(*) FROM household")).isEqualTo(12);
        Map<String, String> names = stored("h.head_name");
        heads.forEach(head -> assertThat(names).containsEntry(head.kk(), head.name()));
        assertThat(jdbc.count("SELECT COUNT(*) FROM rt WHERE kelurahan_code = ?", KELURAHAN)).isEqualTo(2);
        assertThat(jdbc.count("SELECT rows_read + imported * 100 + rejected * 10000 FROM import_run"))
                .isEqualTo(15 + 1200 + 30000);
    }

    @Test
    void storesEachHouseholdsPlaceInItsRtList() throws Exception {
        List<Head> heads = fixtures.heads(9, 3);

        importHeads("rt.csv", heads);

        List<String> inOrder = jdbc.list("""
                SELECT h.kk_number FROM household h JOIN rt r ON r.id = h.rt_id
                ORDER BY r.rw, r.rt, h.list_position""", row -> row.getString(1));
        assertThat(inOrder).containsExactlyElementsOf(heads.stream().map(Head::kk).toList());
        assertThat(jdbc.list("SELECT DISTINCT list_position FROM household ORDER BY 1", row -> row.getInt(1)))
                .containsExactly(1, 2, 3);
    }

    @Test
    void titleRowsAboveTheHeaderAreReadPast() throws Exception {
        List<Head> heads = fixtures.heads(3, 1);
        String text = "DAFTAR KEPALA KELUARGA RT 001 RW 001;;\r\nKelurahan Gunung Bahagia;;\r\n;;\r\n"
                + RtListFixtures.csv(';', "\r\n", RtListFixtures.HEADER, rows(heads));

        RtListImportResult result = importCsv("rt.csv", text);

        assertThat(result.counts().imported()).isEqualTo(3);
        assertThat(result.tables().get(0).mapping().orElseThrow().headerLine()).isEqualTo(4);
    }

    @Test
    void aFileWhoseColumnsAreNotRecognisedImportsNothingAndListsItsHeaders() throws Exception {
        String before = DatabaseSnapshot.of(jdbc);

        RtListImportResult result = importCsv("salah.csv", "Nomor,Nama Lengkap,Alamat,Keterangan\n1,Budi,Jl. A,-\n");

        assertThat(result.status()).isEqualTo(RtListImportResult.Status.FAILED);
        assertThat(result.failure()).contains(Message.of("import.layout.unmapped", "salah.csv"),
                Message.of("import.layout.missing.kk"),
                Message.of("import.layout.headersFound", "Nomor | Nama Lengkap | Alamat | Keterangan"));
        assertThat(DatabaseSnapshot.of(jdbc)).isEqualTo(before);
    }

    @Test
    void aMissingFileIsAFailureNotAnException() {
        RtListImportResult result = service.importFile(dir.resolve("nope.csv"), KELURAHAN, "tester");

        assertThat(result.status()).isEqualTo(RtListImportResult.Status.FAILED);
        assertThat(result.failure()).containsExactly(Message.of("import.file.notFound", "nope.csv"));
    }

    @Test
    void aKkNumberTwiceInTheFileRejectsBothRowsEachNamingTheOther() throws Exception {
        List<Head> heads = new ArrayList<>(fixtures.heads(4, 1));
        Head twin = fixtures.head(1, 1);
        heads.add(new Head(heads.get(1).kk(), twin.nik(), "Kembar", "Jl. X", 1, 1, ""));

        RtListImportResult result = importHeads("rt.csv", heads);

        assertThat(result.counts().imported()).isEqualTo(3);
        assertThat(result.problems()).hasSize(2);
        assertThat(result.problems().get(0).line()).isEqualTo(3);
        assertThat(result.problems().get(0).reasons())
                .containsExactly(Message.of("import.row.kk.twice", heads.get(1).kk(), "6"));
        assertThat(result.problems().get(1).line()).isEqualTo(6);
        assertThat(result.problems().get(1).reasons())
                .containsExactly(Message.of("import.row.kk.twice", heads.get(1).kk(), "3"));
        assertThat(stored("h.head_name")).doesNotContainKey(heads.get(1).kk());
    }

    @Test
    void anRtWhoseEveryRowIsRejectedIsNotCreated() throws Exception {
        Head kept = fixtures.head(1, 1);
        Head first = fixtures.head(9, 1);
        Head second = fixtures.head(9, 1);

        RtListImportResult result = importHeads("rt.csv",
                List.of(kept, first, new Head(first.kk(), second.nik(), "Kembar", "", 9, 1, "")));

        assertThat(result.counts().rts()).isEqualTo(2);
        assertThat(result.counts().newRts()).isEqualTo(1);
        assertThat(jdbc.list("SELECT rt FROM rt", row -> row.getString(1))).containsExactly("001");
    }

    @Test
    void aNikTwiceIsNamedEvenWhenTheOtherRowIsRejectedForAnotherReason() throws Exception {
        List<Head> heads = new ArrayList<>(fixtures.heads(2, 1));
        Head other = fixtures.head(1, 1);
        heads.add(new Head(other.kk(), heads.get(0).nik(), "", "Jl. Y", 1, 1, ""));

        RtListImportResult result = importHeads("rt.csv", heads);

        assertThat(result.problems()).extracting(RowProblem::line).containsExactly(2, 4);
        assertThat(result.problems().get(0).reasons())
                .containsExactly(Message.of("import.row.nik.twice", heads.get(0).nik(), "4"));
        assertThat(keysOf(result.problems().get(1))).containsExactly("import.row.name.missing", "import.row.nik.twice");
        assertThat(result.counts().imported()).isEqualTo(1);
    }

    @Test
    void aKkAlreadyStoredForAnotherRtIsRejectedNamingThatRt() throws Exception {
        List<Head> rtOne = fixtures.heads(5, 1);
        importHeads("rt1.csv", rtOne);
        List<Head> rtTwo = new ArrayList<>();
        rtTwo.add(fixtures.head(2, 1));
        rtTwo.add(rtOne.get(3).withRt(2, 1));
        rtTwo.add(fixtures.head(2, 1));

        RtListImportResult result = importHeads("rt2.csv", rtTwo);

        assertThat(result.counts().imported()).isEqualTo(2);
        assertThat(result.counts().updated()).isZero();
        assertThat(result.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(3);
            assertThat(problem.reasons()).containsExactly(
                    Message.of("import.row.kk.otherRt", rtOne.get(3).kk(), "001", "001"));
        });
        assertThat(stored("r.rt")).containsEntry(rtOne.get(3).kk(), "001");
    }

    @Test
    void aHeadNikStoredForAnotherRtsHouseholdIsRejectedNamingThatRt() throws Exception {
        List<Head> rtOne = fixtures.heads(3, 1);
        importHeads("rt1.csv", rtOne);
        Head newcomer = fixtures.head(2, 1).withNik(rtOne.get(0).nik());

        RtListImportResult result = importHeads("rt2.csv", List.of(newcomer));

        String maskedKk = rtOne.get(0).kk().substring(0, 6) + "******" + rtOne.get(0).kk().substring(12);
        assertThat(result.problems()).singleElement().satisfies(problem -> assertThat(problem.reasons())
                .containsExactly(Message.of("import.row.nik.otherHousehold", rtOne.get(0).nik(), maskedKk, "001",
                        "001")));
        assertThat(result.counts().imported()).isZero();
    }

    @Test
    void aWalkInServedWithoutItsFamilyCardGetsItsKkNumberFromTheListThatNamesItsHead() throws Exception {
        List<Head> rtOne = fixtures.heads(3, 1);
        importHeads("rt1.csv", rtOne);
        Head walkIn = fixtures.head(1, 1);
        long id = addWalkIn(Optional.empty(), walkIn.nik(), 1);

        List<Head> again = new ArrayList<>(rtOne);
        again.add(walkIn);
        RtListImportResult result = importHeads("rt1-v2.csv", again);

        assertThat(result.problems()).isEmpty();
        assertThat(result.counts().imported()).isZero();
        assertThat(result.counts().updated()).isEqualTo(4);
        assertThat(jdbc.list("SELECT kk_number, on_rt_list FROM household WHERE id = ?",
                row -> row.getString(1) + " " + row.getBoolean(2), id)).containsExactly(walkIn.kk() + " true");
        assertThat(jdbc.count("SELECT COUNT(*) FROM household")).isEqualTo(4);
    }

    @Test
    void aWalkInWithItsKkNumberMovesToTheRtWhoseListNamesIt() throws Exception {
        importHeads("rt1.csv", fixtures.heads(3, 1));
        Head walkIn = fixtures.head(2, 1);
        long id = addWalkIn(Optional.of(walkIn.kk()), walkIn.nik(), 1);

        RtListImportResult result = importHeads("rt2.csv", List.of(walkIn, fixtures.head(2, 1)));

        assertThat(result.problems()).as("a walk-in's RT was typed at the counter, not a list's").isEmpty();
        assertThat(result.counts().updated()).isEqualTo(1);
        assertThat(jdbc.list("SELECT r.rt FROM household h JOIN rt r ON r.id = h.rt_id WHERE h.id = ?",
                row -> row.getString(1), id)).containsExactly("002");
    }

    /** A household added at the counter as the counter does it: on no list, in the RT the agent typed. */
    private long addWalkIn(Optional<String> kk, String nik, int rt) {
        long rtId = jdbc.list("SELECT id FROM rt WHERE rt = ?", row -> row.getLong(1), String.format("%03d", rt))
                .get(0);
        return jdbc.insert("""
                INSERT INTO household (kk_number, head_nik, head_name, address, rt_id, on_rt_list)
                VALUES (?, ?, 'WARGA BARU', '', ?, FALSE)
                """, kk.orElse(null), nik, rtId);
    }

    @Test
    void anUpdatedListMovesHouseholdsBetweenItsRtsAndCreatesNewRts() throws Exception {
        List<Head> heads = fixtures.heads(6, 2);
        importHeads("v1.csv", heads);
        List<Head> updated = new ArrayList<>(heads);
        updated.set(0, heads.get(0).withRt(2, 1));
        updated.set(1, heads.get(1).withName("Hj. Siti Aminah, S.E."));
        updated.add(fixtures.head(9, 2));

        RtListImportResult result = importHeads("v2.csv", updated);

        assertThat(result.counts()).isEqualTo(new RtListImportResult.Counts(7, 1, 6, 0, 0, 0, 3, 1));
        assertThat(stored("r.rt")).containsEntry(heads.get(0).kk(), "002");
        assertThat(stored("h.head_name")).containsEntry(heads.get(1).kk(), "Hj. Siti Aminah, S.E.");
        assertThat(jdbc.count("SELECT COUNT(*) FROM household")).isEqualTo(7);
    }

    @Test
    void reImportingKeepsEveryRegistrationWithItsHousehold() throws Exception {
        database.close();
        try (AppContext app = TestApps.withDemoData(dir.resolve("data"), 200)) {
            assertThat(app.foundation().office().kelurahanCode()).isEqualTo(KELURAHAN);
        }
        openDatabase();
        String registrationsBefore = jdbc.list("""
                SELECT g.code, h.kk_number FROM registration g JOIN household h ON h.id = g.household_id ORDER BY g.id
                """, row -> row.getString(1) + ">" + row.getString(2)).toString();
        assertThat(jdbc.count("SELECT COUNT(*) FROM registration")).isPositive();
        List<Head> list = jdbc.list("""
                SELECT h.kk_number, h.head_nik, h.head_name, h.address, r.rt, r.rw FROM household h
                JOIN rt r ON r.id = h.rt_id ORDER BY r.rw, r.rt, h.id""",
                row -> new Head(row.getString(1), row.getString(2), row.getString(3) + " (diperbarui)",
                        row.getString(4), row.getInt(5), row.getInt(6), "081234567890"));

        RtListImportResult result = importHeads("update.csv", list);

        assertThat(result.counts().updated()).isEqualTo(200);
        assertThat(result.counts().imported()).isZero();
        assertThat(result.problems()).isEmpty();
        assertThat(jdbc.list("""
                SELECT g.code, h.kk_number FROM registration g JOIN household h ON h.id = g.household_id ORDER BY g.id
                """, row -> row.getString(1) + ">" + row.getString(2)).toString()).isEqualTo(registrationsBefore);
        assertThat(jdbc.count("SELECT COUNT(*) FROM household WHERE head_name LIKE '% (diperbarui)' "
                + "AND phone = '081234567890'")).isEqualTo(200);
    }

    @Test
    void aFamilySplitMovesTheHeadToTheNewKk() throws Exception {
        List<Head> heads = fixtures.heads(2, 1);
        importHeads("v1.csv", heads);
        Head oldFamily = heads.get(0);
        Head newFamily = fixtures.head(1, 1).withNik(oldFamily.nik()).withName(oldFamily.name());
        String newHeadOfOld = fixtures.head(1, 1).nik();

        RtListImportResult result = importHeads("v2.csv",
                List.of(oldFamily.withNik(newHeadOfOld).withName("Istri"), heads.get(1), newFamily));

        assertThat(result.problems()).isEmpty();
        assertThat(stored("h.head_nik")).containsEntry(oldFamily.kk(), newHeadOfOld)
                .containsEntry(newFamily.kk(), oldFamily.nik());
    }

    @Test
    void twoHeadsMayChangePlacesInOneImport() throws Exception {
        List<Head> heads = fixtures.heads(2, 1);
        importHeads("v1.csv", heads);

        RtListImportResult result = importHeads("v2.csv",
                List.of(heads.get(0).withNik(heads.get(1).nik()), heads.get(1).withNik(heads.get(0).nik())));

        assertThat(result.problems()).isEmpty();
        assertThat(stored("h.head_nik")).containsEntry(heads.get(0).kk(), heads.get(1).nik())
                .containsEntry(heads.get(1).kk(), heads.get(0).nik());
    }

    @Test
    void householdsAnUpdatedListLeavesOutAreKeptWithoutAPlaceInTheList() throws Exception {
        List<Head> heads = fixtures.heads(4, 1);
        importHeads("v1.csv", heads);

        RtListImportResult result = importHeads("v2.csv", heads.subList(0, 3));

        assertThat(result.counts().notListed()).isEqualTo(1);
        assertThat(jdbc.count("SELECT COUNT(*) FROM household")).isEqualTo(4);
        assertThat(stored("h.list_position")).containsEntry(heads.get(3).kk(), "null");
    }

    @Test
    void aListWithoutAPhoneColumnLeavesStoredPhonesAlone() throws Exception {
        Head head = fixtures.head(1, 1);
        importCsv("v1.csv", "No KK,NIK,Nama,RT,RW,No HP\n" + head.kk() + "," + head.nik() + ",Budi,1,1,081299998888\n");

        importCsv("v2.csv", "No KK,NIK,Nama,RT,RW\n" + head.kk() + "," + head.nik() + ",Budi Santoso,1,1\n");

        assertThat(stored("h.phone")).containsEntry(head.kk(), "081299998888");
        assertThat(stored("h.head_name")).containsEntry(head.kk(), "Budi Santoso");
    }

    @Test
    void optionalColumnsAreStored() throws Exception {
        Head head = fixtures.head(1, 1);

        importCsv("v1.csv", "No KK;NIK;Nama;RT/RW;ASN;Perangkat Daerah;Desil;PKH\n"
                + head.kk() + ";" + head.nik() + ";Budi;001/001;Ya;Dinas Kesehatan;2;Ya\n");

        assertThat(jdbc.list("SELECT is_asn, asn_unit, desil, pkh FROM household",
                row -> row.getBoolean(1) + "|" + row.getString(2) + "|" + row.getInt(3) + "|" + row.getBoolean(4)))
                .containsExactly("true|Dinas Kesehatan|2|true");
    }

    @Test
    void templateRowsWithoutDataAreCountedNotReported() throws Exception {
        List<Head> heads = fixtures.heads(2, 1);
        List<List<String>> rows = rows(heads);
        rows.add(List.of("3", "", "", "", "", "1", "1", ""));
        rows.add(List.of("4", "", "", "", "", "", "", ""));

        RtListImportResult result = importCsv("template.csv",
                RtListFixtures.csv(',', "\n", RtListFixtures.HEADER, rows));

        assertThat(result.counts().blankRows()).isEqualTo(2);
        assertThat(result.counts().rowsRead()).isEqualTo(2);
        assertThat(result.problems()).isEmpty();
    }

    @Test
    void theHeaderRepeatedOnEveryPrintedPageIsPassedOver() throws Exception {
        List<Head> heads = fixtures.heads(4, 1);
        List<List<String>> rows = rows(heads);
        rows.add(2, List.of(RtListFixtures.HEADER.split(",")));

        RtListImportResult result = importCsv("printed.csv", RtListFixtures.csv(',', "\n", RtListFixtures.HEADER, rows));

        assertThat(result.counts().imported()).isEqualTo(4);
        assertThat(result.counts().blankRows()).isEqualTo(1);
        assertThat(result.problems()).isEmpty();
    }

    @Test
    void cancellingLeavesTheDatabaseAsItWas() throws Exception {
        importHeads("v1.csv", fixtures.heads(50, 2));
        String before = DatabaseSnapshot.of(jdbc);
        List<Head> big = fixtures.heads(12_000, 20);
        Path file = RtListFixtures.write(dir.resolve("big.csv"), RtListFixtures.csv(big));
        RtListImportService.Cancellation cancellation = new RtListImportService.Cancellation();
        List<RtListImportService.Phase> phases = new ArrayList<>();

        RtListImportResult result = service.importFile(file, KELURAHAN, "tester", progress -> {
            phases.add(progress.phase());
            if (progress.phase() == RtListImportService.Phase.WRITING) {
                cancellation.cancel();
            }
        }, cancellation);

        assertThat(result.status()).isEqualTo(RtListImportResult.Status.CANCELLED);
        assertThat(phases).contains(RtListImportService.Phase.WRITING);
        assertThat(DatabaseSnapshot.of(jdbc)).isEqualTo(before);
    }

    @Test
    void progressGoesThroughThePhasesInOrder() throws Exception {
        Path file = RtListFixtures.write(dir.resolve("big.csv"), RtListFixtures.csv(fixtures.heads(5_000, 10)));
        List<RtListImportService.Progress> seen = new ArrayList<>();

        service.importFile(file, KELURAHAN, "tester", seen::add, new RtListImportService.Cancellation());

        assertThat(seen).extracting(RtListImportService.Progress::phase).isSortedAccordingTo(Enum::compareTo)
                .contains(RtListImportService.Phase.READING, RtListImportService.Phase.CHECKING,
                        RtListImportService.Phase.WRITING);
        assertThat(seen).allSatisfy(p -> p.fraction().ifPresent(f -> assertThat(f).isBetween(0.0, 1.0)));
        assertThat(seen.get(seen.size() - 1).phase()).isEqualTo(RtListImportService.Phase.COMMITTING);
        RtListImportService.Progress lastWrite = seen.stream()
                .filter(p -> p.phase() == RtListImportService.Phase.WRITING).reduce((a, b) -> b).orElseThrow();
        assertThat(lastWrite.done()).isEqualTo(5_000);
        assertThat(lastWrite.fraction()).hasValue(1.0);
    }

    @Test
    void aWorkbookWithTextNumberCellsAndSeveralSheetsIsImported() throws Exception {
        Head a = fixtures.head(1, 1);
        Head b = fixtures.head(1, 1);
        Head c = fixtures.head(2, 1);
        Path file = RtListWorkbooks.write(dir.resolve("rt.xlsx"),
                SheetContent.of("RT 01", List.of(
                        row("DAFTAR KK RT 01"),
                        row("No", "No KK", "NIK", "Nama", "RT", "RW"),
                        row(1, a.kk(), a.nik(), "Abdul", 1, 1),
                        row(2, Long.parseLong(b.kk()), Long.parseLong(b.nik()), "Budi", 1, 1))),
                SheetContent.of("RT 02", List.of(
                        row("No KK", "NIK", "Nama", "RT", "RW"),
                        row(6.47105120315E15, Double.parseDouble(c.nik()) - Long.parseLong(c.nik()) % 10, "Citra", 2,
                                1))),
                SheetContent.of("Rekap", List.of(row("RT", "Jumlah KK"), row(1, 2))));

        RtListImportResult result = service.importFile(file, KELURAHAN, "tester");

        assertThat(result.format()).hasValue(RtListFormat.XLSX);
        assertThat(result.counts().imported()).isEqualTo(2);
        assertThat(stored("h.head_nik")).containsEntry(b.kk(), b.nik());
        assertThat(result.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.sheet()).hasValue("RT 02");
            assertThat(problem.line()).isEqualTo(2);
            assertThat(keysOf(problem)).containsExactly("import.row.kk.excelNumber", "import.row.nik.excelNumber");
            assertThat(result.locationOf(problem)).isEqualTo(Message.of("import.location.sheetLine", "RT 02", "2"));
        });
        assertThat(result.tables()).extracting(RtListImportResult.Table::sheet, RtListImportResult.Table::read)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Optional.of("RT 01"), true),
                        org.assertj.core.groups.Tuple.tuple(Optional.of("RT 02"), true),
                        org.assertj.core.groups.Tuple.tuple(Optional.of("Rekap"), false));
        assertThat(result.tables().get(2).headersFound()).containsExactly("RT", "Jumlah KK");
    }

    @Test
    void historyListsTheStoredImportsNewestFirst() throws Exception {
        importHeads("a.csv", fixtures.heads(2, 1));
        importHeads("b.csv", fixtures.heads(3, 1));

        assertThat(service.history(10)).extracting(RtListImportService.PastImport::fileName)
                .containsExactly("b.csv", "a.csv");
        assertThat(service.history(1).get(0).actor()).isEqualTo("tester");
    }
}
