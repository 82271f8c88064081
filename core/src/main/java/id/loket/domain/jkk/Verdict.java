package id.loket.domain.jkk;

/** Whether one rule holds for the resident. */
public enum Verdict {
    HOLDS,
    FAILS,
    /** The rule cannot be decided from what is known (a year whose UMK is not in the settings). */
    UNDECIDED
}
