package id.loket.service.device;

import id.loket.service.queue.TicketService;
import id.loket.service.registration.RegistrationService;
import id.loket.service.security.LoginService;
import id.loket.wiring.AppContext;
import id.loket.domain.household.Household;
import id.loket.domain.queue.Lane;
import id.loket.domain.queue.Ticket;
import id.loket.domain.registration.IkdState;
import id.loket.domain.registration.Outcome;
import id.loket.domain.registration.RegistrationDraft;
import id.loket.domain.registration.RegistrationPath;
import id.loket.support.CaseworkFixtures;
import id.loket.support.TestApps;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Not a test: takes the printout pictures of {@code docs/screenshots/} (run by its {@code take.sh};
 * its name keeps it out of the normal test run). A ticket and a registration receipt made by the real
 * services on a demo office, for each paper of {@code print.receipt-paper}, so the pictures carry
 * today's wording instead of a hand-made sample's.
 */
class PrintoutTour {

    @TempDir
    static Path dir;
    private final Path out = Path.of(System.getProperty("tour.out", "target/screenshots"));

    @ParameterizedTest
    @ValueSource(strings = {"58mm", "80mm", "a4"})
    void ticketAndReceiptOnEachPaper(String paper) throws IOException {
        Files.createDirectories(out);
        String ticketPaper = "a4".equals(paper) ? "80mm" : paper;
        try (AppContext app = TestApps.withDemoData(dir.resolve(paper), 300, "device.printer", "simulated",
                "print.receipt-paper", paper, "print.ticket-paper", ticketPaper)) {
            var agent = ((LoginService.LoggedIn) app.security().login().login("agen1", "111111".toCharArray())).agent();
            TicketService.IssuedTicket issued = app.queue().tickets().issue("PERLINSOS", Lane.PRIORITY);
            if (!"a4".equals(paper)) {
                picture(issued.pdf(), "ticket-" + paper);
            }
            Ticket called = app.queue().counter().callNext(agent).orElseThrow();
            String nik = new CaseworkFixtures(app).unregistered().get(0).nik();
            Household household = app.registration().lookup().lookup(nik, agent).status().orElseThrow().household();
            // A follow-up: the receipt with the most to say (what went wrong, when to come back).
            RegistrationDraft draft = new RegistrationDraft(household.id(), Optional.of(called.id()),
                    RegistrationPath.DIBANTU_PONSEL_WARGA, IkdState.FAILED, Optional.empty(), true,
                    Outcome.PERLU_TINDAK_LANJUT, Optional.of("KK belum diperbarui"), Optional.empty(), Optional.empty(),
                    Optional.of(app.reporting().progress().today().plusDays(5)));
            RegistrationService.Saved saved = (RegistrationService.Saved) app.registration().registrations()
                    .save(draft, agent);
            picture(saved.receiptPdf(), "receipt-" + paper);
        }
    }

    private void picture(byte[] pdf, String name) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 100, ImageType.RGB);
            Path file = out.resolve(name + ".png");
            ImageIO.write(page, "png", file.toFile());
            System.out.println("screenshot " + file);
        }
    }
}
