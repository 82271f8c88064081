package id.loket.documents;

import id.loket.domain.text.Texts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SortedMap;

/**
 * The kecamatan's and the city's A4 roll-up of the kelurahan daily files: per area its totals, the
 * trend as a chart and its kelurahan furthest behind first; then the files refused and the warnings.
 */
public final class RekapRenderer {

    /** One kelurahan's line: names and counts only. */
    public record Line(String name, int households, int registered, int percentRegistered, int explained,
                       int percentDone) {
    }

    /** A city or a kecamatan. */
    public record Area(String title, int households, int registered, int percentRegistered, int explained,
                       int percentDone, int selfService, int helped, int byAgent, List<Line> furthestBehindFirst,
                       SortedMap<LocalDate, Integer> registeredByDay) {
    }

    private final Texts texts;

    public RekapRenderer(Texts texts) {
        this.texts = Objects.requireNonNull(texts, "texts");
    }

    public byte[] render(String title, List<Area> areas, List<String> refused, List<String> warnings) {
        PrintLayout layout = new PrintLayout(PaperSize.A4).title(title);
        Fonts fonts = Fonts.helvetica();
        float body = PrintStyle.of(PaperSize.A4).bodyPt();
        for (Area area : areas) {
            layout.gap().heading(area.title())
                    .pairs(List.of(
                            new PrintLayout.Pair(texts.text("rekap.col.households"), fmt(area.households())),
                            new PrintLayout.Pair(texts.text("rekap.col.registered"),
                                    texts.text("doc.summary.registeredValue", area.registered(),
                                            area.percentRegistered())),
                            new PrintLayout.Pair(texts.text("rekap.col.explained"), fmt(area.explained())),
                            new PrintLayout.Pair(texts.text("rekap.col.percentDone"), area.percentDone() + "%"),
                            new PrintLayout.Pair(texts.text("doc.summary.byPath"), texts.text(
                                    "doc.summary.byPathValue", area.selfService(), area.helped(), area.byAgent()))))
                    .block(new TrendChart(area.registeredByDay(), fonts.regular(), body,
                            texts.text("rekap.sheet.trend")));
            List<List<String>> rows = new ArrayList<>();
            for (Line line : area.furthestBehindFirst()) {
                rows.add(List.of(line.name(), fmt(line.households()), fmt(line.registered()),
                        line.percentRegistered() + "%", fmt(line.explained()), line.percentDone() + "%"));
            }
            layout.table(List.of(
                    TableColumn.text(texts.text("rekap.col.kelurahan"), 3f),
                    TableColumn.number(texts.text("rekap.col.households"), 1.4f),
                    TableColumn.number(texts.text("rekap.col.registered"), 1.2f),
                    TableColumn.number(texts.text("rekap.col.percentRegistered"), 1.1f),
                    TableColumn.number(texts.text("rekap.col.explained"), 1.2f),
                    TableColumn.number(texts.text("rekap.col.percentDone"), 1f)), rows);
        }
        layout.gap().heading(texts.text("rekap.sheet.refused", refused.size()));
        if (!refused.isEmpty()) {
            layout.numbered(refused);
        }
        layout.gap().heading(texts.text("rekap.sheet.warnings", warnings.size()));
        if (!warnings.isEmpty()) {
            layout.numbered(warnings);
        }
        try {
            return layout.toPdf((page, count) -> texts.text("doc.page.number", page, count));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot make the roll-up", e);
        }
    }

    private String fmt(int number) {
        return java.text.NumberFormat.getIntegerInstance(texts.locale()).format(number);
    }
}
