package id.loket.documents;

import id.loket.documents.PrintLayout.Pair;
import id.loket.domain.text.Texts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The Perlinsos registration receipt, the resident's proof that the registration was
 * done and what to do next. On A4 it carries the office letterhead, the agent's signature and page
 * numbers, as a letter from the kelurahan does.
 */
public final class ReceiptRenderer {

    private final Texts texts;

    public ReceiptRenderer(Texts texts) {
        this.texts = Objects.requireNonNull(texts, "texts");
    }

    public byte[] render(ReceiptDocument doc, PaperSize size) {
        Objects.requireNonNull(doc, "doc");
        PrintLayout layout = new PrintLayout(Objects.requireNonNull(size, "size"));
        layout.letterhead(doc.officeName(), doc.officeAddress())
                .title(texts.text(doc.proof() ? "doc.receipt.title" : "doc.receipt.title.attempt"))
                .centred(DocumentDates.dateTime(texts, doc.savedAt()));
        if (doc.copyMadeAt() != null) {
            layout.framed(texts.text("doc.receipt.copy"))
                    .centred(texts.text("doc.receipt.copyPrinted", DocumentDates.dateTime(texts, doc.copyMadeAt())));
        }
        layout.separator().pairs(facts(doc, size));
        if (!doc.nextSteps().isEmpty()) {
            layout.gap().heading(texts.text("doc.receipt.nextSteps")).numbered(doc.nextSteps());
        }
        layout.separator();
        if (size.isThermal()) {
            layout.qr(doc.qrPayload());
        } else {
            layout.qrBesideSignature(doc.qrPayload(), texts.text("doc.receipt.agent"), doc.agentName());
        }
        layout.gap().centred(texts.text(doc.proof() ? "doc.receipt.closing" : "doc.receipt.closing.attempt"));
        try {
            return layout.toPdf((page, count) -> texts.text("doc.page.number", page, count));
        } catch (IOException e) {
            // Writing to memory only fails on a broken PDFBox resource: a programming error, not input.
            throw new UncheckedIOException("cannot write receipt " + doc.registrationCode(), e);
        }
    }

    /**
     * The registration as label–value rows; the optional ones only when there is something to show.
     * A4 names the agent under the signature instead.
     */
    private List<Pair> facts(ReceiptDocument doc, PaperSize size) {
        List<Pair> facts = new ArrayList<>();
        facts.add(new Pair(texts.text("doc.receipt.registrationCode"), doc.registrationCode()));
        if (doc.ticketNumber() != null) {
            facts.add(new Pair(texts.text("doc.receipt.ticketNumber"), doc.ticketNumber()));
        }
        facts.add(new Pair(texts.text("doc.receipt.nik"), doc.maskedNik()));
        facts.add(new Pair(texts.text("doc.receipt.name"), doc.name()));
        if (!doc.rt().isBlank() || !doc.rw().isBlank()) {
            facts.add(new Pair(texts.text("doc.receipt.rtRw"), texts.text("doc.receipt.rtRwValue", doc.rt(), doc.rw())));
        }
        facts.add(new Pair(texts.text("doc.receipt.path"), doc.pathText()));
        facts.add(new Pair(texts.text("doc.receipt.ikd"), doc.ikdText()));
        facts.add(new Pair(texts.text("doc.receipt.outcome"), doc.outcomeText()));
        if (doc.portalReference() != null) {
            facts.add(new Pair(texts.text("doc.receipt.portalReference"), doc.portalReference()));
        }
        if (size.isThermal()) {
            facts.add(new Pair(texts.text("doc.receipt.agent"), doc.agentName()));
        }
        return facts;
    }
}
