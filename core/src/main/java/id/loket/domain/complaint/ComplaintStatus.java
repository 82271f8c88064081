package id.loket.domain.complaint;

/**
 * Where a complaint stands. Open until the office answered it; answered until the lurah closes it
 * (the resident was told); closed for good.
 */
public enum ComplaintStatus {
    OPEN,
    ANSWERED,
    CLOSED
}
