package id.loket.domain.rtlist;

import id.loket.domain.text.Message;
import java.util.List;
import java.util.Optional;

/**
 * What {@link RowRules} found in one row.
 *
 * @param household present exactly when the row broke no rule
 * @param problems  every rule the row broke, in column order, each saying what to do
 * @param kkKey     the KK number as a number when that cell alone is a valid KK number, else 0; a
 *                  rejected row still takes part in finding numbers that appear twice
 * @param nikKey    the same for the head's NIK
 */
public record RowCheck(Optional<ListedHousehold> household, List<Message> problems, long kkKey, long nikKey) {

    public RowCheck {
        problems = List.copyOf(problems);
        if (household.isPresent() != problems.isEmpty()) {
            throw new IllegalArgumentException("a household exists exactly when there are no problems");
        }
    }

    public boolean valid() {
        return problems.isEmpty();
    }
}
