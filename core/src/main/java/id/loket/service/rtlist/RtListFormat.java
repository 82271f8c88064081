package id.loket.service.rtlist;

/** The file formats an RT list can be imported from. */
public enum RtListFormat {
    CSV,
    XLSX
}
