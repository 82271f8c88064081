package id.loket.documents;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * The building blocks every printout is made of, measured as they are added: text wrapped to the
 * printable width, a display line, label–value pairs, a numbered list, rules, a QR code. Renderers
 * say what goes on the paper; sizes come from {@link PrintStyle} and drawing from {@link PageComposer}.
 *
 * <p>All text passes through {@link WinAnsiText} here, once, so no block can be handed a character
 * the font cannot print.
 */
final class PrintLayout {

    private final PaperSize paper;
    private final PrintStyle style;
    private final Fonts fonts = Fonts.helvetica();
    private final float column;
    private final List<Block> blocks = new ArrayList<>();

    PrintLayout(PaperSize paper) {
        this.paper = paper;
        this.style = PrintStyle.of(paper);
        this.column = paper.printableWidthPt();
    }

    /** Office name and address closed by a rule; on A4 the double rule of a kop surat. */
    PrintLayout letterhead(String officeName, String officeAddress) {
        blocks.addAll(lines(officeName, fonts.bold(), style.letterheadPt(), Align.CENTRE));
        if (!officeAddress.isBlank()) {
            blocks.addAll(lines(officeAddress, fonts.regular(), style.bodyPt(), Align.CENTRE));
        }
        blocks.add(paper.isThermal() ? new Rule(0.8f, false, 3f, 5f) : new Rule(2f, true, 6f, 14f));
        return this;
    }

    PrintLayout title(String text) {
        blocks.addAll(lines(text, fonts.bold(), style.titlePt(), Align.CENTRE));
        return this;
    }

    PrintLayout centred(String text) {
        blocks.addAll(lines(text, fonts.regular(), style.bodyPt(), Align.CENTRE));
        return this;
    }

    /** A centred line a little larger and bold, for what the resident should notice second. */
    PrintLayout emphasised(String text) {
        blocks.addAll(lines(text, fonts.bold(), style.bodyPt() + 2f, Align.CENTRE));
        return this;
    }

    PrintLayout heading(String text) {
        blocks.addAll(lines(text, fonts.bold(), style.bodyPt(), Align.LEFT));
        return this;
    }

    /**
     * One line whose capitals are {@link PrintStyle#displayCapMm()} tall; a text too wide for the roll
     * is narrowed rather than made shorter, because its height is what makes it readable from afar.
     */
    PrintLayout display(String text) {
        String safe = WinAnsiText.sanitize(text).trim();
        PDFont font = fonts.bold();
        float capHeight = Units.mm(style.displayCapMm());
        float size = capHeight / Fonts.capHeight(font, 1f);
        float naturalWidth = Fonts.width(font, size, safe);
        float scale = Math.min(100f, column / naturalWidth * 100f);
        float padding = capHeight * 0.25f;
        blocks.add(new TextLine(safe, font, size, Align.CENTRE, capHeight + 2 * padding,
                padding + capHeight, scale));
        return this;
    }

    PrintLayout framed(String text) {
        String safe = WinAnsiText.sanitize(text).trim();
        TextLine line = TextLine.of(safe, fonts.bold(), style.bodyPt() + 1f, Align.CENTRE);
        blocks.add(new FramedLabel(line, 2f, style.groupGap() / 2f));
        return this;
    }

    /** A label and the value it names, one row of a {@link #pairs} group. */
    record Pair(String label, String value) {
    }

