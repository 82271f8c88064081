package id.loket.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as IT staff use it: arguments in, exit status and text out. */
class CommandLineTest {

    @TempDir
    Path dir;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    /** What the person at the terminal answers: the supervisor's PIN, and YA to a confirmation. */
    private final java.util.Deque<String> answers = new java.util.ArrayDeque<>();
    private String pin = "999999";

    private final ConsoleInput console = new ConsoleInput() {
        @Override
        public char[] secret(String prompt) {
            return pin == null ? null : pin.toCharArray();
        }

        @Override
        public String line(String prompt) {
            return answers.poll();
        }
    };

    private int run(String... args) {
        return HeadlessMain.run(args, new PrintWriter(out, true), new PrintWriter(err, true), console);
    }

    /** As a supervisor: {@code --user lurah} before the command. */
    private int runAsLurah(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--user";
        all[1] = "lurah";
        System.arraycopy(args, 0, all, 2, args.length);
        return run(all);
    }

    @Test
    void aValidNikPrintsItsPartsAndExitsZero() {
        assertThat(run("--data-dir", dir.toString(), "nik", "check", "6471054707500003")).isZero();
        assertThat(out.toString()).contains("sah").contains("Kota Balikpapan").contains("Balikpapan Selatan")
                .contains("Perempuan").contains("1950");
    }

    @Test
    void aNikWithFifteenDigitsExitsOneAndSaysSo() {
        assertThat(run("nik", "check", "647105470750000")).isEqualTo(1);
        assertThat(out.toString()).contains("tidak sah").contains("15");
    }

    @Test
    void aStatedSexThatDisagreesExitsOne() {
        assertThat(run("nik", "check", "6471054707500003", "--sex", "L")).isEqualTo(1);
    }

    @Test
    void aStatedBirthDateThatMatchesExitsZero() {
        assertThat(run("nik", "check", "6471054707500003", "--birth-date", "1950-07-07", "--sex", "P")).isZero();
    }

    @Test
    void misuseExitsTwo() {
        assertThat(run("nik", "check")).isEqualTo(2);
        assertThat(run("nik", "check", "6471054707500003", "--sex", "X")).isEqualTo(2);
        assertThat(run("nik", "check", "6471054707500003", "--birth-date", "7 July 1950")).isEqualTo(2);
    }

    @Test
    void onlyConfigAndDataDirMakeAKioskStart() {
        assertThat(LoketCommand.isKioskStart(new String[] {})).isTrue();
        assertThat(LoketCommand.isKioskStart(new String[] {"--config", "a.properties", "--data-dir=d"})).isTrue();
        assertThat(LoketCommand.isKioskStart(new String[] {"--data-dir"})).isFalse();
        assertThat(LoketCommand.isKioskStart(new String[] {"--help"})).isFalse();
        assertThat(LoketCommand.isKioskStart(new String[] {"--data-dir", "d", "nik", "check", "1"})).isFalse();
    }

    @Test
    void everyCommandHasHelp() {
        for (String[] command : List.of(new String[] {"--help"}, new String[] {"nik", "check", "--help"},
                new String[] {"demo-data", "--help"}, new String[] {"export", "households", "--help"},
                new String[] {"export", "audit", "--help"}, new String[] {"plan", "--help"})) {
            assertThat(run(command)).isZero();
        }
        assertThat(out.toString()).contains("--households").contains("--format").contains("--from")
                .contains("Supervisor only");
    }

    @Test
    void demoDataThenExportWritesEveryHousehold() throws Exception {
        assertThat(run("--data-dir", dir.toString(), "demo-data", "--households", "120")).isZero();
        assertThat(out.toString()).contains("120").contains("lurah");
        Path csv = dir.resolve("households.csv");
        assertThat(runAsLurah("--data-dir", dir.toString(), "export", "households", "--format", "csv", "--out",
                csv.toString())).isZero();
        List<String> lines = Files.readAllLines(csv);
        assertThat(lines.get(0)).isEqualTo("kk_number,head_nik,head_name,rt,rw,registered");
        assertThat(lines).hasSize(121);
        assertThat(lines.get(1)).matches("\\d{16},\\d{16},[^,]+,\\d{3},\\d{3},(yes|no)");
    }

