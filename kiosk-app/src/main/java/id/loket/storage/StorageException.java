package id.loket.storage;

/**
 * The database could not do what was asked. {@link #reason()} says why in terms a screen can explain
 * to a person (the data folder is not writable, another program has the database open, ...); the
 * cause keeps the technical detail for the log.
 */
public class StorageException extends RuntimeException {

    public enum Reason {
        DATA_DIR_UNUSABLE,
        KEY_UNUSABLE,
        WRONG_KEY,
        /** A backup made on a PC with another key file: this PC cannot decrypt it. */
        BACKUP_FROM_ANOTHER_KEY,
        IN_USE_BY_ANOTHER_PROGRAM,
        MIGRATION_FAILED,
        /** LAN mode: the office server PC does not answer (off, cable, "loket serve" not running). */
        SERVER_UNREACHABLE,
        /** LAN mode: the server refused this PC (LAN password or key file not the server's). */
        LAN_REFUSED,
        /** A kept printout does not open with this PC's key: changed, replaced, or made with another key file. */
        DOCUMENT_UNREADABLE,
        FAILED
    }

    private final Reason reason;

    public StorageException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
