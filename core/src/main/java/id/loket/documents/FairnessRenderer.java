package id.loket.documents;

import id.loket.domain.text.Texts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The daily fairness sheet on A4: the day's totals, then the same figures per lane, per service and
 * per counter, so the lurah sees at a glance whether one lane or one service waited far longer.
 */
public final class FairnessRenderer {

    private final Texts texts;

    public FairnessRenderer(Texts texts) {
        this.texts = Objects.requireNonNull(texts, "texts");
    }

    public byte[] render(FairnessDocument doc) {
        PrintLayout layout = new PrintLayout(PaperSize.A4)
                .letterhead(doc.office().name(), doc.office().address())
                .title(texts.text("doc.fairness.title"))
                .centred(DocumentDates.date(texts, doc.day()))
                .gap();
        FairnessDocument.Line total = doc.total();
        layout.pairs(List.of(
                new PrintLayout.Pair(texts.text("doc.fairness.issued"), count(total.issued())),
                new PrintLayout.Pair(texts.text("doc.fairness.served"), count(total.served())),
                new PrintLayout.Pair(texts.text("doc.fairness.noShows"), count(total.noShows())),
                new PrintLayout.Pair(texts.text("doc.fairness.stillWaiting"), count(doc.stillWaiting())),
                new PrintLayout.Pair(texts.text("doc.fairness.wait"), texts.text("doc.fairness.waitValue",
                        minutes(total.waitAverageMinutes()), minutes(total.waitMaximumMinutes()))),
                new PrintLayout.Pair(texts.text("doc.fairness.priorityShare"), doc.priorityShareOfCalls().isPresent()
                        ? texts.text("doc.fairness.percent", Math.round(doc.priorityShareOfCalls().getAsDouble()))
                        : "–")));
        layout.gap().heading(texts.text("doc.fairness.perLane")).table(columns("doc.fairness.lane"), rows(doc.perLane()))
                .gap().heading(texts.text("doc.fairness.perService"))
                .table(columns("doc.fairness.service"), rows(doc.perService()))
                .gap().heading(texts.text("doc.fairness.perCounter"))
                .table(columns("doc.fairness.counter"), rows(doc.perCounter()))
                .gap().centred(texts.text("doc.fairness.note", DocumentDates.dateTime(texts, doc.madeAt())))
                .gap()
                .signature(doc.office().signerRole(), texts.text("doc.signature.blank"));
        try {
            return layout.toPdf((page, count) -> texts.text("doc.page.number", page, count));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot make the fairness sheet", e);
        }
    }

    private List<TableColumn> columns(String firstTitleKey) {
        return List.of(
                TableColumn.text(texts.text(firstTitleKey), 2.6f),
                TableColumn.number(texts.text("doc.fairness.col.issued"), 0.9f),
                TableColumn.number(texts.text("doc.fairness.col.served"), 1.2f),
                TableColumn.number(texts.text("doc.fairness.col.noShows"), 1f),
                TableColumn.number(texts.text("doc.fairness.col.transfers"), 1.45f),
                TableColumn.number(texts.text("doc.fairness.col.waitAverage"), 1.3f),
                TableColumn.number(texts.text("doc.fairness.col.waitMaximum"), 1.3f),
                TableColumn.number(texts.text("doc.fairness.col.service"), 1.3f));
    }

    private List<List<String>> rows(List<FairnessDocument.Line> lines) {
        List<List<String>> rows = new ArrayList<>();
        for (FairnessDocument.Line line : lines) {
            rows.add(List.of(line.label(), count(line.issued()), count(line.served()), count(line.noShows()),
                    count(line.transfers()), minutes(line.waitAverageMinutes()), minutes(line.waitMaximumMinutes()),
                    minutes(line.serviceAverageMinutes())));
        }
        return rows;
    }

    private String count(int value) {
        return NumberFormat.getIntegerInstance(texts.locale()).format(value);
    }

    /** Minutes with one decimal, in the reader's notation; a dash where nothing was measured. */
    private String minutes(OptionalDouble value) {
        if (value.isEmpty()) {
            return "–";
        }
        NumberFormat format = NumberFormat.getNumberInstance(texts.locale());
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(1);
        return format.format(value.getAsDouble());
    }
}
