package id.loket.documents;

import static org.assertj.core.api.Assertions.assertThat;

import id.loket.domain.text.Texts;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * Writes every printout in every size to {@code target/rendered/} as PNG, for a person to look at:
 * layout faults (crowding, clipped lines, an odd gap) show there long before they reach a roll.
 */
class RenderedPreviewTest {

    private static final Path OUT = Path.of("target", "rendered");
    private static final float A4_PREVIEW_DPI = 100f;

    @Test
    void writesPreviewsOfEveryDocumentAndSize() throws Exception {
        Files.createDirectories(OUT);
        TicketRenderer tickets = new TicketRenderer(Texts.indonesian());
        ReceiptRenderer receipts = new ReceiptRenderer(Texts.indonesian());
        for (PaperSize size : PaperSize.values()) {
            write("ticket", size, tickets.render(Samples.ticket(), size));
            write("ticket-priority", size, tickets.render(Samples.priorityTicket(), size));
            write("receipt", size, receipts.render(Samples.receipt(), size));
            write("receipt-walk-in", size, receipts.render(
                    Samples.receiptWith("Ṣiti Nur’aini 王", null, null, Samples.steps(1)), size));
        }
    }

    private static void write(String name, PaperSize size, byte[] pdf) throws IOException {
        float dpi = size.isThermal() ? PdfProbe.THERMAL_DPI : A4_PREVIEW_DPI;
        BufferedImage image = new PdfProbe(pdf).renderGray(0, dpi);
        Path file = OUT.resolve(name + "-" + size.name().toLowerCase(Locale.ROOT) + ".png");
        assertThat(ImageIO.write(image, "png", file.toFile())).as("PNG writer available").isTrue();
        assertThat(Files.size(file)).isPositive();
    }
}