    /**
     * Rows of labels and values, the values in bold because they are what the reader looks for.
     * Side by side the label column is as wide as the group's widest label (up to a share of the
     * column), so all values line up; on a narrow roll each label stands above its value.
     */
    PrintLayout pairs(List<Pair> pairs) {
        float size = style.bodyPt();
        float lineHeight = size * 1.3f;
        float spaceAfter = size * 0.25f;
        if (style.stackedPairs()) {
            for (Pair pair : pairs) {
                blocks.add(new KeyValueRow(wrap(pair.label(), fonts.regular(), size, column), fonts.regular(),
                        wrap(pair.value(), fonts.bold(), size, column), fonts.bold(), size, true, 0f,
                        lineHeight, spaceAfter));
            }
            return this;
        }
        float gutter = size * 1.2f;
        float widest = 0f;
        for (Pair pair : pairs) {
            widest = Math.max(widest, Fonts.width(fonts.regular(), size, WinAnsiText.sanitize(pair.label())));
        }
        float indent = Math.min(widest + gutter, column * style.labelColumnShare());
        for (Pair pair : pairs) {
            blocks.add(new KeyValueRow(wrap(pair.label(), fonts.regular(), size, indent - gutter), fonts.regular(),
                    wrap(pair.value(), fonts.bold(), size, column - indent), fonts.bold(), size, false, indent,
                    lineHeight, spaceAfter));
        }
        return this;
    }

    /** Items numbered 1., 2., … with a hanging indent, so a wrapped step stays under its own text. */
    PrintLayout numbered(List<String> items) {
        float size = style.bodyPt();
        String widest = items.size() + ".";
        float indent = Fonts.width(fonts.regular(), size, widest) + size * 0.6f;
        for (int i = 0; i < items.size(); i++) {
            blocks.add(new KeyValueRow(List.of((i + 1) + "."), fonts.regular(),
                    wrap(items.get(i), fonts.regular(), size, column - indent), fonts.regular(), size,
                    false, indent, size * 1.3f, size * 0.2f));
        }
        return this;
    }

    /** Body text, left-aligned and wrapped: the sentences of a letter or a form. */
    PrintLayout paragraph(String text) {
        blocks.addAll(lines(text, fonts.regular(), style.bodyPt(), Align.LEFT));
        blocks.add(new Spacer(style.bodyPt() * 0.5f));
        return this;
    }

    /**
     * Two places to sign side by side, as a form signed by the applicant and countersigned by an office:
     * each its role (several lines allowed), room for the signature, and the name.
     */
    PrintLayout twoSignatures(String leftRole, String leftName, String rightRole, String rightName) {
        float gutter = Units.mm(10f);
        float half = (column - gutter) / 2f;
        blocks.add(new SideBySide(signatureStack(leftRole, leftName, half), signatureStack(rightRole, rightName, half),
                half, gutter));
        return this;
    }

    PrintLayout separator() {
        blocks.add(new Rule(0.6f, false, style.groupGap(), style.groupGap()));
        return this;
    }

    /** A block drawn by the document itself (a chart), placed like every other block. */
    PrintLayout block(Block block) {
        blocks.add(block);
        return this;
    }

    PrintLayout gap() {
        blocks.add(new Spacer(style.groupGap()));
        return this;
    }

    PrintLayout qr(String payload) {
        blocks.add(QrBlock.of(payload, style.qrSymbolMm(), PrintStyle.MIN_QR_MODULE_MM, column, 0f));
        return this;
    }

    /**
     * The QR code on the left and, on the right, who signs, room for the signature and the name, as
     * an Indonesian letter places its signature; kept together on one page.
     */
    /** A place to sign on the right half of the sheet: the role, room for the signature, the name. */
    PrintLayout signature(String role, String name) {
        float gutter = Units.mm(10f);
        float half = (column - gutter) / 2f;
        blocks.add(new SideBySide(new Spacer(0f), signatureStack(role, name, half), half, gutter));
        return this;
    }

    private Block signatureStack(String role, String name, float width) {
        List<Block> signature = new ArrayList<>();
        // A role of several lines ("place, date" above "who signs") is written line by line.
        for (String part : role.split("\n")) {
            signature.addAll(lines(part, fonts.regular(), style.bodyPt(), Align.CENTRE, width));
        }
        signature.add(new Spacer(Units.mm(20f)));
        signature.addAll(lines(name, fonts.bold(), style.bodyPt(), Align.CENTRE, width));
        return new Stack(signature);
    }

