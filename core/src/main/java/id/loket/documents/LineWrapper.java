package id.loket.documents;

import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Breaks text into lines that fit a width: at spaces where possible, inside a word only when the
 * word alone is wider than the line (a long portal reference on a 58 mm roll).
 */
final class LineWrapper {

    private final PDFont font;
    private final float sizePt;
    private final float maxWidth;

    LineWrapper(PDFont font, float sizePt, float maxWidth) {
        this.font = font;
        this.sizePt = sizePt;
        this.maxWidth = maxWidth;
    }

    /** Lines of already sanitized text; at least one line, empty when the text is blank. */
    List<String> wrap(String safeText) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : safeText.trim().split(" +")) {
            if (word.isEmpty()) {
                continue;
            }
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (fits(candidate)) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
            }
            String rest = word;
            while (!fits(rest)) {
                int cut = longestFittingPrefix(rest);
                lines.add(rest.substring(0, cut));
                rest = rest.substring(cut);
            }
            line.append(rest);
        }
        if (!line.isEmpty() || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    private boolean fits(String text) {
        return Fonts.width(font, sizePt, text) <= maxWidth;
    }

    /** At least one character, so a line narrower than one letter still makes progress. */
    private int longestFittingPrefix(String word) {
        int end = word.offsetByCodePoints(0, 1);
        while (end < word.length()) {
            int next = word.offsetByCodePoints(end, 1);
            if (!fits(word.substring(0, next))) {
                break;
            }
            end = next;
        }
        return end;
    }
}
