package id.loket.storage;

import id.loket.domain.nik.Nik;
import id.loket.domain.ssn.SsnCardRequest;
import id.loket.domain.ssn.SsnRequestDraft;
import id.loket.domain.ssn.SsnRequestKind;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** SSN card requests taken at the counter, and the city's list of SSN recipients. */
public final class SsnRepository {

    private static final String SELECT = """
            SELECT s.id, s.code, s.nik, s.name, s.kind, s.card_number, s.police_letter, s.phone, s.counter_number,
                   a.username, s.saved_at
            FROM ssn_card_request s JOIN agent_account a ON a.id = s.agent_id""";

    private final Jdbc jdbc;

    public SsnRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** Saves a checked request under the next code; the caller's transaction makes it and its audit one. */
    public SsnCardRequest insert(Nik nik, SsnRequestDraft draft, SsnRequestKind kind, Optional<Long> ticketId,
                                 int counterNumber, long agentId, LocalDateTime now) {
        String code = SsnCardRequest.codeFor(jdbc.count("SELECT NEXT VALUE FOR ssn_request_code_seq"));
        long id = jdbc.insert("""
                INSERT INTO ssn_card_request (code, nik, name, kind, card_number, police_letter, phone, ticket_id,
                                              counter_number, agent_id, saved_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", code, nik.digits(), draft.name(), kind,
                draft.givenCardNumber().orElse(null), draft.givenPoliceLetter().orElse(null),
                draft.givenPhone().orElse(null), ticketId.orElse(null), counterNumber, agentId, now);
        return find(id).orElseThrow();
    }

    public void attachDocument(long id, String path) {
        jdbc.update("UPDATE ssn_card_request SET document_path = ? WHERE id = ?", path, id);
    }

    public Optional<SsnCardRequest> find(long id) {
        return jdbc.one(SELECT + " WHERE s.id = ?", SsnRepository::map, id);
    }

    /** The person's requests, oldest first. */
    public List<SsnCardRequest> forNik(Nik nik) {
        return jdbc.list(SELECT + " WHERE s.nik = ? ORDER BY s.saved_at, s.id", SsnRepository::map, nik.digits());
    }

    /** Every request saved from {@code from} (inclusive) to {@code to} (exclusive), oldest first. */
    public void forEachBetween(LocalDateTime from, LocalDateTime to, Consumer<SsnCardRequest> sink) {
        jdbc.forEach(SELECT + " WHERE s.saved_at >= ? AND s.saved_at < ? ORDER BY s.saved_at, s.id",
                row -> sink.accept(map(row)), from, to);
    }

    /** The recipients' list entry of this NIK: its card number, when the city's list gave one. */
    public Optional<Optional<String>> recipient(Nik nik) {
        return jdbc.one("SELECT card_number FROM ssn_recipient WHERE nik = ?",
                row -> Optional.ofNullable(row.getString("card_number")), nik.digits());
    }

    /** Replaces the recipients' list whole; returns how many rows it now holds. */
    public long replaceRecipients(List<Recipient> recipients, String importedBy, LocalDateTime now) {
        jdbc.update("DELETE FROM ssn_recipient");
        return jdbc.batch("INSERT INTO ssn_recipient (nik, card_number, imported_at, imported_by) VALUES (?, ?, ?, ?)",
                recipients.stream().map(r -> new Object[] {r.nik().digits(), r.cardNumber().orElse(null), now,
                        importedBy}).toList());
    }

    /** One row of the city's recipients' list. */
    public record Recipient(Nik nik, Optional<String> cardNumber) {
    }

    private static SsnCardRequest map(ResultSet row) throws SQLException {
        return new SsnCardRequest(row.getLong("id"), row.getString("code"), Nik.ofStored(row.getString("nik")),
                row.getString("name"), SsnRequestKind.valueOf(row.getString("kind")),
                Jdbc.text(row, "card_number"), Jdbc.text(row, "police_letter"), Jdbc.text(row, "phone"),
                row.getInt("counter_number"), row.getString("username"),
                row.getTimestamp("saved_at").toLocalDateTime());
    }
}
