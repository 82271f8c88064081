package id.loket.service.security;

import static org.assertj.core.api.Assertions.assertThat;

import id.loket.service.device.PrintoutService;
import id.loket.service.office.OfficeReports;
import id.loket.service.registration.RegistrationService;
import id.loket.wiring.AppContext;
import id.loket.device.sim.SimulatedPrinter;
import id.loket.domain.account.Agent;
import id.loket.domain.household.Household;
import id.loket.domain.queue.Lane;
import id.loket.domain.registration.IkdState;
import id.loket.domain.registration.Outcome;
import id.loket.domain.registration.RegistrationDraft;
import id.loket.domain.registration.RegistrationPath;
import id.loket.domain.text.Message;
import id.loket.support.TestApps;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a copy of the data folder gives away: after the counter's and the office's daily work, nothing
 * under {@code documents/} reads as a PDF or names a resident, and reprints still give the original.
 */
class DocumentsAtRestTest {

    @TempDir
    Path dir;
    private Path data;
    private AppContext app;

    @AfterEach
    void close() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void afterATicketARegistrationAndAChecklistNoFileUnderDocumentsIsAPdfOrNamesTheResident() throws IOException {
        open("device.printer", "simulated");
        Household household = unregisteredHousehold();
        app.queue().tickets().issue("PERLINSOS", Lane.REGULAR);
        OfficeReports.Report checklist = app.reporting().reports().checklist(household.rt(), "lurah");
        RegistrationService.Saved saved = save(household);
        assertThat(text(checklist.pdf())).as("the checklist names the household").contains(household.headName());
        assertThat(text(saved.receiptPdf())).as("the receipt names the household").contains(household.headName());

        List<Path> files = filesUnder(data.resolve("documents"));

        assertThat(files).as("a ticket and a receipt are kept").hasSize(2)
                .allSatisfy(file -> assertThat(file.getFileName().toString()).endsWith(".pdf.enc"));
        for (Path file : files) {
            String stored = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
            assertThat(stored).as(file.toString()).startsWith("LOKETDOC")
                    .doesNotContain("%PDF", household.headName(), household.headNik().digits(),
                            household.kkNumber().orElseThrow().digits());
        }
    }

    @Test
    void withTheDefaultPdfFolderPrinterOnlyItsPrintedFolderHoldsPlainPdfs() throws IOException {
        open();
        save(unregisteredHousehold());
        app.queue().tickets().issue("PERLINSOS", Lane.REGULAR);

        Path printed = data.resolve("documents").resolve("printed");
        assertThat(filesUnder(printed)).as("what the PDF printer 'printed', for a person to open").hasSize(2)
                .allSatisfy(file -> assertThat(Files.readAllBytes(file)).startsWith(bytes("%PDF")));
        assertThat(filesUnder(data.resolve("documents"))).filteredOn(file -> !file.startsWith(printed))
                .hasSize(2)
                .allSatisfy(file -> assertThat(Files.readAllBytes(file)).startsWith(bytes("LOKETDOC")));
    }

    @Test
    void aReceiptPrintedAgainIsACopyAndTheSealedOriginalStaysAsItWas() throws IOException {
        open("device.printer", "simulated");
        RegistrationService.Saved saved = save(unregisteredHousehold());

        RegistrationService.Reprinted again = app.registration().registrations().reprint(saved.registration().id(),
                agent());

        assertThat(text(again.receiptPdf())).contains("SALINAN", saved.registration().code());
        assertThat(printer().printed()).last().satisfies(job -> assertThat(job.content()).isEqualTo(again.receiptPdf()));
        assertThat(TestApps.documents(data).read(saved.receiptPath())).hasValue(saved.receiptPdf());
    }

