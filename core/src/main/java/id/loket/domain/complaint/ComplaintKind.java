package id.loket.domain.complaint;

/** What a resident brought to the office: a complaint to be answered, or a suggestion to be weighed. */
public enum ComplaintKind {
    COMPLAINT,
    SUGGESTION
}
