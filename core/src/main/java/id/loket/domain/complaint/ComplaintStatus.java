package id.loket.domain.complaint;

import id.loket.domain.text.LabelPrefix;

/**
 * Where a complaint stands. Open until the office answered it; answered until the lurah closes it
 * (the resident was told); closed for good.
 */
@LabelPrefix("complaint.status.")
public enum ComplaintStatus {
    OPEN,
    ANSWERED,
    CLOSED
}
