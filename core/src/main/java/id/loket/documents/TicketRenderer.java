package id.loket.documents;

import id.loket.domain.text.Texts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;

/**
 * The queue ticket: the number large enough to compare with the display board from a
 * seat, then what the resident wants to know while waiting.
 */
public final class TicketRenderer {

    private final Texts texts;

    public TicketRenderer(Texts texts) {
        this.texts = Objects.requireNonNull(texts, "texts");
    }

    /** A clock time as the resident reads it: 10.30 in Indonesian, 10:30 in English. */
    private String time(java.time.LocalTime time) {
        return java.time.format.DateTimeFormatter.ofPattern(texts.text("doc.format.time"), texts.locale()).format(time);
    }

    /** The ticket as a PDF: one page, on a thermal roll as long as the ticket. */
    public byte[] render(TicketDocument doc, PaperSize size) {
        return render(doc, size, List.of());
    }

    /**
     * The ticket with the office's notices in force at the bottom (Surat Edaran Wali Kota 8 April 2026,
     * item 8f: tell the public when the service changes), below everything the resident needs to be called.
     */
    public byte[] render(TicketDocument doc, PaperSize size, List<String> notices) {
        Objects.requireNonNull(doc, "doc");
        PrintLayout layout = new PrintLayout(Objects.requireNonNull(size, "size"));
        layout.letterhead(doc.officeName(), doc.officeAddress())
                .centred(texts.text("doc.ticket.heading"))
                .display(doc.ticketNumber())
                .emphasised(doc.serviceName());
        if (doc.priority()) {
            layout.framed(texts.text("doc.ticket.priority"));
        }
        layout.centred(DocumentDates.dateTime(texts, doc.issuedAt()))
                .separator()
                .emphasised(texts.text("doc.ticket.peopleAhead", doc.peopleAhead()));
        // The window is what the resident plans the morning by: on its own line, in bold.
        doc.estimate().ifPresent(estimate -> {
            if (estimate.soon()) {
                layout.centred(texts.text("doc.ticket.soon"));
            } else {
                layout.centred(texts.text("doc.ticket.window"))
                        .emphasised(texts.text("doc.ticket.windowTimes", time(estimate.from()), time(estimate.to())));
            }
        });
        doc.scheduleNote().ifPresent(note -> layout.emphasised(texts.text(note)));
        if (!doc.documents().isEmpty()) {
            layout.separator().heading(texts.text("doc.ticket.bring")).numbered(doc.documents());
        }
        layout.gap()
                .qr(doc.qrPayload())
                .gap()
                .centred(texts.text("doc.ticket.pleaseWait"));
        if (!notices.isEmpty()) {
            layout.separator().heading(texts.text("doc.ticket.notices"));
            notices.forEach(layout::paragraph);
        }
        try {
            return layout.toPdf();
        } catch (IOException e) {
            // Writing to memory only fails on a broken PDFBox resource: a programming error, not input.
            throw new UncheckedIOException("cannot write ticket " + doc.ticketNumber(), e);
        }
    }
}
