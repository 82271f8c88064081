package id.loket.service.casework;

import id.loket.domain.text.Message;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What came of importing a desil / PKH list: the counts, and every row that flagged nothing with why.
 * Nothing in it is a full NIK or KK number: the numbers of problem rows are masked when read.
 *
 * @param failure why nothing was read (empty for a completed import)
 */
public record SocialListResult(boolean completed, String fileName, List<Message> failure, Counts counts,
                               List<Problem> problems, LocalDateTime startedAt) {

    /**
     * @param rowsRead  data rows, blank lines not counted
     * @param flagged   households whose flags were set from the list
     * @param priority  of those, desil 1–2 or PKH by the list: the ones a schedule can put first
     * @param invalid   rows with a number, desil or PKH value that could not be read
     * @param notFound  rows whose NIK or KK number is not a household of this office
     * @param repeated  rows naming a household an earlier row already named
     * @param blankRows empty lines, passed over
     */
    public record Counts(int rowsRead, int flagged, int priority, int invalid, int notFound, int repeated,
                         int blankRows) {
        public static final Counts NONE = new Counts(0, 0, 0, 0, 0, 0, 0);

        public int rejected() {
            return invalid + notFound + repeated;
        }
    }

    /** A row that flagged nothing: where it is, the number it gave (masked) and the reasons. */
    public record Problem(Optional<String> sheet, int line, String maskedNumber, List<Message> reasons) {
        public Problem {
            reasons = List.copyOf(reasons);
        }
    }

    public SocialListResult {
        Objects.requireNonNull(fileName, "fileName");
        failure = List.copyOf(failure);
        problems = List.copyOf(problems);
        if (completed != failure.isEmpty()) {
            throw new IllegalArgumentException("a failed import says why, and only a failed one");
        }
    }
}
