package id.loket.documents;

import id.loket.documents.PrintLayout.Pair;
import id.loket.domain.text.Texts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The resident's receipt for an SSN card request: the request's code, what was asked, and plainly that
 * this is not a card: Diskominfo prints the card (Perwali Samarinda 70/2025 Pasal 11); the kelurahan only
 * took the request.
 */
public final class SsnReceiptRenderer {

    /**
     * What the receipt shows; the NIK masked, the card number and police letter as given.
     *
     * @param kindText the kind of request in words, in the receipt's language
     */
    public record Receipt(String officeName, String officeAddress, String code, LocalDateTime savedAt,
                          String maskedNik, String name, String kindText, Optional<String> cardNumber,
                          Optional<String> policeLetter, String agentName) {
    }

    private final Texts texts;

    public SsnReceiptRenderer(Texts texts) {
        this.texts = Objects.requireNonNull(texts, "texts");
    }

    public byte[] render(Receipt receipt, PaperSize size) {
        PrintLayout layout = new PrintLayout(Objects.requireNonNull(size, "size"));
        layout.letterhead(receipt.officeName(), receipt.officeAddress())
                .title(texts.text("doc.ssn.title"))
                .centred(DocumentDates.dateTime(texts, receipt.savedAt()))
                .separator()
                .pairs(facts(receipt))
                .gap()
                .framed(texts.text("doc.ssn.notACard"))
                .gap()
                .heading(texts.text("doc.ssn.nextSteps"))
                .numbered(List.of(texts.text("doc.ssn.step.diskominfo"), texts.text("doc.ssn.step.keep")))
                .separator();
        if (size.isThermal()) {
            layout.qr("LOKET-SSN:" + receipt.code());
        } else {
            layout.qrBesideSignature("LOKET-SSN:" + receipt.code(), texts.text("doc.receipt.agent"),
                    receipt.agentName());
        }
        try {
            return layout.toPdf((page, count) -> texts.text("doc.page.number", page, count));
        } catch (IOException e) {
            // Writing to memory only fails on a broken PDFBox resource: a programming error, not input.
            throw new UncheckedIOException("cannot write SSN receipt " + receipt.code(), e);
        }
    }

    private List<Pair> facts(Receipt receipt) {
        List<Pair> facts = new ArrayList<>();
        facts.add(new Pair(texts.text("doc.ssn.code"), receipt.code()));
        facts.add(new Pair(texts.text("doc.receipt.nik"), receipt.maskedNik()));
        facts.add(new Pair(texts.text("doc.receipt.name"), receipt.name()));
        facts.add(new Pair(texts.text("doc.ssn.kind"), receipt.kindText()));
        receipt.cardNumber().ifPresent(number -> facts.add(new Pair(texts.text("doc.ssn.cardNumber"), number)));
        receipt.policeLetter().ifPresent(letter -> facts.add(new Pair(texts.text("doc.ssn.policeLetter"), letter)));
        return facts;
    }
}