    @Test
    void reportsAreExportedAsCsvAndPdf() throws Exception {
        assertThat(run("--data-dir", dir.toString(), "demo-data", "--households", "200")).isZero();
        Path csv = dir.resolve("progress.csv");
        assertThat(runAsLurah("--data-dir", dir.toString(), "export", "progress", "--format", "csv", "--out",
                csv.toString())).isZero();
        assertThat(Files.readAllLines(csv).get(0)).startsWith("rt,rw,households,registered");
        Path pdf = dir.resolve("checklist.pdf");
        assertThat(runAsLurah("--data-dir", dir.toString(), "export", "checklist", "--rt", "1", "--rw", "1", "--out",
                pdf.toString())).isZero();
        assertThat(Files.readAllBytes(pdf)).startsWith("%PDF".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        Path asn = dir.resolve("asn.pdf");
        assertThat(runAsLurah("--data-dir", dir.toString(), "export", "asn", "--format", "pdf", "--out",
                asn.toString())).isZero();
        assertThat(out.toString()).contains(asn.toAbsolutePath().toString());
        assertThat(dir.resolve("documents")).as("an export with --out leaves no second copy").doesNotExist();
    }

    @Test
    void aChecklistForAnRtThatIsNotARtIsMisuse() {
        assertThat(runAsLurah("--data-dir", dir.toString(), "export", "checklist", "--rt", "0", "--rw", "3"))
                .isEqualTo(2);
        assertThat(err.toString()).contains("RT 0 / RW 3 tidak dikenali", "--rt 1 --rw 3");
    }

    @Test
    void aChecklistNamesTheRtFirstInWordsOnItsTitleLine() throws Exception {
        assertThat(run("--data-dir", dir.toString(), "demo-data", "--households", "200")).isZero();
        Path pdf = dir.resolve("checklist.pdf");

        assertThat(runAsLurah("--data-dir", dir.toString(), "export", "checklist", "--rt", "3", "--rw", "1", "--out",
                pdf.toString())).isZero();

        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(Files.readAllBytes(pdf))) {
            List<String> lines = new org.apache.pdfbox.text.PDFTextStripper().getText(document).lines().toList();
            String title = lines.stream().filter(line -> line.contains("Kepala Keluarga")).findFirst().orElseThrow();
            assertThat(title).startsWith("RT 003 / RW 001");
            assertThat(String.join("\n", lines)).doesNotContain("RT 001 / RW 003");
        }
    }

    @Test
    void aCombinedRtValueIsRefusedRatherThanGuessedAt() {
        assertThat(runAsLurah("--data-dir", dir.toString(), "export", "checklist", "--rt", "001/003")).isEqualTo(2);
        assertThat(err.toString()).contains("“001/003”", "--rt 001 --rw 003");
    }

    @Test
    void anRtWithoutItsRwIsMisuse() {
        assertThat(runAsLurah("--data-dir", dir.toString(), "export", "checklist", "--rt", "3")).isEqualTo(2);
        assertThat(err.toString()).contains("RT dan RW-nya bersama-sama");
    }

    @Test
    void demoDataRefusesADatabaseThatHasData() {
        assertThat(run("--data-dir", dir.toString(), "demo-data", "--households", "10")).isZero();
        assertThat(run("--data-dir", dir.toString(), "demo-data", "--households", "10")).isEqualTo(1);
        assertThat(err.toString()).contains("sudah berisi data");
    }

    @Test
    void commandsCreateAMissingDatabaseEmpty() {
        Path fresh = dir.resolve("fresh");
        // A new, empty database has no supervisor yet, so the export itself is refused.
        assertThat(runAsLurah("--data-dir", fresh.toString(), "export", "households", "--format", "csv"))
                .isEqualTo(1);
        assertThat(fresh.resolve("loket.mv.db")).exists();
        assertThat(err.toString()).contains("PIN salah");
    }

    @Test
    void exportsNeedASupervisor() {
        assertThat(run("--data-dir", dir.toString(), "demo-data", "--households", "20")).isZero();
        assertThat(run("--data-dir", dir.toString(), "export", "households", "--format", "csv")).isEqualTo(2);
        assertThat(err.toString()).contains("--user");
        assertThat(run("--user", "agen1", "--data-dir", dir.toString(), "export", "households", "--format", "csv"))
                .isEqualTo(1);
        pin = "000000";
        assertThat(runAsLurah("--data-dir", dir.toString(), "export", "households", "--format", "csv"))
                .isEqualTo(1);
        assertThat(err.toString()).contains("supervisor").contains("PIN salah").doesNotContain("Exception");
    }

    @Test
    void aNameWithoutAnAccountIsAnsweredRunAfterRunAsASupervisorWithAWrongPin() {
        assertThat(run("--data-dir", dir.toString(), "demo-data", "--households", "5")).isZero();
        pin = "000000";
        List<String> real = new java.util.ArrayList<>();
        List<String> unknown = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            real.add(refusal("lurah"));
            unknown.add(refusal("lurahh"));
        }

