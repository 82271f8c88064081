package id.loket.domain.skm;

import id.loket.domain.text.LabelPrefix;

/** The respondent's age in the bands of the questionnaire; never a birth date. */
@LabelPrefix("skm.age.")
public enum AgeBand {
    UP_TO_25,
    FROM_26_TO_35,
    FROM_36_TO_45,
    FROM_46_TO_55,
    OVER_55
}
