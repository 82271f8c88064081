package id.loket.storage;

import id.loket.domain.servicerecord.InformationTopic;
import id.loket.domain.servicerecord.IkdNotActivatedReason;
import id.loket.domain.servicerecord.ServiceKind;
import id.loket.domain.servicerecord.ServiceOutcome;
import id.loket.domain.servicerecord.ServiceRecord;
import id.loket.domain.servicerecord.ServiceRecordDraft;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/** The short records of the services other than the Perlinsos registration (no personal data but the note). */
public final class ServiceRecordRepository {

    private static final String SELECT = """
            SELECT id, ticket_id, service_code, kind, outcome, reason, topic, note, counter_number, agent_id, saved_at
            FROM service_record
            """;

    private final Jdbc jdbc;

    public ServiceRecordRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** Saves a draft without problems; call inside the transaction that also writes its audit event. */
    public ServiceRecord insert(ServiceRecordDraft draft, int counterNumber, long agentId, LocalDateTime now) {
        long id = jdbc.insert("""
                INSERT INTO service_record (ticket_id, service_code, kind, outcome, reason, topic, note,
                                            counter_number, agent_id, saved_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, draft.ticketId(), draft.serviceCode(), draft.kind(), draft.outcome().orElseThrow(),
                draft.reason(), draft.topic(), draft.note(), counterNumber, agentId, now);
        return find(id).orElseThrow();
    }

    public Optional<ServiceRecord> find(long id) {
        return jdbc.one(SELECT + " WHERE id = ?", ServiceRecordRepository::map, id);
    }

    /** How many services ended each way on a day, at every counter. */
    public Map<ServiceOutcome, Integer> outcomesOn(LocalDate day) {
        Map<ServiceOutcome, Integer> counts = new EnumMap<>(ServiceOutcome.class);
        jdbc.forEach("""
                SELECT outcome, COUNT(*) FROM service_record WHERE saved_at >= ? AND saved_at < ? GROUP BY outcome
                """, row -> counts.put(ServiceOutcome.valueOf(row.getString(1)), row.getInt(2)),
                day.atStartOfDay(), day.plusDays(1).atStartOfDay());
        return counts;
    }

    private static ServiceRecord map(ResultSet row) throws SQLException {
        long ticketId = row.getLong("ticket_id");
        Optional<Long> ticket = row.wasNull() ? Optional.empty() : Optional.of(ticketId);
        return new ServiceRecord(row.getLong("id"), ticket, row.getString("service_code"),
                ServiceKind.valueOf(row.getString("kind")), ServiceOutcome.valueOf(row.getString("outcome")),
                Jdbc.text(row, "reason").map(IkdNotActivatedReason::valueOf),
                Jdbc.text(row, "topic").map(InformationTopic::valueOf), Jdbc.text(row, "note"),
                row.getInt("counter_number"), row.getLong("agent_id"), row.getTimestamp("saved_at").toLocalDateTime());
    }
}