    PrintLayout qrBesideSignature(String payload, String role, String name) {
        float gutter = Units.mm(10f);
        float half = (column - gutter) / 2f;
        Block qr = QrBlock.of(payload, style.qrSymbolMm(), PrintStyle.MIN_QR_MODULE_MM, half, 0f);
        blocks.add(new SideBySide(qr, signatureStack(role, name, half), half, gutter));
        return this;
    }

    /** The finished PDF without page numbers, for a document that is a single sheet on any paper. */
    byte[] toPdf() throws IOException {
        return new PageComposer(paper, style).compose(blocks, null);
    }

    /**
     * A table: a bold heading row, then one block per row, so an A4 table breaks between rows.
     * Column widths are the columns' shares of the printable width.
     */
    PrintLayout table(List<TableColumn> columns, List<List<String>> rows) {
        float total = (float) columns.stream().mapToDouble(TableColumn::share).sum();
        List<TableRow.PlacedColumn> placed = new ArrayList<>();
        float offset = 0;
        for (TableColumn c : columns) {
            float width = column * c.share() / total;
            placed.add(new TableRow.PlacedColumn(c, offset, width));
            offset += width;
        }
        float lineHeight = style.bodyPt() * 1.25f;
        List<String> titles = columns.stream().map(TableColumn::title).toList();
        blocks.add(tableRow(titles, placed, fonts.bold(), lineHeight, 1.2f, true));
        for (List<String> row : rows) {
            blocks.add(tableRow(row, placed, fonts.regular(), lineHeight, 0.4f, false));
        }
        return this;
    }

    private TableRow tableRow(List<String> values, List<TableRow.PlacedColumn> placed, PDFont font,
                              float lineHeight, float rule, boolean heading) {
        if (values.size() != placed.size()) {
            throw new IllegalArgumentException(values.size() + " values for " + placed.size() + " columns");
        }
        List<List<String>> cells = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            TableRow.PlacedColumn p = placed.get(i);
            boolean box = p.column().kind() == TableColumn.Kind.TICK_BOX && !heading;
            cells.add(box ? List.of() : wrap(values.get(i), font, style.bodyPt(), p.width() - 2 * TableRow.PADDING));
        }
        // In the heading a tick column shows its title as text, not a box.
        List<TableRow.PlacedColumn> columnsForRow = heading
                ? placed.stream().map(p -> p.column().kind() != TableColumn.Kind.TICK_BOX ? p
                        : new TableRow.PlacedColumn(TableColumn.text(p.column().title(), p.column().share()),
                        p.offset(), p.width())).toList()
                : placed;
        return new TableRow(cells, columnsForRow, font, style.bodyPt(), lineHeight, rule);
    }

    /** The finished PDF; on A4 {@code pageLabel} numbers the pages at their foot. */
    byte[] toPdf(PageLabel pageLabel) throws IOException {
        Objects.requireNonNull(pageLabel, "pageLabel");
        BiFunction<Integer, Integer, Block> footer = (page, count) -> TextLine.of(
                WinAnsiText.sanitize(pageLabel.text(page, count)), fonts.regular(), style.bodyPt() - 1f,
                Align.CENTRE);
        return new PageComposer(paper, style).compose(blocks, footer);
    }

    private List<Block> lines(String text, PDFont font, float size, Align align) {
        return lines(text, font, size, align, column);
    }

    private List<Block> lines(String text, PDFont font, float size, Align align, float width) {
        List<Block> result = new ArrayList<>();
        for (String line : wrap(text, font, size, width)) {
            result.add(TextLine.of(line, font, size, align));
        }
        return result;
    }

    private static List<String> wrap(String text, PDFont font, float size, float width) {
        return new LineWrapper(font, size, width).wrap(WinAnsiText.sanitize(text));
    }
}
