package id.loket.cli;

import static org.assertj.core.api.Assertions.assertThat;

import id.loket.support.GeneratedKelurahan;
import id.loket.support.TestApps;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code loket plan} and {@code loket export schedule} as IT staff and the lurah's admin use them. */
class PlanCommandTest {

    @TempDir
    Path dir;
    private StringWriter out;
    private StringWriter err;

    @BeforeEach
    void clear() {
        out = new StringWriter();
        err = new StringWriter();
    }

    /** Runs with the test office's data folder and its key (the database is encrypted with it). */
    private int run(String... args) {
        Path config = dir.resolveSibling(dir.getFileName() + "-loket.properties");
        if (!Files.exists(config)) {
            TestApps.configFor(dir);
        }
        // Planning saves the schedule in force, and only a supervisor may change it.
        TestApps.addSupervisor(dir);
        String[] withDataDir = new String[args.length + 6];
        withDataDir[0] = "--config";
        withDataDir[1] = config.toString();
        withDataDir[2] = "--data-dir";
        withDataDir[3] = dir.toString();
        withDataDir[4] = "--user";
        withDataDir[5] = TestApps.SUPERVISOR;
        System.arraycopy(args, 0, withDataDir, 6, args.length);
        return HeadlessMain.run(withDataDir, new PrintWriter(out, true), new PrintWriter(err, true),
                Terminals.answeringPin(TestApps.SUPERVISOR_PIN));
    }

    @Test
    void aPlanThatFitsIsSavedPrintedPerDayAndExitsZero() {
        GeneratedKelurahan.fill(dir, 21, 10, 800);

        assertThat(run("plan", "--capacity-per-day", "100")).isZero();

        String printed = out.toString();
        assertThat(printed).contains("Jadwal disimpan (nomor 1)")
                .contains("Kamis, 4 Juni 2026 — ")
                .contains("Sesi 08.00–12.00: ")
                .contains("RT 001/RW 001: rumah tangga ke-1 s.d. ke-")
                .contains("Semua 800 KK yang belum terdaftar mendapat jadwal");
        assertThat(printed).doesNotContain("Sabtu").doesNotContain("Tidak mendapat tempat");
    }

    @Test
    void whatDoesNotFitIsListedAndExitsThreeWithThePlanSaved() throws Exception {
        GeneratedKelurahan.fill(dir, 22, 10, 800);

        assertThat(run("plan", "--from", "2026-06-04", "--to", "2026-06-05", "--capacity-per-day", "100",
                "--walk-in-reserve", "20", "--holidays", "2026-06-05")).isEqualTo(3);

        String printed = out.toString();
        assertThat(printed).contains("80 KK mendapat jadwal dalam 1 hari layanan; 720 KK dari")
                .contains("Tidak mendapat tempat:").doesNotContain("5 Juni 2026 —");
        assertThat(printed.lines().filter(l -> l.matches("  RT \\d{3}/RW \\d{3}: \\d+ KK"))).isNotEmpty();
        Path csv = dir.resolve("schedule.csv");
        clear();
        assertThat(run("export", "schedule", "--format", "csv", "--out", csv.toString())).isZero();
        List<String> lines = Files.readAllLines(csv);
        assertThat(lines.get(0)).isEqualTo("date,session,rt,rw,households,kind,part,parts,first_position,last_position");
        assertThat(lines.subList(1, lines.size())).allMatch(line -> line.startsWith("2026-06-04,"));
        assertThat(lines.stream().skip(1).mapToInt(line -> Integer.parseInt(line.split(",")[4])).sum()).isEqualTo(80);
        assertThat(err.toString()).contains(lines.size() - 1 + " baris jadwal diekspor");
    }

    @Test
    void misuseExitsTwoAndSaysWhy() {
        assertThat(run("plan")).isEqualTo(2);
        assertThat(err.toString()).contains("--capacity-per-day");
        clear();
        assertThat(run("plan", "--capacity-per-day", "100", "--working-days", "MON-FUN")).isEqualTo(2);
        assertThat(err.toString()).contains("MON-FUN").contains("tidak dikenali");
        clear();
        assertThat(run("plan", "--capacity-per-day", "100", "--from", "2026-07-03", "--to", "2026-06-04")).isEqualTo(2);
        assertThat(err.toString()).contains("2026-06-04").contains("sebelum tanggal mulai");
        clear();
        assertThat(run("plan", "--capacity-per-day", "100", "--walk-in-reserve", "95")).isEqualTo(2);
        assertThat(err.toString()).contains("95");
        assertThat(run("plan", "--capacity-per-day", "100", "--sessions", "08.00-12.00,25.00-26.00")).isEqualTo(2);
        assertThat(run("plan", "--capacity-per-day", "100", "--sessions", "12.00-08.00")).isEqualTo(2);
        assertThat(run("plan", "--capacity-per-day", "many")).isEqualTo(2);
        assertThat(run("plan", "--capacity-per-day", "100", "--holidays", "2026-06-31")).isEqualTo(2);
        assertThat(run("plan", "--capacity-per-day", "0")).isEqualTo(2);
    }

    @Test
    void aRePlanKeepsTheDaysBeforeItsDate() {
        GeneratedKelurahan.fill(dir, 23, 10, 800);
        assertThat(run("plan", "--capacity-per-day", "60", "--working-days", "SEN-JUM", "--desil-first")).isZero();
        assertThat(out.toString()).contains("desil 1–2 dan PKH");
        clear();

        assertThat(run("plan", "--capacity-per-day", "80", "--replan-from", "2026-06-15",
                "--holidays", "2026-06-16")).isZero();

        String printed = out.toString();
        assertThat(printed).contains("Jadwal disimpan (nomor 2)")
                .contains("7 hari layanan sebelum Senin, 15 Juni 2026 tidak diubah.")
                .contains("susulan")
                .doesNotContain("Kamis, 4 Juni 2026 —").doesNotContain("Selasa, 16 Juni 2026 —");
    }

    @Test
    void aRePlanWithoutAPlanAndAnExportWithoutAPlanExitOne() {
        assertThat(run("plan", "--capacity-per-day", "60", "--replan-from", "2026-06-15")).isEqualTo(1);
        assertThat(err.toString()).contains("Belum ada jadwal yang bisa disusun ulang");
        assertThat(run("export", "schedule", "--format", "csv")).isEqualTo(1);
        assertThat(err.toString()).contains("Belum ada jadwal.");
    }

    @Test
    void englishSettingsPrintInEnglishAndHelpNamesEveryOption() throws Exception {
        GeneratedKelurahan.fill(dir, 24, 4, 200);
        TestApps.configFor(dir, "ui.language=en");
        assertThat(run("plan", "--capacity-per-day", "100")).isZero();
        assertThat(out.toString()).contains("Thursday 4 June 2026").contains("households no. 1 to");
        clear();
        assertThat(run("plan", "--help")).isZero();
        assertThat(out.toString()).contains("--from").contains("--to").contains("--capacity-per-day")
                .contains("--walk-in-reserve").contains("--holidays").contains("--working-days")
                .contains("--desil-first").contains("--replan-from");
        assertThat(run("export", "schedule", "--help")).isZero();
    }
}
