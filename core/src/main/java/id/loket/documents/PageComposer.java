package id.loket.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Draws measured blocks onto pages. A thermal document is one page exactly as long as its content,
 * because the printer cuts where the page ends; an A4 document breaks between blocks and numbers
 * its pages.
 */
final class PageComposer {

    /** Distance of the page number line from the bottom edge of an A4 sheet. */
    private static final float FOOTER_FROM_BOTTOM_MM = 14f;

    private final PaperSize paper;
    private final PrintStyle style;

    PageComposer(PaperSize paper, PrintStyle style) {
        this.paper = paper;
        this.style = style;
    }

    /**
     * @param footer the page number line for page n of m on A4, or null for none; a thermal roll
     *               is never numbered, since it is one page
     */
    byte[] compose(List<Block> blocks, BiFunction<Integer, Integer, Block> footer) throws IOException {
        try (PDDocument document = new PDDocument()) {
            if (paper.isThermal()) {
                float height = Units.mm(style.topMarginMm()) + new Stack(blocks).height()
                        + Units.mm(style.bottomMarginMm());
                drawPage(document, height, blocks, null);
            } else {
                List<List<Block>> pages = paginate(blocks, usableA4Height());
                for (int i = 0; i < pages.size(); i++) {
                    Block pageNumber = footer == null ? null : footer.apply(i + 1, pages.size());
                    drawPage(document, Units.mm(PaperSize.A4_HEIGHT_MM), pages.get(i), pageNumber);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    private float usableA4Height() {
        return Units.mm(PaperSize.A4_HEIGHT_MM - style.topMarginMm() - style.bottomMarginMm());
    }

    /**
     * The fewest blocks with words the last page of a document may hold when the page before can give it more: a
     * page holding only the signature, or one closing sentence, reads as a page printed by mistake and
     * gets lost or thrown away.
     */
    static final int FEWEST_ON_LAST_PAGE = 3;

    /**
     * Fills pages in order. A block never straddles a page break; a spacer that would open a page is
     * dropped, and a block taller than a whole page gets a page of its own.
     *
     * <p>Two rules keep a last page from being a page printed by mistake. The ending of a document
     * (see {@link #endingStart}) stays on one page: when it does not fit where it falls, it opens the
     * next page, so no sheet holds a signature or a closing sentence parted from what it closes. And
     * the last page then takes blocks from the end of the page before until it holds
     * {@value #FEWEST_ON_LAST_PAGE} with words (a document with no table, or a short ending).
     */
    static List<List<Block>> paginate(List<Block> blocks, float usableHeight) {
        List<List<Block>> pages = fill(blocks, usableHeight);
        if (pages.size() > 1) {
            noLonelyLastPage(pages.get(pages.size() - 2), pages.get(pages.size() - 1), usableHeight);
        }
        return pages;
    }

    private static void noLonelyLastPage(List<Block> before, List<Block> last, float usableHeight) {
        float used = heightOf(last);
        while (printed(last) < FEWEST_ON_LAST_PAGE && printed(before) > 1) {
            Block moving = before.get(before.size() - 1);
            if (used + moving.height() > usableHeight) {
                return;
            }
            before.remove(before.size() - 1);
            if (!(moving instanceof Spacer)) {
                last.add(0, moving);
                used += moving.height();
            }
        }
    }

    /** Blocks that carry words: a spacer or a ruled line alone is no reason for a page. */
    private static long printed(List<Block> page) {
        return page.stream().filter(block -> !(block instanceof Spacer) && !(block instanceof Rule)).count();
    }

    private static float heightOf(List<Block> page) {
        float sum = 0f;
        for (Block block : page) {
            sum += block.height();
        }
        return sum;
    }

    private static List<List<Block>> fill(List<Block> blocks, float usableHeight) {
        int ending = endingStart(blocks, usableHeight);
        List<List<Block>> pages = new ArrayList<>();
        List<Block> page = new ArrayList<>();
        float used = 0f;
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            float needed = i == ending ? heightFrom(blocks, i) : block.height();
            if (used + needed > usableHeight && !page.isEmpty()) {
                pages.add(page);
                page = new ArrayList<>();
                used = 0f;
            }
            if (page.isEmpty() && block instanceof Spacer) {
                continue;
            }
            page.add(block);
            used += block.height();
        }
        if (!page.isEmpty() || pages.isEmpty()) {
            pages.add(page);
        }
        return pages;
    }

    /** Table rows a document's ending carries along, so its page also holds some of what it closes. */
    static final int ROWS_KEPT_WITH_ENDING = 2;
    /** Lines kept together at the end of a document without a table. */
    private static final int LINES_KEPT_WITHOUT_TABLE = 3;

    /**
     * Where a document's ending starts: its last {@value #ROWS_KEPT_WITH_ENDING} table rows and all that
     * follows them (closing sentences, the signature), or its last {@value #LINES_KEPT_WITHOUT_TABLE}
     * blocks when it has no table. -1 when there is nothing to keep together, or the ending is taller
     * than a page and must break anyway.
     */
    static int endingStart(List<Block> blocks, float usableHeight) {
        int start = -1;
        int rows = 0;
        for (int i = blocks.size() - 1; i >= 0 && rows < ROWS_KEPT_WITH_ENDING; i--) {
            if (blocks.get(i) instanceof TableRow) {
                start = i;
                rows++;
            }
        }
        if (start < 0) {
            int lines = 0;
            for (int i = blocks.size() - 1; i >= 0 && lines < LINES_KEPT_WITHOUT_TABLE; i--) {
                if (!(blocks.get(i) instanceof Spacer)) {
                    start = i;
                    lines++;
                }
            }
        }
        return start >= 0 && heightFrom(blocks, start) <= usableHeight ? start : -1;
    }

    private static float heightFrom(List<Block> blocks, int start) {
        float height = 0f;
        for (Block block : blocks.subList(start, blocks.size())) {
            height += block.height();
        }
        return height;
    }

    private void drawPage(PDDocument document, float height, List<Block> blocks, Block footer)
            throws IOException {
        PDPage page = new PDPage(new PDRectangle(paper.widthPt(), height));
        document.addPage(page);
        float left = (paper.widthPt() - paper.printableWidthPt()) / 2f;
        try (PDPageContentStream stream = new PDPageContentStream(document, page)) {
            Canvas canvas = new Canvas(document, stream, left, paper.printableWidthPt());
            float top = height - Units.mm(style.topMarginMm());
            for (Block block : blocks) {
                block.draw(canvas, top);
                top -= block.height();
            }
            if (footer != null) {
                footer.draw(canvas, Units.mm(FOOTER_FROM_BOTTOM_MM));
            }
        }
    }
}
