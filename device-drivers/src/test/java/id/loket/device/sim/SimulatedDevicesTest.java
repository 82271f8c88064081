package id.loket.device.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.loket.device.api.CardEvent;
import id.loket.device.api.CodeScanner;
import id.loket.device.api.DeviceConfigurationException;
import id.loket.device.api.DeviceProblem;
import id.loket.device.api.DeviceRegistry;
import id.loket.device.api.DeviceStatus;
import id.loket.device.api.IdentityCardReader;
import id.loket.device.api.IdentityRecord;
import id.loket.device.api.IdentitySource;
import id.loket.device.api.PrintJob;
import id.loket.device.api.PrintResult;
import id.loket.device.api.ScanError;
import id.loket.device.api.ScanEvent;
import id.loket.device.api.ScanSource;
import id.loket.device.testing.Await;
import id.loket.device.testing.Collector;
import id.loket.device.testing.Contexts;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimulatedDevicesTest {

    private static final Duration WAIT = Duration.ofSeconds(5);

    @TempDir
    Path dir;
    private final List<Runnable> stops = new java.util.ArrayList<>();

    @AfterEach
    void stopAll() {
        stops.forEach(Runnable::run);
    }

    private Path script(String text) throws Exception {
        return Files.writeString(dir.resolve("script-" + System.nanoTime() + ".txt"), text);
    }

    private IdentityCardReader reader(String... parameters) {
        IdentityCardReader reader = DeviceRegistry.load().cardReader(Contexts.choice("simulated", parameters),
                Contexts.context(dir));
        stops.add(reader::stop);
        return reader;
    }

    @Test
    void aScriptedCardReaderPlaysCardsAndFaults() throws Exception {
        Path file = script("""
                0 card-present
                20ms card-read nik=6471054707500003 name="SITI AMINAH" birthDate=1950-07-07 rt=003 validUntil="SEUMUR HIDUP"
                20ms card-removed
                20ms card-pulled
                20ms read-timeout
                20ms unreadable
                20ms sam-missing
                20ms card nik=6471054707500011
                20ms ready
                20ms card cardUid=04A1B2C3 source=CARD_UID
                """);
        IdentityCardReader reader = reader("script", file.toString());
        Collector<CardEvent> events = new Collector<>();
        Collector<DeviceStatus> statuses = new Collector<>();
        reader.onCardEvent(events);
        reader.onStatusChange(statuses);
        reader.start();
        Await.until(WAIT, "the whole script", () -> events.size() == 12, events::items);
        List<CardEvent> e = events.items();
        assertThat(e.get(0)).isInstanceOf(CardEvent.CardPresent.class);
        IdentityRecord siti = ((CardEvent.CardRead) e.get(1)).record();
        assertThat(siti.nik()).contains("6471054707500003");
        assertThat(siti.name()).contains("SITI AMINAH");
        assertThat(siti.birthDate()).contains(LocalDate.of(1950, 7, 7));
        assertThat(siti.validForLife()).isTrue();
        assertThat(siti.source()).isEqualTo(IdentitySource.VENDOR_BRIDGE);
        assertThat(e.get(2)).isInstanceOf(CardEvent.CardRemoved.class);
        assertThat(e.subList(3, 6)).extracting(Object::getClass).containsExactly(CardEvent.CardPresent.class,
                CardEvent.CardReadFailed.class, CardEvent.CardRemoved.class);
        assertThat(((CardEvent.CardReadFailed) e.get(4)).problem()).isEqualTo(DeviceProblem.CARD_REMOVED_DURING_READ);
        assertThat(((CardEvent.CardReadFailed) e.get(6)).problem()).isEqualTo(DeviceProblem.TIMEOUT);
        assertThat(((CardEvent.CardReadFailed) e.get(7)).problem()).isEqualTo(DeviceProblem.CARD_UNREADABLE);
        assertThat(e.get(8)).isInstanceOf(CardEvent.CardPresent.class);
        assertThat(((CardEvent.CardReadFailed) e.get(9)).problem()).as("no read without the SAM")
                .isEqualTo(DeviceProblem.SAM_MISSING);
        assertThat(((CardEvent.CardRead) e.get(11)).record().cardUid()).contains("04A1B2C3");
        assertThat(statuses.items()).extracting(s -> s.problem().orElse(null)).contains(DeviceProblem.SAM_MISSING);
        assertThat(reader.status().usable()).isTrue();
    }

    @Test
    void aRepeatingScriptGoesOnUntilStopped() throws Exception {
        IdentityCardReader reader = reader("script", script("10ms card nik=6471054707500003\nrepeat\n").toString());
        Collector<CardEvent> events = new Collector<>();
        reader.onCardEvent(events);
        reader.start();
        Await.until(WAIT, "several rounds", () -> events.size() >= 10, events::items);
        reader.stop();
        int after = events.size();
        Await.sleep(100);
        assertThat(events.size()).isEqualTo(after);
    }

    @Test
    void theSimulatorCanBeDrivenFromCodeForUiTests() {
        SimulatedCardReader reader = (SimulatedCardReader) reader();
        Collector<CardEvent> events = new Collector<>();
        reader.onCardEvent(events);
        reader.start();
        reader.insert(IdentityRecord.builder(IdentitySource.CHIP).nik("6471054707500003").build());
        reader.disconnect();
        reader.insert(IdentityRecord.builder(IdentitySource.CHIP).nik("6471054707500011").build());
        assertThat(events.size()).as("an unplugged reader reads nothing").isEqualTo(2);
        assertThat(reader.status().problem()).contains(DeviceProblem.PORT_GONE);
        reader.ready();
        reader.pullDuringRead();
        assertThat(events.size()).isEqualTo(5);
    }

    @Test
    void aScriptedScannerSendsCodesExactlyAndItsFaults() throws Exception {
        CodeScanner scanner = DeviceRegistry.load().scanner(Contexts.choice("simulated", "script", script("""
                0 scan A-023
                10ms scan ]d2\\x1D0109501101020917 \\t end
                10ms garbage FF 00 1B
                10ms too-long 9000
                10ms scan-timeout
                10ms disconnect
                10ms scan LOST
                10ms ready
                10ms scan BACK
                """).toString()), Contexts.context(dir));
        stops.add(scanner::stop);
        Collector<ScanEvent> scans = new Collector<>();
        Collector<ScanError> errors = new Collector<>();
        scanner.onScan(scans);
        scanner.onScanError(errors);
        scanner.start();
        Await.until(WAIT, "codes and errors", () -> scans.size() == 3 && errors.size() == 3,
                () -> scans + " " + errors);
        assertThat(scans.items()).extracting(ScanEvent::payload)
                .containsExactly("A-023", "]d2\u001D0109501101020917 \t end", "BACK");
        assertThat(scans.items()).allMatch(s -> s.source() == ScanSource.SIMULATED);
        assertThat(errors.items()).extracting(ScanError::problem).containsExactly(DeviceProblem.GARBAGE_FRAME,
                DeviceProblem.FRAME_TOO_LONG, DeviceProblem.TIMEOUT);
        assertThat(errors.items().get(0).detail()).contains("ff 00 1b");
    }

    @Test
    void theSimulatedPrinterConfirmsFailsOnFaultsAndKeepsWhatItPrinted() throws Exception {
        SimulatedPrinter printer = (SimulatedPrinter) DeviceRegistry.load().printer(Contexts.choice("simulated",
                "folder", dir.resolve("sim-out").toString()), Contexts.context(dir));
        stops.add(printer::stop);
        printer.start();
        byte[] pdf = pdf();
        assertThat(printer.print(PrintJob.pdf("A-001", pdf)).confirmed()).isTrue();
        assertThat(dir.resolve("sim-out/A-001.pdf")).exists();
        printer.paperOut();
        PrintResult noPaper = printer.print(PrintJob.pdf("A-002", pdf));
        assertThat(noPaper.problem()).contains(DeviceProblem.PAPER_OUT);
        printer.offline();
        assertThat(printer.print(PrintJob.pdf("A-003", pdf)).problem()).contains(DeviceProblem.PRINTER_OFFLINE);
        printer.ready();
        printer.failNext(DeviceProblem.PRINTER_FAULT);
        assertThat(printer.print(PrintJob.pdf("A-004", pdf)).problem()).contains(DeviceProblem.PRINTER_FAULT);
        assertThat(printer.print(PrintJob.escPos("A-005", new byte[] {0x1B, 0x40})).confirmed()).isTrue();
        printer.paperLow();
        assertThat(printer.print(PrintJob.pdf("A-006", pdf)).confirmed()).isTrue();
        assertThat(printer.print(PrintJob.pdf("bad", new byte[] {1, 2})).problem()).contains(DeviceProblem.DOCUMENT_INVALID);
        assertThat(printer.printed()).extracting(PrintJob::name).containsExactly("A-001", "A-005", "A-006");
    }

    @Test
    void aScriptedPrinterRunsOutOfPaper() throws Exception {
        var printer = DeviceRegistry.load().printer(Contexts.choice("simulated", "script",
                script("50ms paper-out\n").toString()), Contexts.context(dir));
        stops.add(printer::stop);
        printer.start();
        Await.until(WAIT, "PAPER_OUT", () -> printer.status().problem().orElse(null) == DeviceProblem.PAPER_OUT,
                printer::status);
        assertThat(printer.print(PrintJob.pdf("A-001", pdf())).problem()).contains(DeviceProblem.PAPER_OUT);
    }

    @Test
    void aBadScriptIsAConfigurationErrorNamingTheLine() throws Exception {
        Path bad = script("0 card-present\n0 card-read name=SITI\n");
        assertThatThrownBy(() -> reader("script", bad.toString()))
                .isInstanceOf(DeviceConfigurationException.class)
                .hasMessageContaining("device.card-reader.script=")
                .hasMessageContaining("line 2: a card needs nik=... or cardUid=...");
        Path unknown = script("0 card-presnt\n");
        assertThatThrownBy(() -> reader("script", unknown.toString())).hasMessageContaining("unknown card-reader event "
                + "'card-presnt'; known: card-present");
        Path spin = script("0 scan A\nrepeat\n");
        assertThatThrownBy(() -> DeviceRegistry.load().scanner(Contexts.choice("simulated", "script", spin.toString()),
                Contexts.context(dir))).hasMessageContaining("needs at least one wait above 0");
        assertThatThrownBy(() -> reader("script", dir.resolve("missing.txt").toString()))
                .hasMessageContaining("a readable UTF-8 script file");
        Path printerScript = script("0 fail-next PAPER_GONE\n");
        assertThatThrownBy(() -> DeviceRegistry.load().printer(Contexts.choice("simulated", "script",
                printerScript.toString()), Contexts.context(dir))).hasMessageContaining("fail-next takes a problem code");
    }

    private static byte[] pdf() throws Exception {
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }
}
