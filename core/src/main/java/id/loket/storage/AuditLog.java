package id.loket.storage;

import java.time.Clock;
import java.time.LocalDateTime;
import id.loket.domain.audit.AuditAction;
import id.loket.domain.audit.AuditEvent;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Append-only record of who read or changed personal data, and of every login (UU 27/2022). The
 * application only ever inserts here; there is no update or delete.
 */
public final class AuditLog {

    private final Jdbc jdbc;
    private final Clock clock;

    public AuditLog(Jdbc jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Records an event. {@code detail} must never hold a full NIK; pass ids or masked values.
     */
    public void record(String actor, AuditAction action, String entity, String entityId, String detail) {
        jdbc.insert("INSERT INTO audit_event (at, actor, action, entity, entity_id, detail) VALUES (?, ?, ?, ?, ?, ?)",
                LocalDateTime.now(clock), truncate(actor, 60), action, entity, entityId, truncate(detail, 500));
    }

    /**
     * Events between two moments, newest first; {@code actor} and {@code action} narrow it when given.
     * At most {@code limit} rows, so a screen never tries to show a year of events at once.
     */
    public List<AuditEvent> search(LocalDateTime from, LocalDateTime to, Optional<String> actor,
                              Optional<AuditAction> action, int limit) {
        return jdbc.list("""
                SELECT at, actor, action, entity, entity_id, detail FROM audit_event
                WHERE at >= ? AND at < ?
                  AND (CAST(? AS VARCHAR) IS NULL OR LOWER(actor) LIKE LOWER(?) ESCAPE '\\')
                  AND (CAST(? AS VARCHAR) IS NULL OR action = ?)
                ORDER BY id DESC LIMIT ?
                """, AuditLog::map, from, to, actor, actor.map(AuditLog::likePattern), action, action, limit);
    }

    /** Streams every event between two moments, oldest first, for an export. */
    public void forEach(LocalDateTime from, LocalDateTime to, Consumer<AuditEvent> sink) {
        jdbc.forEach("SELECT at, actor, action, entity, entity_id, detail FROM audit_event WHERE at >= ? AND at < ? "
                + "ORDER BY id", row -> sink.accept(map(row)), from, to);
    }

    /** The typed text as a LIKE pattern that matches it anywhere, with % and _ taken literally. */
    private static String likePattern(String text) {
        return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    private static AuditEvent map(ResultSet row) throws SQLException {
        return new AuditEvent(row.getTimestamp(1).toLocalDateTime(), row.getString(2), AuditAction.valueOf(row.getString(3)),
                row.getString(4), row.getString(5), row.getString(6));
    }

    public List<AuditEvent> latest(int limit) {
        return jdbc.list("SELECT at, actor, action, entity, entity_id, detail FROM audit_event ORDER BY id DESC LIMIT ?",
                AuditLog::map, limit);
    }

    /** The actor may be whatever was typed as a user name; an audit entry must never fail on its length. */
    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
