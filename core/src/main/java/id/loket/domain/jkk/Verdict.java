package id.loket.domain.jkk;

import id.loket.domain.text.LabelPrefix;

/** Whether one rule holds for the resident. */
@LabelPrefix("jkk.verdict.")
public enum Verdict {
    HOLDS,
    FAILS,
    /** The rule cannot be decided from what is known (a year whose UMK is not in the settings). */
    UNDECIDED
}
