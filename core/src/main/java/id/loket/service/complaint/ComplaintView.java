package id.loket.service.complaint;

/** The office's three lists: everything not closed, only the late ones, and the closed ones. */
public enum ComplaintView {
    OPEN,
    LATE,
    CLOSED
}
