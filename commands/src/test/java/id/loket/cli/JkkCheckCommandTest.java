package id.loket.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code loket jkk check}, run as the office's IT person runs it: arguments in, exit status and lines out. */
class JkkCheckCommandTest {

    /** A man of Balikpapan born on 15 January 1980. */
    private static final String NIK = "6471051501800001";

    @TempDir
    Path dir;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int check(String... options) {
        List<String> args = new ArrayList<>(List.of("--data-dir", dir.resolve("data").toString(), "jkk", "check"));
        args.addAll(List.of(options));
        ConsoleInput noAnswers = new ConsoleInput() {
            @Override
            public char[] secret(String prompt) {
                return null;
            }

            @Override
            public String line(String prompt) {
                return null;
            }
        };
        return HeadlessMain.run(args.toArray(String[]::new), new PrintWriter(out, true), new PrintWriter(err, true), noAnswers);
    }

    private static String[] eligiblePemulung(String... more) {
        return pemulungOn("2026-06-04", more);
    }

    private static String[] pemulungOn(String day, String... more) {
        List<String> args = new ArrayList<>(List.of("--nik", NIK, "--job", "o", "--income", "2000000",
                "--domicile-since", "2020-01-01", "--poverty", "tidak-mampu", "--on", day));
        args.addAll(List.of(more));
        return args.toArray(String[]::new);
    }

    @Test
    void anEligibleResidentGetsEveryRuleHeldAndExitZero() {
        assertThat(check(eligiblePemulung())).isZero();
        String printed = out.toString();
        assertThat(printed).contains("647105******0001").contains("Pemulung").contains("MEMENUHI SYARAT")
                .contains("a. Belum menjadi peserta").contains("f. Penghasilan di bawah UMK")
                .contains("Rp3.856.694,43").contains("Rp16.800").contains("64 tahun 11 bulan")
                .doesNotContain(NIK);
        assertThat(printed.lines().filter(line -> line.contains(": terpenuhi.")).count()).isEqualTo(6);
    }

    @Test
    void aResidentFailingRulesIsToldEachOneAndExitsOne() {
        assertThat(check("--nik", NIK, "--job", "pemulung", "--income", "3856694.43", "--domicile-since",
                "2025-12-05", "--poverty", "tidak", "--bpjs-member", "--ktp-other-city", "--on", "2026-06-04"))
                .isEqualTo(1);
        assertThat(out.toString()).contains("BELUM MEMENUHI SYARAT").contains(": a, b, d, e, f.")
                .contains("genap 6 bulan pada 2025-12-05".replace("2025-12-05", "2026-06-05"));
    }

    @Test
    void theIncomeEqualToTheUmkIsNotBelowItByDefault() {
        assertThat(check("--nik", NIK, "--job", "k", "--income", "3.856.694,43", "--domicile-since", "2020-01-01",
                "--poverty", "fakir-miskin", "--on", "2026-06-04")).isEqualTo(1);
        assertThat(out.toString()).contains("tidak di bawah UMK Kota Balikpapan tahun 2026");
    }

    @Test
    void anOfficeSettingAtOrBelowAcceptsTheIncomeEqualToTheUmk() throws Exception {
        Path config = Files.writeString(dir.resolve("loket.properties"), "jkk.income-rule=at-or-below\n");
        List<String> args = new ArrayList<>(List.of("--config", config.toString()));
        args.addAll(List.of("--data-dir", dir.resolve("data").toString(), "jkk", "check", "--nik", NIK, "--job", "k",
                "--income", "3856694.43", "--domicile-since", "2020-01-01", "--poverty", "fakir-miskin",
                "--on", "2026-06-04"));
        assertThat(HeadlessMain.run(args.toArray(String[]::new), new PrintWriter(out, true), new PrintWriter(err, true),
                null)).isZero();
        assertThat(out.toString()).contains("tidak melebihi UMK");
    }

    @Test
    void theEighteenthBirthdayIsEligibleAndTheSixtyFourthIsNot() {
        String eighteen = "6471050406080001";
        String sixtyFour = "6471050406620001";
        assertThat(check("--nik", eighteen, "--job", "n", "--income", "0", "--domicile-since", "2020-01-01",
                "--poverty", "fakir-miskin", "--on", "2026-06-04")).isZero();
        assertThat(check("--nik", sixtyFour, "--job", "n", "--income", "0", "--domicile-since", "2020-01-01",
                "--poverty", "fakir-miskin", "--on", "2026-06-04")).isEqualTo(1);
        assertThat(out.toString()).contains("sudah mencapai 64 tahun");
    }

    @Test
    void aYearWithoutUmkSaysWhichSettingToFillAndExitsOne() {
        assertThat(check(pemulungOn("2027-01-04"))).isEqualTo(1);
        assertThat(out.toString()).contains("UMK Kota Balikpapan tahun 2027 belum diisi").contains("jkk.umk.64.71")
                .contains("belum dapat dinilai");
    }

    @Test
    void anInvalidNikIsMisuseAndNotEchoed() {
        assertThat(check("--nik", "6471051501800000", "--job", "o", "--income", "1", "--domicile-since", "2020-01-01",
                "--poverty", "tidak", "--on", "2026-06-04")).isEqualTo(2);
        assertThat(err.toString()).contains("NIK tidak sah").doesNotContain("6471051501800000");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void anUnknownJobIsMisuseNamingWhatToType() {
        assertThat(check("--nik", NIK, "--job", "p", "--income", "1", "--domicile-since", "2020-01-01",
                "--poverty", "tidak", "--on", "2026-06-04")).isEqualTo(2);
        assertThat(err.toString()).contains("\"p\" tidak dikenal").contains("a–o");
    }

    @Test
    void aNegativeOrUnreadableIncomeIsMisuse() {
        assertThat(check("--nik", NIK, "--job", "o", "--income", "-1", "--domicile-since", "2020-01-01",
                "--poverty", "tidak", "--on", "2026-06-04")).isEqualTo(2);
        assertThat(err.toString()).contains("tidak boleh negatif");
        assertThat(check("--nik", NIK, "--job", "o", "--income", "dua juta", "--domicile-since", "2020-01-01",
                "--poverty", "tidak", "--on", "2026-06-04")).isEqualTo(2);
        assertThat(err.toString()).contains("\"dua juta\" tidak terbaca");
    }

    @Test
    void aWrongPovertyWordOrAMissingOptionIsMisuse() {
        assertThat(check("--nik", NIK, "--job", "o", "--income", "1", "--domicile-since", "2020-01-01",
                "--poverty", "miskin", "--on", "2026-06-04")).isEqualTo(2);
        assertThat(check("--nik", NIK, "--job", "o", "--income", "1", "--poverty", "tidak")).isEqualTo(2);
        assertThat(check(pemulungOn("4 June 2026"))).isEqualTo(2);
    }

    @Test
    void theCheckStoresNothing() throws Exception {
        assertThat(check(eligiblePemulung())).isZero();
        Path data = dir.resolve("data");
        if (Files.exists(data)) {
            try (Stream<Path> files = Files.walk(data)) {
                assertThat(files.filter(Files::isRegularFile)).isEmpty();
            }
        }
    }

    @Test
    void priorityIsSaid() {
        assertThat(check(eligiblePemulung("--disability"))).isZero();
        assertThat(out.toString()).contains("ya, penyandang disabilitas");
    }
}
