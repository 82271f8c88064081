package id.loket.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code loket device list} and {@code loket device listen}, the listen command against a socat
 * pseudo-terminal pair (skipped without socat, unless LOKET_REQUIRE_DEVICE_PEERS=1 demands it).
 */
class DeviceCommandTest {

    @TempDir
    Path dir;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private Process socat;

    @AfterEach
    void stopSocat() throws InterruptedException {
        if (socat != null) {
            socat.destroy();
            socat.waitFor(5, TimeUnit.SECONDS);
        }
    }

    private int run(String... args) {
        return HeadlessMain.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    private CompletableFuture<Integer> runInBackground(String... args) {
        return CompletableFuture.supplyAsync(() -> run(args));
    }

    @Test
    void listShowsEachRolesDriverAndStateAndWhatThePcSees() {
        assertThat(run("--data-dir", dir.toString(), "device", "list")).isZero();
        String text = out.toString();
        assertThat(text).contains("Perangkat yang diatur:")
                .contains("pembaca kartu: simulated \u2014 Siap")
                .contains("pemindai: simulated \u2014 Siap")
                .contains("printer: pdf-folder \u2014 Siap (PDF files in " + dir.resolve("printouts"))
                .contains("Perangkat yang terlihat di komputer ini:");
    }

    @Test
    void listShowsTheSoundWithItsDriverAndWhatThisPcHasForIt() {
        assertThat(run("--data-dir", dir.toString(), "device", "list")).isZero();
        String soundLine = out.toString().lines().filter(l -> l.startsWith("  suara: ")).findFirst().orElseThrow();
        assertThat(soundLine).startsWith("  suara: os-sound \u2014 ")
                .endsWith("(the PC's sound output, speech by espeak-ng)");
    }

    @Test
    void listShowsTheSimulatedSoundReadyInEnglish() throws IOException {
        Path config = Files.writeString(dir.resolve("loket.properties"), "ui.language=en\ndevice.sound=simulated\n");
        assertThat(run("--config", config.toString(), "--data-dir", dir.toString(), "device", "list")).isZero();
        assertThat(out.toString()).contains("  sound: simulated \u2014 Ready (simulated sound: nothing is heard)");
    }

    @Test
    void listNamesASoundDriverThatIsNotInstalledAndTheOnesThatAre() throws IOException {
        Path config = Files.writeString(dir.resolve("loket.properties"), "ui.language=en\ndevice.sound=speakers\n");
        assertThat(run("--config", config.toString(), "--data-dir", dir.toString(), "device", "list")).isEqualTo(2);
        assertThat(out.toString()).contains("sound: speakers \u2014 cannot be set up: No sound driver 'speakers' is "
                + "installed (setting device.sound). Installed drivers: none, os-sound, simulated.");
    }

    @Test
    void theSoundCannotBeListenedTo() {
        assertThat(run("--data-dir", dir.toString(), "device", "listen", "sound", "--seconds", "1")).isEqualTo(2);
        assertThat(err.toString()).contains("bukan 'sound'");
    }

    @Test
    void listNamesADriverThatIsNotInstalled() throws IOException {
        Path config = Files.writeString(dir.resolve("loket.properties"), "ui.language=en\ndevice.printer=laserjet\n");
        assertThat(run("--config", config.toString(), "--data-dir", dir.toString(), "device", "list")).isEqualTo(2);
        assertThat(out.toString()).contains("printer: laserjet \u2014 cannot be set up: No printer driver 'laserjet' is "
                + "installed (setting device.printer). Installed drivers: escpos-serial, escpos-tcp, os-printer, "
                + "pdf-folder, simulated.");
    }

    @Test
    void listenToASerialScannerPrintsEachCodeExactlyOnItsOwnLine() throws Exception {
        Path[] ends = socatPair();
        CompletableFuture<Integer> listening = runInBackground("--data-dir", dir.toString(), "device", "listen",
                "scanner", "--driver", "serial", "--port", ends[0].toString(), "--baud", "115200", "--delimiter", "CRLF",
                "--seconds", "3");
        awaitTrue(() -> err.toString().contains("Status: Siap"), "the scanner to be ready: " + err);
        write(ends[1], "A-023\r\n6471");
        Thread.sleep(50);
        write(ends[1], "054707500003\r\nJl. Anggrek — №7 ✓\r\n\u00ff\u0000\r\n");
        assertThat(listening.get(10, TimeUnit.SECONDS)).isZero();
        assertThat(out.toString().lines().toList())
                .containsExactly("A-023", "6471054707500003", "Jl. Anggrek — №7 ✓");
        assertThat(err.toString()).contains("Mendengarkan pemindai dengan driver serial")
                .contains("Bukan kode: Data dari perangkat rusak").contains("3 kode diterima.");
    }

    @Test
    void listenToAVendorBridgeOnASerialLinePrintsOneJsonLinePerRead() throws Exception {
        Path[] ends = socatPair();
        CompletableFuture<Integer> listening = runInBackground("--data-dir", dir.toString(), "device", "listen",
                "card-reader", "--driver", "vendor-bridge-serial", "--port", ends[0].toString(), "--seconds", "3",
                "--param", "field.name=namaLengkap");
        awaitTrue(() -> err.toString().contains("Status: Siap"), "the reader to be ready: " + err);
        write(ends[1], "{\"event\":\"card-inserted\"}\n{\"event\":\"card-read\",\"data\":{\"nik\":\"6471054707500003\","
                + "\"namaLengkap\":\"SITI AMINAH\",\"nomorRt\":\"003\",\"foto\":\"/9j/4AAQ\"}}\n");
        assertThat(listening.get(10, TimeUnit.SECONDS)).isZero();
        List<String> lines = out.toString().lines().toList();
        assertThat(lines).hasSize(1);
        assertThat(lines.get(0)).matches("\\{\"time\":\"[^\"]+Z\",\"source\":\"VENDOR_BRIDGE\",\"nik\":\"6471054707500003\","
                + "\"name\":\"SITI AMINAH\",\"rt\":\"003\"}");
        assertThat(err.toString()).contains("Kartu diletakkan.").contains("1 kartu terbaca.");
    }

    @Test
    void listenToTheSimulatedReaderPlaysItsScript() throws Exception {
        Path script = Files.writeString(dir.resolve("cards.txt"),
                "100ms card nik=6471054707500003 name=\"SITI AMINAH\" birthDate=1950-07-07\n100ms card-pulled\n");
        assertThat(run("--data-dir", dir.toString(), "device", "listen", "card-reader", "--param",
                "script=" + script, "--seconds", "1")).isZero();
        assertThat(out.toString().lines().toList()).singleElement().asString()
                .contains("\"nik\":\"6471054707500003\",\"name\":\"SITI AMINAH\",\"birthDate\":\"1950-07-07\"");
        assertThat(err.toString()).contains("Kartu diangkat sebelum selesai dibaca");
    }

    @Test
    void aBadParameterOrRoleIsAUsageError() {
        assertThat(run("--data-dir", dir.toString(), "device", "listen", "scanner", "--driver", "serial", "--seconds", "1"))
                .isEqualTo(2);
        assertThat(err.toString()).contains("Driver 'serial' untuk scanner memerlukan pengaturan device.scanner.port");
        assertThat(run("--data-dir", dir.toString(), "device", "listen", "scanner", "--driver", "serial", "--port",
                "/dev/null", "--delimiter", "TAB", "--seconds", "1")).isEqualTo(2);
        assertThat(err.toString()).contains("device.scanner.delimiter=TAB").contains("cr, lf, crlf");
        assertThat(run("--data-dir", dir.toString(), "device", "listen", "printer", "--seconds", "1")).isEqualTo(2);
        assertThat(err.toString()).contains("bukan 'printer'");
    }

    @Test
    void everyProblemCodeHasItsOwnTextInBothLanguages() {
        for (java.util.Locale locale : List.of(id.loket.domain.text.Texts.INDONESIAN, id.loket.domain.text.Texts.ENGLISH)) {
            id.loket.domain.text.Texts texts = id.loket.domain.text.Texts.forLocale(locale);
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (id.loket.device.api.DeviceProblem problem : id.loket.device.api.DeviceProblem.values()) {
                String text = texts.text(id.loket.service.DeviceProblemTexts.message(problem));
                assertThat(text).as("%s in %s", problem, locale).doesNotStartWith("[").doesNotContain(problem.name())
                        .contains(". ");
                assertThat(seen.add(text)).as("%s has its own text", problem).isTrue();
            }
        }
        assertThat(id.loket.domain.text.Texts.indonesian().text(
                id.loket.service.DeviceProblemTexts.message(id.loket.device.api.DeviceProblem.PAPER_OUT)))
                .isEqualTo("Printer kehabisan kertas. Isi kertas, lalu tekan Cetak Ulang.");
    }

    @Test
    void deviceCommandsHaveHelp() {
        assertThat(run("device", "--help")).isZero();
        assertThat(run("device", "listen", "--help")).isZero();
        assertThat(out.toString()).contains("--delimiter").contains("--seconds").contains("--param");
    }

    private Path[] socatPair() throws IOException, InterruptedException {
        boolean available = List.of(System.getenv().getOrDefault("PATH", "").split(":")).stream()
                .anyMatch(d -> !d.isEmpty() && Files.isExecutable(Path.of(d, "socat")));
        if (!available) {
            if ("1".equals(System.getenv("LOKET_REQUIRE_DEVICE_PEERS"))) {
                throw new AssertionError("socat is missing, and LOKET_REQUIRE_DEVICE_PEERS=1 requires it (see .ci/run)");
            }
            Assumptions.abort("socat is not installed");
        }
        Path device = dir.resolve("scanner");
        Path peer = dir.resolve("peer");
        socat = new ProcessBuilder("socat", "pty,raw,echo=0,link=" + device, "pty,raw,echo=0,link=" + peer)
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        awaitTrue(() -> Files.exists(device) && Files.exists(peer), "socat's links");
        return new Path[] {device, peer};
    }

    private static void write(Path peer, String text) throws IOException {
        try (OutputStream stream = Files.newOutputStream(peer)) {
            stream.write(text.getBytes(StandardCharsets.UTF_8));
        }
    }

    private static void awaitTrue(BooleanSupplier condition, String what) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("waited 5 s for " + what);
            }
            Thread.sleep(10);
        }
    }
}
