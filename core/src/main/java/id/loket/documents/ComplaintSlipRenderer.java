package id.loket.documents;

import id.loket.documents.PrintLayout.Pair;
import id.loket.domain.text.Texts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;

/** The complaint slip on the receipt printer: the number large, then when and how the answer comes. */
public final class ComplaintSlipRenderer {

    private final Texts texts;

    public ComplaintSlipRenderer(Texts texts) {
        this.texts = Objects.requireNonNull(texts, "texts");
    }

    public byte[] render(ComplaintSlipDocument doc, PaperSize size) {
        Objects.requireNonNull(doc, "doc");
        PrintLayout layout = new PrintLayout(Objects.requireNonNull(size, "size"));
        layout.letterhead(doc.officeName(), doc.officeAddress())
                .centred(texts.text("doc.complaint.heading", doc.kindLabel()))
                .display(doc.number())
                .centred(DocumentDates.dateTime(texts, doc.receivedAt()))
                .separator()
                .pairs(List.of(new Pair(texts.text("doc.complaint.service"), doc.serviceName()),
                        new Pair(texts.text("doc.complaint.answerBy"), DocumentDates.date(texts, doc.answerBy()))))
                .gap()
                .centred(texts.text(doc.contactGiven() ? "doc.complaint.weContactYou" : "doc.complaint.askWithNumber"));
        try {
            return layout.toPdf();
        } catch (IOException e) {
            // Writing to memory only fails on a broken PDFBox resource: a programming error, not input.
            throw new UncheckedIOException("cannot write complaint slip " + doc.number(), e);
        }
    }
}
