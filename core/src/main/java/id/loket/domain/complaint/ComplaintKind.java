package id.loket.domain.complaint;

import id.loket.domain.text.LabelPrefix;

/** What a resident brought to the office: a complaint to be answered, or a suggestion to be weighed. */
@LabelPrefix("complaint.kind.")
public enum ComplaintKind {
    COMPLAINT,
    SUGGESTION
}
