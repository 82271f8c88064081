package id.loket.domain.skm;

/** The respondent's highest schooling, as the PermenPANRB questionnaire asks it. */
public enum Education {
    SD_OR_LESS,
    SMP,
    SMA,
    DIPLOMA,
    S1,
    S2_OR_HIGHER
}
