package id.loket.domain.household;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An RT inside its RW, written the way the office writes them: three digits ("007").
 *
 * <p>RT lists arrive as "7", "07" or "007"; all three are the same RT, so every entry point goes
 * through {@link #of(String, String)}.
 *
 * <p>The one notation of Loket, as the kelurahan says it: the RT first, then its RW. In words
 * "RT 007 / RW 003" ({@link #label()}); where there is no room "007/003" ({@link #code()}), always
 * RT/RW; tables put the RT column before the RW column. Sorting stays by RW, then RT, so an RW's RTs
 * stand together.
 */
public record RtRef(String rw, String rt) implements Comparable<RtRef> {

    public RtRef {
        rw = normalise(rw, "RW");
        rt = normalise(rt, "RT");
    }

    public static RtRef of(String rw, String rt) {
        return new RtRef(rw, rt);
    }

    private static String normalise(String value, String what) {
        Objects.requireNonNull(value, what);
        String digits = value.strip();
        if (!digits.matches("\\d{1,3}") || Integer.parseInt(digits) == 0) {
            throw new IllegalArgumentException(what + " must be a number from 1 to 999, was '" + value + "'");
        }
        return String.format("%03d", Integer.parseInt(digits));
    }

    /** "1/3", "001/003" or "RT 1 / RW 3": an RT typed as the office writes it, RT first, then RW. */
    private static final Pattern TYPED =
            Pattern.compile("(?i)\\s*(?:RT\\s*)?(\\d{1,3})\\s*/\\s*(?:RW\\s*)?(\\d{1,3})\\s*");

    /**
     * The RT a person typed in the office's notation, RT first then RW ("1/3" is RT 001, RW 003); empty
     * when it is not one (missing part, letters, zero, more than three digits).
     */
    public static Optional<RtRef> parse(String typed) {
        Matcher m = TYPED.matcher(typed == null ? "" : typed);
        if (!m.matches() || Integer.parseInt(m.group(1)) == 0 || Integer.parseInt(m.group(2)) == 0) {
            return Optional.empty();
        }
        return Optional.of(of(m.group(2), m.group(1)));
    }

    /** "RT 007 / RW 003", the form used on screens and paper. */
    public String label() {
        return "RT " + rt + " / RW " + rw;
    }

    /** "007/003": RT, slash, RW, where {@link #label()} does not fit (chart labels, lists). */
    public String code() {
        return rt + "/" + rw;
    }

    /** "RT007-RW003", for file names. */
    public String fileNamePart() {
        return "RT" + rt + "-RW" + rw;
    }

    @Override
    public int compareTo(RtRef other) {
        int byRw = rw.compareTo(other.rw);
        return byRw != 0 ? byRw : rt.compareTo(other.rt);
    }
}
