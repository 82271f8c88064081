package id.loket.service.rtlist;

import id.loket.domain.rtlist.SourceRow;
import java.util.Optional;

/**
 * Receives an RT list file as it is read, one row at a time, so that no file has to be held in memory.
 * A visitor may stop the reading by throwing an unchecked exception, which the reader lets through
 * after closing the file.
 */
public interface TableVisitor {

    /** A table begins: the whole CSV file, or one visible sheet of a workbook (with its name). */
    void table(Optional<String> sheet);

    void row(SourceRow row);

    /** A sheet that was not read because it is hidden in the workbook. */
    default void hiddenSheet(String sheet) {
    }

    /**
     * How far the reading has got, for a progress bar: bytes of the file read so far of its size.
     * Only formats read front to back report it; a workbook does not.
     */
    default void position(long bytesRead, long totalBytes) {
    }
}
