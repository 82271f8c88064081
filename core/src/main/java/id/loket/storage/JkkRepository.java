package id.loket.storage;

import id.loket.domain.jkk.DataOffice;
import id.loket.domain.jkk.JobType;
import id.loket.domain.jkk.Poverty;
import id.loket.domain.jkk.Proposal;
import id.loket.domain.jkk.ProposalDraft;
import id.loket.domain.jkk.ProposalStatus;
import id.loket.domain.jkk.Termination;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/** Pekerja rentan proposals, their status history, and Lampiran I (tables of V20). */
public final class JkkRepository {

    private static final String SELECT = """
            SELECT id, proposal_year, nik, name, birth_place, birth_date, address, phone, job_type, job_specific,
                   ktp_occupation, data_office_row, data_office, monthly_income, umk, umk_year, poverty,
                   domicile_since, extreme_poor, disability, registered_on, status, status_reason, termination,
                   terminated_on, saved_at
            FROM jkk_proposal
            """;

    private final Jdbc jdbc;

    public JkkRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** Saves a checked draft; call inside the transaction that also writes its history and audit event. */
    public Proposal insert(ProposalDraft draft, DataOffice office, BigDecimal umk, int umkYear, LocalDate day,
                           int counterNumber, long agentId, LocalDateTime now) {
        var applicant = draft.applicant();
        long id = jdbc.insert("""
                INSERT INTO jkk_proposal (proposal_year, nik, name, birth_place, birth_date, address, phone, job_type,
                    job_specific, ktp_occupation, data_office_row, data_office, monthly_income, umk, umk_year, poverty,
                    domicile_since, extreme_poor, disability, registered_on, status, ticket_id, counter_number,
                    agent_id, saved_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, day.getYear(), applicant.nik().digits(), draft.name(), draft.birthPlace(),
                applicant.nik().birthDate(), draft.address(), draft.phone(), String.valueOf(applicant.job().letter()),
                draft.jobSpecific(), draft.ktpOccupation(), office.rowNo(), office.office(), applicant.monthlyIncome(),
                umk, umkYear, applicant.poverty(), applicant.domicileSince(), applicant.extremePoor(),
                applicant.disability(), day, ProposalStatus.DIAJUKAN, draft.ticketId(), counterNumber, agentId, now);
        return find(id).orElseThrow();
    }

    public Optional<Proposal> find(long id) {
        return jdbc.one(SELECT + " WHERE id = ?", JkkRepository::map, id);
    }

    public Optional<Proposal> find(int year, String nik) {
        return jdbc.one(SELECT + " WHERE proposal_year = ? AND nik = ?", JkkRepository::map, year, nik);
    }

    /** A person's proposals over the years, the latest first. */
    public List<Proposal> ofPerson(String nik) {
        return jdbc.list(SELECT + " WHERE nik = ? ORDER BY proposal_year DESC", JkkRepository::map, nik);
    }

    /** The proposals of a year, in no particular order (the service sorts them). */
    public List<Proposal> ofYear(int year) {
        return jdbc.list(SELECT + " WHERE proposal_year = ? ORDER BY id", JkkRepository::map, year);
    }

    public void setStatus(long id, ProposalStatus status, Optional<String> reason) {
        jdbc.update("UPDATE jkk_proposal SET status = ?, status_reason = ? WHERE id = ?", status, reason, id);
    }

    public void terminate(long id, Termination termination, LocalDate on, Optional<String> note) {
        jdbc.update("""
                UPDATE jkk_proposal SET status = ?, status_reason = ?, termination = ?, terminated_on = ? WHERE id = ?
                """, ProposalStatus.BERHENTI, note, termination, on, id);
    }

    public void recordStatus(long proposalId, ProposalStatus status, Optional<String> reason, String changedBy,
                             LocalDateTime at) {
        jdbc.insert("""
                INSERT INTO jkk_proposal_status (proposal_id, status, reason, changed_by, changed_at) VALUES (?, ?, ?, ?, ?)
                """, proposalId, status, reason, changedBy, at);
    }

    /** The statuses a proposal went through, oldest first: status, reason, who, when. */
    public List<StatusChange> history(long proposalId) {
        return jdbc.list("""
                SELECT status, reason, changed_by, changed_at FROM jkk_proposal_status WHERE proposal_id = ?
                ORDER BY changed_at, id
                """, row -> new StatusChange(ProposalStatus.valueOf(row.getString(1)), Jdbc.text(row, "reason"),
                row.getString(3), row.getTimestamp(4).toLocalDateTime()), proposalId);
    }

    public record StatusChange(ProposalStatus status, Optional<String> reason, String changedBy, LocalDateTime at) {
    }

    /** Lampiran I in its order. */
    public List<DataOffice> dataOffices() {
        return jdbc.list("SELECT row_no, job_label, job_type, office, extra_documents FROM jkk_data_office ORDER BY row_no",
                JkkRepository::mapOffice);
    }

    public Optional<DataOffice> dataOffice(int rowNo) {
        return jdbc.one("SELECT row_no, job_label, job_type, office, extra_documents FROM jkk_data_office WHERE row_no = ?",
                JkkRepository::mapOffice, rowNo);
    }

    public void updateDataOffice(int rowNo, String office, Optional<String> extraDocuments, String changedBy,
                                 LocalDateTime at) {
        jdbc.update("UPDATE jkk_data_office SET office = ?, extra_documents = ?, changed_by = ?, changed_at = ? "
                + "WHERE row_no = ?", office, extraDocuments, changedBy, at, rowNo);
    }

    private static DataOffice mapOffice(ResultSet row) throws SQLException {
        return new DataOffice(row.getInt("row_no"), row.getString("job_label"),
                Jdbc.text(row, "job_type").flatMap(letter -> JobType.fromLetter(letter.charAt(0))),
                row.getString("office"), Jdbc.text(row, "extra_documents"));
    }

    private static Proposal map(ResultSet row) throws SQLException {
        return new Proposal(row.getLong("id"), row.getInt("proposal_year"), row.getString("nik"), row.getString("name"),
                row.getString("birth_place"), row.getDate("birth_date").toLocalDate(), row.getString("address"),
                Jdbc.text(row, "phone"), JobType.fromLetter(row.getString("job_type").charAt(0)).orElseThrow(),
                row.getString("job_specific"), Jdbc.text(row, "ktp_occupation"), row.getInt("data_office_row"),
                row.getString("data_office"), row.getBigDecimal("monthly_income"), row.getBigDecimal("umk"),
                row.getInt("umk_year"), Poverty.valueOf(row.getString("poverty")),
                row.getDate("domicile_since").toLocalDate(), row.getBoolean("extreme_poor"),
                row.getBoolean("disability"), row.getDate("registered_on").toLocalDate(),
                ProposalStatus.valueOf(row.getString("status")), Jdbc.text(row, "status_reason"),
                Jdbc.text(row, "termination").map(Termination::valueOf),
                Optional.ofNullable(row.getDate("terminated_on")).map(java.sql.Date::toLocalDate),
                row.getTimestamp("saved_at").toLocalDateTime());
    }
}
