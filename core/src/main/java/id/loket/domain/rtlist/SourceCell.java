package id.loket.domain.rtlist;

import java.util.Objects;

/**
 * One cell of an RT list as the file holds it: its text, and whether the spreadsheet stored it as a
 * number. A number cell is written out in plain digits ({@code 6471054707500000}, never
 * {@code 6.4710547075E15}), so the rules can see the digits a spreadsheet kept and the ones it lost.
 *
 * @param text   never null; exactly as read, surrounding spaces included
 * @param number true when the spreadsheet stored a number rather than text
 */
public record SourceCell(String text, boolean number) {

    public static final SourceCell EMPTY = new SourceCell("", false);

    public SourceCell {
        Objects.requireNonNull(text, "text");
    }

    public static SourceCell text(String text) {
        return text == null || text.isEmpty() ? EMPTY : new SourceCell(text, false);
    }

    /** @param plain the number in plain notation, e.g. {@code 6471054707500000} or {@code 3.5} */
    public static SourceCell number(String plain) {
        return new SourceCell(plain, true);
    }

    public boolean isBlank() {
        return text.isBlank();
    }
}
