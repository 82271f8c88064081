package id.loket.domain.skm;

/** The respondent's main work, in the groups of the PermenPANRB questionnaire. */
public enum Occupation {
    PNS_TNI_POLRI,
    PRIVATE_EMPLOYEE,
    SELF_EMPLOYED,
    STUDENT,
    OTHER
}
