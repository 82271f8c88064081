package id.loket.storage;

import id.loket.domain.account.Agent;
import id.loket.domain.account.Role;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/** Agent and supervisor accounts. PINs are stored only as slow salted hashes. */
public final class AgentRepository {

    /** An account with what the login check needs. */
    public record Credentials(Agent agent, String pinHash, int failedLogins, Optional<LocalDateTime> lockedUntil) {
    }

    private final Jdbc jdbc;

    public AgentRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(String username, String displayName, Role role, String pinHash, boolean demo) {
        return jdbc.insert("""
                INSERT INTO agent_account (username, display_name, role, pin_hash, demo) VALUES (?, ?, ?, ?, ?)
                """, username, displayName, role, pinHash, demo);
    }

    public Optional<Credentials> credentials(String username) {
        return jdbc.one("""
                SELECT id, username, display_name, role, demo, pin_hash, failed_logins, locked_until
                FROM agent_account WHERE username = ? AND active
                """, row -> new Credentials(
                new Agent(row.getLong(1), row.getString(2), row.getString(3), Role.valueOf(row.getString(4)),
                        row.getBoolean(5)),
                row.getString(6), row.getInt(7), Jdbc.time(row, "locked_until")), username);
    }

    public void recordFailedLogin(long agentId, Optional<LocalDateTime> lockUntil) {
        jdbc.update("UPDATE agent_account SET failed_logins = failed_logins + 1, locked_until = ? WHERE id = ?",
                lockUntil, agentId);
    }

    public void recordSuccessfulLogin(long agentId) {
        jdbc.update("UPDATE agent_account SET failed_logins = 0, locked_until = NULL WHERE id = ?", agentId);
    }

    public long count() {
        return jdbc.count("SELECT COUNT(*) FROM agent_account");
    }

    /**
     * An account as the office lists it: who, which role, whether demo, whether locked now, and whether
     * it may log in at all ({@code active}).
     */
    public record Listed(Agent agent, int failedLogins, Optional<LocalDateTime> lockedUntil, boolean active) {
    }

    /** Every account, the active ones first (a deactivated one is listed so that it can be reactivated). */
    public List<Listed> listed() {
        return jdbc.list("""
                SELECT id, username, display_name, role, demo, failed_logins, locked_until, active
                FROM agent_account ORDER BY active DESC, role DESC, display_name
                """, row -> new Listed(new Agent(row.getLong(1), row.getString(2), row.getString(3),
                Role.valueOf(row.getString(4)), row.getBoolean(5)), row.getInt(6), Jdbc.time(row, "locked_until"),
                row.getBoolean(8)));
    }

    /**
     * The ids of the active supervisors, their rows locked until the transaction ends: two supervisors
     * deactivating each other at the same moment cannot both pass the "not the last one" check.
     */
    public List<Long> lockActiveSupervisors() {
        return jdbc.list("SELECT id FROM agent_account WHERE role = 'SUPERVISOR' AND active FOR UPDATE",
                row -> row.getLong(1));
    }

    /** Whether the account may log in; a deactivated one is kept (the audit trail names it) but shut. */
    public void setActive(long agentId, boolean active) {
        jdbc.update("UPDATE agent_account SET active = ?, failed_logins = 0, locked_until = NULL WHERE id = ?",
                active, agentId);
    }

    public void setPin(long agentId, String pinHash) {
        jdbc.update("UPDATE agent_account SET pin_hash = ?, failed_logins = 0, locked_until = NULL WHERE id = ?",
                pinHash, agentId);
    }

    public void unlock(long agentId) {
        jdbc.update("UPDATE agent_account SET failed_logins = 0, locked_until = NULL WHERE id = ?", agentId);
    }

    public boolean usernameTaken(String username) {
        return jdbc.count("SELECT COUNT(*) FROM agent_account WHERE LOWER(username) = LOWER(?)", username) > 0;
    }
}
