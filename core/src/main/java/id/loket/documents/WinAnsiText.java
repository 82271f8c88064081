package id.loket.documents;

import java.text.Normalizer;
import org.apache.pdfbox.pdmodel.font.encoding.GlyphList;
import org.apache.pdfbox.pdmodel.font.encoding.WinAnsiEncoding;

/**
 * Makes any text printable with the standard 14 fonts, which only know the WinAnsi characters.
 *
 * <p>A name read from a KTP-el or typed at the counter can hold characters outside WinAnsi (a dotted
 * Ṣ, a CJK character). PDFBox throws on those, and a receipt that cannot print is worse than one
 * with a plainer letter, so such a character becomes its unaccented form, or {@code ?} when it has
 * none. Everything WinAnsi can show, including ’ and the accented Latin letters, is kept as given.
 */
final class WinAnsiText {

    private static final GlyphList GLYPHS = GlyphList.getAdobeGlyphList();

    private WinAnsiText() {
    }

    static String sanitize(String text) {
        // Composed first, so an e followed by a combining acute becomes the WinAnsi é.
        String composed = Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(composed.length());
        composed.codePoints().forEach(cp -> out.append(printable(cp)));
        return out.toString();
    }

    static boolean encodable(int codePoint) {
        if (Character.isISOControl(codePoint)) {
            return false;
        }
        String glyph = GLYPHS.codePointToName(codePoint);
        return !".notdef".equals(glyph) && WinAnsiEncoding.INSTANCE.contains(glyph);
    }

    private static String printable(int cp) {
        if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
            return " "; // tabs, line breaks and exotic spaces: the layout does its own line breaking
        }
        if (encodable(cp)) {
            return Character.toString(cp);
        }
        if (isCombiningMark(cp)) {
            return ""; // a mark NFC could not join to its letter: the letter alone reads fine
        }
        if (isDash(cp)) {
            return "-";
        }
        String base = Normalizer.normalize(Character.toString(cp), Normalizer.Form.NFKD)
                .codePoints()
                .filter(part -> !isCombiningMark(part))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
        if (!base.isEmpty() && base.codePoints().allMatch(WinAnsiText::encodable)) {
            return base;
        }
        return "?";
    }

    private static boolean isCombiningMark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK
                || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }

    private static boolean isDash(int cp) {
        return Character.getType(cp) == Character.DASH_PUNCTUATION || cp == '\u2212';
    }
}
