package id.loket.ui.office;

import java.util.Arrays;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

/**
 * Text columns for the office's tables whose words are never cut with "…": the header wraps onto a
 * second line and the cells onto as many as they need, and a column is never narrower than its
 * longest word. A table with many columns then fits a 1024-pixel screen by growing taller, not by
 * hiding what the columns say.
 */
final class WrappingColumns {

    /** The theme's type (loket.css: 18 px DejaVu Sans); a word is measured in it. */
    private static final Font TYPE = Font.font("DejaVu Sans", 18);
    /** The cell's padding and a little air, on both sides together. */
    private static final double PADDING = 24;

    private WrappingColumns() {
    }

    static <S> TableColumn<S, String> text(String title, Function<S, String> value) {
        TableColumn<S, String> column = new TableColumn<>();
        Label header = new Label(title);
        header.setWrapText(true);
        header.setTextAlignment(TextAlignment.CENTER);
        column.setGraphic(header);
        column.setMinWidth(longestWord(title) + PADDING);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setCellFactory(c -> new TableCell<>() {
            {
                setWrapText(true);
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
            }
        });
        return column;
    }

    /** A column at least as wide as {@code sample} (a date, a code), which then never wraps. */
    static <S> TableColumn<S, String> text(String title, Function<S, String> value, String sample) {
        TableColumn<S, String> column = text(title, value);
        column.setMinWidth(Math.max(column.getMinWidth(), width(sample) + PADDING));
        return column;
    }

    private static double longestWord(String words) {
        return Arrays.stream(words.split("\\s+")).mapToDouble(WrappingColumns::width).max().orElse(0);
    }

    private static double width(String text) {
        Text measured = new Text(text);
        measured.setFont(TYPE);
        return Math.ceil(measured.getLayoutBounds().getWidth());
    }
}
