package id.loket.documents;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.time.LocalDate;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * A bar chart of households registered by the end of each day: one bar per day, the axis with the
 * highest value and the first and last day, the value above the last bar. Drawn with PDFBox's own
 * lines and rectangles, so the chart is as sharp as the text on paper.
 */
final class TrendChart implements Block {

    private static final float HEIGHT = 150f;
    private static final float BELOW = 14f;
    private static final float AXIS_LABEL_WIDTH = 44f;

    private final List<Map.Entry<LocalDate, Integer>> days;
    private final PDFont font;
    private final float sizePt;
    private final String caption;

    TrendChart(SortedMap<LocalDate, Integer> registeredByDay, PDFont font, float sizePt, String caption) {
        this.days = new ArrayList<>(registeredByDay.entrySet());
        this.font = font;
        this.sizePt = sizePt;
        this.caption = WinAnsiText.sanitize(caption);
    }

    @Override
    public float height() {
        return HEIGHT + BELOW;
    }

    @Override
    public void draw(Canvas canvas, float top) throws IOException {
        float labelSize = sizePt - 1f;
        float plotLeft = canvas.left() + AXIS_LABEL_WIDTH;
        float plotWidth = canvas.width() - AXIS_LABEL_WIDTH;
        float captionLine = top - sizePt;
        canvas.text(caption, font, sizePt, canvas.left(), captionLine, 100f);
        float plotTop = captionLine - 8f;
        float bottom = top - HEIGHT + labelSize + 4f;
        float plotHeight = plotTop - bottom;
        canvas.horizontalLine(plotLeft, plotLeft + plotWidth, bottom, 0.6f);
        int max = days.stream().mapToInt(Map.Entry::getValue).max().orElse(0);
        String maxLabel = String.valueOf(max);
        canvas.text(maxLabel, font, labelSize, plotLeft - 4f - Fonts.width(font, labelSize, maxLabel),
                plotTop - labelSize, 100f);
        canvas.text("0", font, labelSize, plotLeft - 4f - Fonts.width(font, labelSize, "0"), bottom, 100f);
        canvas.horizontalLine(plotLeft, plotLeft + plotWidth, plotTop, 0.2f);
        if (days.isEmpty()) {
            return;
        }
        float slot = plotWidth / days.size();
        float bar = Math.max(1f, slot * 0.7f);
        for (int i = 0; i < days.size(); i++) {
            int value = days.get(i).getValue();
            float h = max == 0 ? 0 : plotHeight * value / max;
            canvas.filledRect(plotLeft + i * slot + (slot - bar) / 2, bottom, bar, h, 0.45f);
        }
        String first = days.get(0).getKey().toString();
        String last = days.get(days.size() - 1).getKey().toString();
        float labelLine = bottom - labelSize - 2f;
        canvas.text(first, font, labelSize, plotLeft, labelLine, 100f);
        if (days.size() > 1) {
            canvas.text(last, font, labelSize, plotLeft + plotWidth - Fonts.width(font, labelSize, last), labelLine,
                    100f);
        }
    }
}
