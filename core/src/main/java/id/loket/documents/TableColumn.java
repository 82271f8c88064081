package id.loket.documents;

import java.util.Objects;

/**
 * A column of a printed table: its heading, its share of the page width, and how its cells print
 * (text from the left, numbers from the right, or an empty box to tick by hand).
 */
public record TableColumn(String title, float share, Kind kind) {

    public enum Kind { TEXT, NUMBER, TICK_BOX }

    public TableColumn {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(kind, "kind");
        if (share <= 0) {
            throw new IllegalArgumentException("share must be positive");
        }
    }

    public static TableColumn text(String title, float share) {
        return new TableColumn(title, share, Kind.TEXT);
    }

    public static TableColumn number(String title, float share) {
        return new TableColumn(title, share, Kind.NUMBER);
    }

    public static TableColumn tick(String title, float share) {
        return new TableColumn(title, share, Kind.TICK_BOX);
    }
}
