package id.loket.domain.jkk;

import id.loket.domain.text.Message;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The eligibility table for one resident on one registration day: a verdict with its reason for every
 * rule of Pasal 5 ayat 1, in the Perwali's order, or the input problems that stopped the check.
 *
 * @param inputProblems what is wrong with the input itself (a negative income, a domicile starting after
 *                      the registration day); when there are any, {@code verdicts} is empty
 */
public record Assessment(LocalDate registrationDay, List<RuleVerdict> verdicts, List<Message> inputProblems,
                         boolean priority) {

    public Assessment {
        Objects.requireNonNull(registrationDay, "registrationDay");
        verdicts = List.copyOf(verdicts);
        inputProblems = List.copyOf(inputProblems);
        if (!inputProblems.isEmpty() && !verdicts.isEmpty()) {
            throw new IllegalArgumentException("an input with problems gets no verdicts");
        }
    }

    public boolean inputValid() {
        return inputProblems.isEmpty();
    }

    /** Every rule holds: the resident can be proposed. */
    public boolean eligible() {
        return inputValid() && verdicts.stream().allMatch(RuleVerdict::holds);
    }

    /** The rules that do not hold, or cannot be decided, in order. */
    public List<RuleVerdict> notHolding() {
        return verdicts.stream().filter(verdict -> !verdict.holds()).toList();
    }
}
