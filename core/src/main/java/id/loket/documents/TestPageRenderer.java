package id.loket.documents;

import id.loket.domain.text.Texts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * The printer test page of the office's device test tab: the letterhead, a large TEST, the time, and
 * a line to check that the whole width prints.
 */
public final class TestPageRenderer {

    private final Texts texts;

    public TestPageRenderer(Texts texts) {
        this.texts = Objects.requireNonNull(texts, "texts");
    }

    public byte[] render(String officeName, String officeAddress, LocalDateTime when, PaperSize size) {
        PrintLayout layout = new PrintLayout(Objects.requireNonNull(size, "size"));
        layout.letterhead(officeName, officeAddress)
                .centred(texts.text("doc.testPage.heading"))
                .display("TEST")
                .centred(DocumentDates.dateTime(texts, when))
                .separator()
                .centred(texts.text("doc.testPage.check"));
        try {
            return layout.toPdf();
        } catch (IOException e) {
            // Writing to memory only fails on a broken PDFBox resource: a programming error, not input.
            throw new UncheckedIOException("cannot write the printer test page", e);
        }
    }
}
