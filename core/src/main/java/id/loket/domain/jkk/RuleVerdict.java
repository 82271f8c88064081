package id.loket.domain.jkk;

import id.loket.domain.text.Message;
import java.util.Objects;

/** One row of the eligibility table: the rule, whether it holds, and why, in words a resident understands. */
public record RuleVerdict(EligibilityRule rule, Verdict verdict, Message reason) {

    public RuleVerdict {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(reason, "reason");
    }

    public boolean holds() {
        return verdict == Verdict.HOLDS;
    }
}
