package id.loket.documents;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * The two faces every printout uses. Helvetica is one of the standard 14 fonts, so nothing is
 * embedded and a receipt stays a few kilobytes; its WinAnsi limits are handled by {@link WinAnsiText}.
 *
 * <p>One set per document: a font object ends up inside the document it is written to, so it is not
 * shared between documents that may be rendered on different threads.
 */
record Fonts(PDFont regular, PDFont bold) {

    static Fonts helvetica() {
        return new Fonts(new PDType1Font(Standard14Fonts.FontName.HELVETICA),
                new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD));
    }

    /** Width in points of text that has already been through {@link WinAnsiText#sanitize}. */
    static float width(PDFont font, float sizePt, String safeText) {
        try {
            return font.getStringWidth(safeText) / 1000f * sizePt;
        } catch (IOException e) {
            // Only a damaged font resource gets here: the text itself is always encodable.
            throw new UncheckedIOException("cannot measure text in " + font.getName(), e);
        }
    }

    /** Height of a capital letter, which is how tall a ticket number looks on paper. */
    static float capHeight(PDFont font, float sizePt) {
        return font.getFontDescriptor().getCapHeight() / 1000f * sizePt;
    }
}
