package id.loket.domain.skm;

import id.loket.domain.text.LabelPrefix;

/** The respondent's highest schooling, as the PermenPANRB questionnaire asks it. */
@LabelPrefix("skm.education.")
public enum Education {
    SD_OR_LESS,
    SMP,
    SMA,
    DIPLOMA,
    S1,
    S2_OR_HIGHER
}