    @Test
    void aChangedKeptReceiptIsNotUsedAtCtrlPButMadeAgainFromTheRecord() throws IOException {
        open("device.printer", "simulated");
        Household household = unregisteredHousehold();
        RegistrationService.Saved saved = save(household);
        flipAByte(saved.receiptPath());

        RegistrationService.Reprinted again = app.registration().registrations().reprint(saved.registration().id(),
                agent());

        assertThat(again.print().printed()).isTrue();
        assertThat(text(again.receiptPdf())).contains(household.headName(), saved.registration().code(), "SALINAN");
        byte[] keptAgain = TestApps.documents(data).read(saved.receiptPath()).orElseThrow();
        assertThat(text(keptAgain)).as("kept again, sealed and whole, as the first paper")
                .contains(saved.registration().code()).doesNotContain("SALINAN");
    }

    @Test
    void aChangedKeptReceiptOnTheReprintListIsRefusedWithWhatToDo() throws IOException {
        open("device.printer", "simulated");
        printer().paperOut();
        RegistrationService.Saved saved = save(unregisteredHousehold());
        printer().ready();
        flipAByte(saved.receiptPath());

        PrintoutService.PrintOutcome outcome = app.foundation().printouts().reprint(saved.print().jobId());

        assertThat(outcome.printed()).isFalse();
        assertThat(outcome.problem()).hasValue(Message.of("document.unreadable"));
        assertThat(printer().printed()).isEmpty();
        assertThat(app.foundation().printouts().reprintList()).hasSize(1);
    }

    @Test
    void plainDocumentsLeftByAnEarlierVersionAreSealedAtTheNextStart() throws IOException {
        open("device.printer", "simulated");
        RegistrationService.Saved saved = save(unregisteredHousehold());
        app.close();
        app = null;
        // What an earlier version left: the receipt as a plain PDF at the path the database recorded.
        Path sealed = saved.receiptPath();
        String name = sealed.getFileName().toString();
        Path plain = sealed.resolveSibling(name.substring(0, name.length() - ".enc".length()));
        Files.write(plain, saved.receiptPdf());
        Files.delete(sealed);

        open("device.printer", "simulated");

        assertThat(plain).doesNotExist();
        assertThat(Files.readAllBytes(sealed)).startsWith(bytes("LOKETDOC"));
        assertThat(TestApps.documents(data).read(sealed)).hasValue(saved.receiptPdf());
    }

    private void open(String... settings) {
        data = dir.resolve("data");
        if (Files.isDirectory(data)) {
            app = TestApps.open(data, settings);
        } else {
            app = TestApps.withDemoData(data, 60, settings);
        }
    }

    private Agent agent() {
        return ((LoginService.LoggedIn) app.security().login().login("agen1", "111111".toCharArray())).agent();
    }

    private SimulatedPrinter printer() {
        return (SimulatedPrinter) app.peripherals().deviceDrivers().printer();
    }

    private RegistrationService.Saved save(Household household) {
        RegistrationDraft draft = new RegistrationDraft(household.id(), Optional.empty(), RegistrationPath.OLEH_AGEN,
                IkdState.ACTIVATED_HERE, Optional.of("0812 3456 7890"), true, Outcome.BERHASIL, Optional.empty(),
                Optional.of("PLS-00001234"));
        return (RegistrationService.Saved) app.registration().registrations().save(draft, agent());
    }

    private Household unregisteredHousehold() {
        StringWriter csv = new StringWriter();
        try {
            app.registration().householdExport().write(csv, "test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String nik = csv.toString().lines().skip(1).filter(l -> l.endsWith(",no")).findFirst().orElseThrow()
                .split(",")[1];
        return app.registration().lookup().lookup(nik, agent()).status().orElseThrow().household();
    }

    private static void flipAByte(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length / 2] ^= 0x20;
        Files.write(file, bytes);
    }

    /** Every file Loket keeps below {@code folder} (its marker file aside). */
    private static List<Path> filesUnder(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith("."))
                    .sorted().toList();
        }
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static byte[] bytes(String ascii) {
        return ascii.getBytes(StandardCharsets.US_ASCII);
    }
}
