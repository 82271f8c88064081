package id.loket.domain.skm;

import id.loket.domain.text.LabelPrefix;

/** The respondent's main work, in the groups of the PermenPANRB questionnaire. */
@LabelPrefix("skm.occupation.")
public enum Occupation {
    PNS_TNI_POLRI,
    PRIVATE_EMPLOYEE,
    SELF_EMPLOYED,
    STUDENT,
    OTHER
}
