package id.loket.ui.office;

import java.util.Arrays;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/**
 * Table columns for the office whose words are never cut with "…": a header wraps onto a second line
 * and a cell onto as many as it needs (the row grows), and a column is never narrower than its
 * longest word. A table with many columns then fits a 1024-pixel screen by growing taller, not by
 * hiding what its columns say.
 */
final class WrappingColumns {

    /** The theme's type (loket.css: 18 px DejaVu Sans), in which a word is measured. */
    private static final Font TYPE = Font.font("DejaVu Sans", 18);
    /** A header's type: the same, bold, so wider ("diperlukan" broke inside the word at 1024 pixels). */
    private static final Font HEADER_TYPE = Font.font("DejaVu Sans", FontWeight.BOLD, 18);
    /** A cell's padding and a little air, both sides together. */
    private static final double PADDING = 16;
    /** Rows looked at for a column's longest word: enough for a screen's worth, cheap for a long list. */
    private static final int ROWS_MEASURED = 300;

    private WrappingColumns() {
    }

    /** A text column; {@link #wrapAll} then makes it wrap with the table's other columns. */
    static <S> TableColumn<S, String> text(String title, Function<S, String> value) {
        TableColumn<S, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return column;
    }

    /**
     * Makes every column of {@code table} wrap its header and its cells, whatever it shows, each column
     * at least as wide as the longest word in it (so a name breaks between words, never inside one).
     */
    static <S> void wrapAll(TableView<S> table) {
        table.getColumns().forEach(WrappingColumns::wrap);
        table.getItems().addListener((javafx.collections.ListChangeListener<S>) change -> fitWords(table));
        table.itemsProperty().addListener((o, old, items) -> fitWords(table));
    }

    /** Widens each column to the longest word its header and its first rows hold. */
    private static <S> void fitWords(TableView<S> table) {
        int rows = Math.min(table.getItems().size(), ROWS_MEASURED);
        for (TableColumn<S, ?> column : table.getColumns()) {
            double widest = column.getGraphic() instanceof Text header ? longestWord(header.getText(), HEADER_TYPE) : 0;
            for (int row = 0; row < rows; row++) {
                Object value = column.getCellData(row);
                if (value != null) {
                    widest = Math.max(widest, longestWord(value.toString(), TYPE));
                }
            }
            column.setMinWidth(widest + PADDING);
        }
    }

    private static <S, T> void wrap(TableColumn<S, T> column) {
        String title = column.getText() == null ? "" : column.getText();
        column.setText("");
        column.setGraphic(wrapping(title, column));
        column.setMinWidth(Math.max(column.getMinWidth(), longestWord(title, HEADER_TYPE) + PADDING));
        column.setCellFactory(c -> new TableCell<>() {
            private final Text text = wrapping("", column);

            {
                setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
            }

            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                text.setText(empty || item == null ? "" : item.toString());
                setGraphic(empty ? null : text);
            }
        });
    }

    /** Words wrapped to the column's width (less its padding): a Text never draws "…", it wraps. */
    private static Text wrapping(String words, TableColumn<?, ?> column) {
        Text text = new Text(words);
        text.getStyleClass().add("wrapping-cell-text");
        text.wrappingWidthProperty().bind(column.widthProperty().subtract(PADDING / 2));
        return text;
    }

    private static double longestWord(String words, Font type) {
        return Arrays.stream(words.split("\\s+")).mapToDouble(word -> width(word, type)).max().orElse(0);
    }

    private static double width(String text, Font type) {
        Text measured = new Text(text);
        measured.setFont(type);
        return Math.ceil(measured.getLayoutBounds().getWidth());
    }
}
