package id.loket.storage;

import java.time.LocalDateTime;
import java.util.Optional;

/**
 * Failed logins under names that have no active account, counted like an account's own, so that a
 * login's answer does not tell which user names exist.
 */
public final class UnknownNameLoginRepository {

    /** The audit's actor column is as wide; a longer typed name is counted under its first 60 characters. */
    private static final int NAME_LENGTH = 60;

    /** How many wrong logins a name has had, and until when it is locked, if it is. */
    public record Attempts(int failedLogins, Optional<LocalDateTime> lockedUntil) {

        public static final Attempts NONE = new Attempts(0, Optional.empty());
    }

    private final Jdbc jdbc;

    public UnknownNameLoginRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    public Attempts attempts(String username) {
        return jdbc.one("SELECT failed_logins, locked_until FROM unknown_name_login WHERE username = ?",
                row -> new Attempts(row.getInt(1), Jdbc.time(row, "locked_until")), key(username))
                .orElse(Attempts.NONE);
    }

    /** One more wrong login under {@code username}; {@code lockUntil} as for an account. */
    public void recordFailedLogin(String username, Optional<LocalDateTime> lockUntil) {
        jdbc.update("""
                MERGE INTO unknown_name_login t USING (VALUES (CAST(? AS VARCHAR(60)), CAST(? AS TIMESTAMP))) s (n, l)
                ON t.username = s.n
                WHEN MATCHED THEN UPDATE SET failed_logins = t.failed_logins + 1, locked_until = s.l
                WHEN NOT MATCHED THEN INSERT (username, failed_logins, locked_until) VALUES (s.n, 1, s.l)
                """, key(username), lockUntil);
    }

    private static String key(String username) {
        return username.length() <= NAME_LENGTH ? username : username.substring(0, NAME_LENGTH);
    }
}
