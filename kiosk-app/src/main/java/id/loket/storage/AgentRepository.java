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

    public List<Agent> activeAgents() {
        return jdbc.list("""
                SELECT id, username, display_name, role, demo FROM agent_account WHERE active ORDER BY display_name
                """, row -> new Agent(row.getLong(1), row.getString(2), row.getString(3),
                Role.valueOf(row.getString(4)), row.getBoolean(5)));
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

    /** An account as the office lists it: who, which role, whether demo, and whether locked now. */
    public record Listed(Agent agent, int failedLogins, Optional<LocalDateTime> lockedUntil) {
    }

    public List<Listed> listed() {
        return jdbc.list("""
                SELECT id, username, display_name, role, demo, failed_logins, locked_until
                FROM agent_account WHERE active ORDER BY role DESC, display_name
                """, row -> new Listed(new Agent(row.getLong(1), row.getString(2), row.getString(3),
                Role.valueOf(row.getString(4)), row.getBoolean(5)), row.getInt(6), Jdbc.time(row, "locked_until")));
    }

    public void setPin(long agentId, String pinHash) {
        jdbc.update("UPDATE agent_account SET pin_hash = ?, failed_logins = 0, locked_until = NULL WHERE id = ?",
                pinHash, agentId);
    }

    public void unlock(long agentId) {
        jdbc.update("UPDATE agent_account SET failed_logins = 0, locked_until = NULL WHERE id = ?", agentId);
    }

    /** The account can no longer log in; its rows stay, so past tickets and audit entries keep its name. */
    public void deactivate(long agentId) {
        jdbc.update("UPDATE agent_account SET active = FALSE WHERE id = ?", agentId);
    }

    public long activeSupervisors() {
        return jdbc.count("SELECT COUNT(*) FROM agent_account WHERE active AND role = ?", Role.SUPERVISOR);
    }

    public boolean usernameTaken(String username) {
        return jdbc.count("SELECT COUNT(*) FROM agent_account WHERE LOWER(username) = LOWER(?)", username) > 0;
    }
}
