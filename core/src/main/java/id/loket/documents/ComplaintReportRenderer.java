package id.loket.documents;

import id.loket.documents.PrintLayout.Pair;
import id.loket.domain.text.Texts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The complaints report of a period on A4: the counts for SKM element 8, the share answered within the
 * promise, per service, then every complaint on a line (no text, no contact), signed by the lurah.
 */
public final class ComplaintReportRenderer {

    private final Texts texts;

    public ComplaintReportRenderer(Texts texts) {
        this.texts = Objects.requireNonNull(texts, "texts");
    }

    public byte[] render(ComplaintReportDocument doc) {
        ComplaintReportDocument.Totals t = doc.totals();
        int received = t.complaints() + t.suggestions();
        int answered = t.answeredInTime() + t.answeredLate();
        PrintLayout layout = new PrintLayout(PaperSize.A4)
                .letterhead(doc.office().name(), doc.office().address())
                .title(texts.text("doc.complaints.title"))
                .centred(texts.text("doc.complaints.period", DocumentDates.date(texts, doc.from()),
                        DocumentDates.date(texts, doc.to())))
                .gap()
                .pairs(List.of(
                        new Pair(texts.text("doc.complaints.received"),
                                texts.text("doc.complaints.receivedValue", count(received), count(t.complaints()),
                                        count(t.suggestions()))),
                        new Pair(texts.text("doc.complaints.answeredInTime", doc.promise()), count(t.answeredInTime())),
                        new Pair(texts.text("doc.complaints.answeredLate"), count(t.answeredLate())),
                        new Pair(texts.text("doc.complaints.open"), count(t.open())),
                        new Pair(texts.text("doc.complaints.openLate"), count(t.openLate())),
                        new Pair(texts.text("doc.complaints.closed"), count(t.closed()))))
                .gap()
                .heading(texts.text("doc.complaints.element8"))
                .paragraph(element8(received, answered, t, doc.promise()));
        layout.gap().heading(texts.text("doc.complaints.perService"))
                .table(List.of(TableColumn.text(texts.text("doc.complaints.col.service"), 4f),
                        TableColumn.number(texts.text("doc.complaints.col.received"), 1.2f)), serviceRows(doc));
        layout.gap().heading(texts.text("doc.complaints.list"));
        if (doc.lines().isEmpty()) {
            layout.centred(texts.text("doc.complaints.none"));
        } else {
            layout.table(List.of(
                    TableColumn.text(texts.text("doc.complaints.col.number"), 1.3f),
                    TableColumn.text(texts.text("doc.complaints.col.day"), 1.5f),
                    TableColumn.text(texts.text("doc.complaints.col.kind"), 1.4f),
                    TableColumn.text(texts.text("doc.complaints.col.service"), 2.1f),
                    TableColumn.text(texts.text("doc.complaints.col.status"), 1.3f),
                    TableColumn.number(texts.text("doc.complaints.col.workingDays"), 1.1f)), lineRows(doc));
        }
        layout.gap().centred(texts.text("doc.complaints.note", DocumentDates.dateTime(texts, doc.madeAt())))
                .gap()
                .signature(doc.office().signerRole(), texts.text("doc.signature.blank"));
        try {
            return layout.toPdf((page, count) -> texts.text("doc.page.number", page, count));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot make the complaints report", e);
        }
    }

    /**
     * What element 8 asks: whether complaints are handled. The share answered within the promise of all
     * complaints and suggestions answered, and how many still wait past it.
     */
    private String element8(int received, int answered, ComplaintReportDocument.Totals t, int promise) {
        if (received == 0) {
            return texts.text("doc.complaints.element8.none");
        }
        String share = answered == 0 ? "–" : NumberFormat.getPercentInstance(texts.locale())
                .format((double) t.answeredInTime() / answered);
        return texts.text("doc.complaints.element8.text", count(answered), count(received), count(t.answeredInTime()),
                promise, share, count(t.openLate()));
    }

    private List<List<String>> serviceRows(ComplaintReportDocument doc) {
        List<List<String>> rows = new ArrayList<>();
        for (ComplaintReportDocument.ServiceLine line : doc.perService()) {
            rows.add(List.of(line.serviceName(), count(line.received())));
        }
        if (rows.isEmpty()) {
            rows.add(List.of("–", count(0)));
        }
        return rows;
    }

    private List<List<String>> lineRows(ComplaintReportDocument doc) {
        List<List<String>> rows = new ArrayList<>();
        for (ComplaintReportDocument.Line line : doc.lines()) {
            rows.add(List.of(line.number(), DocumentDates.date(texts, line.received()), line.kind(), line.serviceName(),
                    line.status(), line.workingDays()));
        }
        return rows;
    }

    private String count(int value) {
        return NumberFormat.getIntegerInstance(texts.locale()).format(value);
    }
}