        assertThat(unknown).isEqualTo(real).containsExactly("Nama pengguna atau PIN salah. Sisa percobaan: 4.",
                "Nama pengguna atau PIN salah. Sisa percobaan: 3.", "Nama pengguna atau PIN salah. Sisa percobaan: 2.");
    }

    /** What a refused export as {@code user} says, each run a new process as on a terminal. */
    private String refusal(String user) {
        err.getBuffer().setLength(0);
        assertThat(run("--user", user, "--data-dir", dir.toString(), "export", "households", "--format", "csv"))
                .isEqualTo(1);
        return err.toString().strip();
    }

    @Test
    void aBackupFromAPcWithAnotherKeyIsRefusedInWordsAndTheDatabaseStays() throws Exception {
        // Another data folder has a key file of its own: as another PC would.
        Path other = dir.resolveSibling(dir.getFileName() + "-other");
        assertThat(run("--data-dir", other.toString(), "demo-data", "--households", "5")).isZero();
        Path backups = dir.resolveSibling(dir.getFileName() + "-other-bk");
        assertThat(runAsLurah("--data-dir", other.toString(), "backup", "--to", backups.toString())).isZero();
        Path foreign;
        try (java.util.stream.Stream<Path> files = Files.list(backups)) {
            foreign = files.findFirst().orElseThrow();
        }
        assertThat(run("--data-dir", dir.toString(), "demo-data", "--households", "30")).isZero();

        assertThat(runAsLurah("--data-dir", dir.toString(), "restore", "--yes", "--overwrite-newer",
                foreign.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("berkas kunci lain").contains("another key file")
                .doesNotContain("Exception");
        Path csv = dir.resolveSibling("after-refused-restore.csv");
        assertThat(runAsLurah("--data-dir", dir.toString(), "export", "households", "--format", "csv", "--out",
                csv.toString())).isZero();
        assertThat(Files.readAllLines(csv)).hasSize(31);
    }

    @Test
    void aBackupCanBeRestoredAndNothingIsLostOnTheWay() throws Exception {
        assertThat(run("--data-dir", dir.toString(), "demo-data", "--households", "30")).isZero();
        Path backups = dir.resolveSibling(dir.getFileName() + "-bk");
        assertThat(runAsLurah("--data-dir", dir.toString(), "backup", "--to", backups.toString())).isZero();
        Path backup;
        try (java.util.stream.Stream<Path> files = Files.list(backups)) {
            backup = files.findFirst().orElseThrow();
        }
        assertThat(backup.getFileName().toString()).matches("loket-backup-.*\\.zip");

        // Work after the backup makes the database newer: restoring needs to be asked for explicitly.
        assertThat(runAsLurah("--data-dir", dir.toString(), "export", "asn", "--format", "pdf", "--out",
                dir.resolveSibling("asn-after-backup.pdf").toString())).isZero();
        java.nio.file.attribute.FileTime later = java.nio.file.attribute.FileTime.fromMillis(
                System.currentTimeMillis() + 120_000);
        Files.setLastModifiedTime(dir.resolve("loket.mv.db"), later);
        assertThat(runAsLurah("--data-dir", dir.toString(), "restore", backup.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("LEBIH BARU");

        answers.add("tidak");
        assertThat(runAsLurah("--data-dir", dir.toString(), "restore", "--overwrite-newer", backup.toString()))
                .isEqualTo(1);
        assertThat(err.toString()).contains("dibatalkan");

        answers.add("ya");
        assertThat(runAsLurah("--data-dir", dir.toString(), "restore", "--overwrite-newer", backup.toString()))
                .isZero();
        assertThat(out.toString()).contains("sudah dipulihkan");
        try (java.util.stream.Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).anyMatch(n -> n.startsWith("loket.mv.db.before-restore-"));
        }
        Path csv = dir.resolveSibling("after-restore.csv");
        assertThat(runAsLurah("--data-dir", dir.toString(), "export", "households", "--format", "csv", "--out",
                csv.toString())).isZero();
        assertThat(Files.readAllLines(csv)).hasSize(31);
    }

    @Test
    void purgeSaysWhatIsDueAndChangesNothingWhenNothingIs() {
        assertThat(run("--data-dir", dir.toString(), "demo-data", "--households", "20")).isZero();
        assertThat(runAsLurah("--data-dir", dir.toString(), "purge")).isZero();
        assertThat(out.toString()).contains("0 pendaftaran dan 0 kepala keluarga").contains("730 hari")
                .contains("0 dokumen tersimpan");
        assertThat(run("--data-dir", dir.toString(), "purge")).as("supervisor only").isEqualTo(2);
    }

    @Test
    void somethingThatIsNotABackupIsNotRestored() throws Exception {
        Path notBackup = Files.writeString(dir.resolveSibling("holiday-photos.zip"), "x");
        assertThat(runAsLurah("--data-dir", dir.toString(), "restore", notBackup.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("bukan berkas cadangan");
    }

    @Test
    void anExportIntoAMissingFolderIsAFileProblemNotACrash() {
        assertThat(run("--data-dir", dir.toString(), "demo-data", "--households", "10")).isZero();
        assertThat(runAsLurah("--data-dir", dir.toString(), "export", "households", "--format", "csv", "--out",
                dir.resolve("no/such/folder/h.csv").toString())).isEqualTo(1);
        assertThat(err.toString()).contains("Berkas tidak bisa dibaca atau ditulis").doesNotContain("Exception");
    }

    @Test
    void aBadSettingsFileNamesTheKeyAndExitsTwo() throws Exception {
        Path config = Files.writeString(dir.resolve("loket.properties"), "ui.language=fr\n");
        assertThat(run("--config", config.toString(), "nik", "check", "6471054707500003")).isEqualTo(2);
        assertThat(err.toString()).contains("ui.language").contains("fr").contains(config.toString());
    }

    @Test
    void aMissingSettingsFileIsNamed() {
        assertThat(run("--config", dir.resolve("nope.properties").toString(), "nik", "check", "1")).isEqualTo(2);
        assertThat(err.toString()).contains("nope.properties");
    }
}
