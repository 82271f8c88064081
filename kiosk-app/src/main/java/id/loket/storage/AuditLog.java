package id.loket.storage;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Append-only record of who read or changed personal data, and of every login (UU 27/2022). The
 * application only ever inserts here; there is no update or delete.
 */
public final class AuditLog {

    public enum Action {
        LOGIN,
        LOGIN_FAILED,
        HOUSEHOLD_READ,
        REGISTRATION_SAVED,
        EXPORT,
        BACKUP,
        RESTORE,
        PURGE,
        DEMO_DATA_CREATED
    }

    public record Event(LocalDateTime at, String actor, Action action, String entity, String entityId, String detail) {
    }

    private final Jdbc jdbc;
    private final Clock clock;

    public AuditLog(Jdbc jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Records an event. {@code detail} must never hold a full NIK; pass ids or masked values.
     */
    public void record(String actor, Action action, String entity, String entityId, String detail) {
        jdbc.insert("INSERT INTO audit_event (at, actor, action, entity, entity_id, detail) VALUES (?, ?, ?, ?, ?, ?)",
                LocalDateTime.now(clock), truncate(actor, 60), action, entity, entityId, truncate(detail, 500));
    }

    public List<Event> latest(int limit) {
        return jdbc.list("SELECT at, actor, action, entity, entity_id, detail FROM audit_event ORDER BY id DESC LIMIT ?",
                row -> new Event(row.getTimestamp(1).toLocalDateTime(), row.getString(2),
                        Action.valueOf(row.getString(3)), row.getString(4), row.getString(5), row.getString(6)), limit);
    }

    /** The actor may be whatever was typed as a user name; an audit entry must never fail on its length. */
    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
