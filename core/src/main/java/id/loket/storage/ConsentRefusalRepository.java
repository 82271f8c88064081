package id.loket.storage;

import id.loket.domain.registration.RegistrationPath;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * Residents who did not consent to their data being recorded. Only the fact is kept (when, which agent,
 * which ticket, at which counter, on which path): no NIK, no name, no household.
 */
public final class ConsentRefusalRepository {

    private final Jdbc jdbc;

    public ConsentRefusalRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(LocalDateTime at, long agentId, Optional<Long> ticketId, int counterNumber,
                       RegistrationPath path) {
        return jdbc.insert("""
                INSERT INTO consent_refusal (refused_at, agent_id, ticket_id, counter_number, path)
                VALUES (?, ?, ?, ?, ?)
                """, at, agentId, ticketId, counterNumber, path);
    }

    /** How many refusals were recorded on a day, at any counter. */
    public int countOn(LocalDate day) {
        return (int) jdbc.count("SELECT COUNT(*) FROM consent_refusal WHERE refused_at >= ? AND refused_at < ?",
                day.atStartOfDay(), day.plusDays(1).atStartOfDay());
    }
}
