package id.loket.domain.complaint;

import java.util.regex.Pattern;

/**
 * Free text as it is kept and printed: control characters (a pasted tab, a scanner's escape codes)
 * become spaces, runs of blanks one space, ends trimmed. A null is empty text.
 */
public final class CleanText {

    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}\\p{Cf}\\p{Co}\\p{Cn}]");
    private static final Pattern BLANKS = Pattern.compile("\\s+");

    private CleanText() {
    }

    public static String of(String text) {
        if (text == null) {
            return "";
        }
        return BLANKS.matcher(CONTROL.matcher(text).replaceAll(" ")).replaceAll(" ").strip();
    }
}
