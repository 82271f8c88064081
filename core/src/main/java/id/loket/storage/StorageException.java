package id.loket.storage;

import java.util.List;

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
        /** A backup that cannot be read to the end: cut short, or bytes changed on the way (a bad stick). */
        BACKUP_DAMAGED,
        /** A file offered as a backup that holds no Loket database (another zip, an empty or foreign file). */
        NOT_A_LOKET_BACKUP,
        /** A backup with no active supervisor account: restored, nobody could open the office screens. */
        BACKUP_WITHOUT_SUPERVISOR,
        /** A backup of another office; {@link #details()}: its kelurahan code, then this office's. */
        BACKUP_OF_ANOTHER_OFFICE,
        /** A backup that names no office at all; {@link #details()}: this office's kelurahan code. */
        BACKUP_NAMES_NO_OFFICE,
        IN_USE_BY_ANOTHER_PROGRAM,
        MIGRATION_FAILED,
        /** LAN mode: the office server PC does not answer (off, cable, "loket serve" not running). */
        SERVER_UNREACHABLE,
        /** LAN mode: the server refused this PC (LAN password or key file not the server's). */
        LAN_REFUSED,
        /** LAN mode: this PC's Loket is newer than the server's database; the server PC is updated first. */
        SERVER_SCHEMA_OLDER,
        /** A kept printout does not open with this PC's key: changed, replaced, or made with another key file. */
        DOCUMENT_UNREADABLE,
        FAILED
    }

    private final Reason reason;
    private final List<String> details;

    public StorageException(Reason reason, String message, Throwable cause) {
        this(reason, message, cause, List.of());
    }

    /** With {@code details}: the values a person's message names (e.g. two office codes), in order. */
    public StorageException(Reason reason, String message, Throwable cause, List<String> details) {
        super(message, cause);
        this.reason = reason;
        this.details = List.copyOf(details);
    }

    public Reason reason() {
        return reason;
    }

    public List<String> details() {
        return details;
    }
}
