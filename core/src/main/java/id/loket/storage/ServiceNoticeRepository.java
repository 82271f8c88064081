package id.loket.storage;

import id.loket.domain.notice.ServiceNotice;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** The office's notices to the public; a withdrawn notice stays for the record but is never shown again. */
public final class ServiceNoticeRepository {

    private static final String SELECT = "SELECT id, body, starts_on, ends_on, written_by, written_at FROM service_notice";

    private final Jdbc jdbc;

    public ServiceNoticeRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    public ServiceNotice insert(String text, LocalDate from, LocalDate to, String by, LocalDateTime at) {
        long id = jdbc.insert("INSERT INTO service_notice (body, starts_on, ends_on, written_by, written_at) VALUES (?, ?, ?, ?, ?)",
                text, from, to, by, at);
        return new ServiceNotice(id, text, from, to, by, at);
    }

    /** Notices in force on {@code day}, oldest first (the order they were written). */
    public List<ServiceNotice> inForceOn(LocalDate day) {
        return jdbc.list(SELECT + " WHERE withdrawn_at IS NULL AND starts_on <= ? AND ends_on >= ? ORDER BY written_at, id",
                ServiceNoticeRepository::map, day, day);
    }

    /** Notices not withdrawn whose last day is {@code day} or later: in force now or still to come. */
    public List<ServiceNotice> currentAndUpcoming(LocalDate day) {
        return jdbc.list(SELECT + " WHERE withdrawn_at IS NULL AND ends_on >= ? ORDER BY starts_on, id",
                ServiceNoticeRepository::map, day);
    }

    /** False when it was withdrawn already (or is gone). */
    public boolean withdraw(long id, String by, LocalDateTime at) {
        return jdbc.update("UPDATE service_notice SET withdrawn_at = ?, withdrawn_by = ? WHERE id = ? AND withdrawn_at IS NULL",
                at, by, id) == 1;
    }

    private static ServiceNotice map(ResultSet row) throws SQLException {
        return new ServiceNotice(row.getLong("id"), row.getString("body"), row.getDate("starts_on").toLocalDate(),
                row.getDate("ends_on").toLocalDate(), row.getString("written_by"),
                row.getTimestamp("written_at").toLocalDateTime());
    }
}
