package id.loket.device.serial;

/** The end-of-code mark a scanner sends after every code. */
public enum Delimiter {
    /** Carriage return, 0x0D. An LF right after it is taken as part of the mark. */
    CR,
    /** Line feed, 0x0A. A CR right before it is taken as part of the mark. */
    LF,
    /** CR then LF. A CR that is not followed by LF is data (and makes the frame garbage). */
    CRLF
}
