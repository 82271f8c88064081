package id.loket.service.security;

import id.loket.domain.audit.AuditAction;
import id.loket.domain.account.Agent;
import id.loket.domain.account.PinHasher;
import id.loket.storage.AgentRepository;
import id.loket.storage.AuditLog;
import id.loket.storage.UnknownNameLoginRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Optional;

/**
 * Logs agents in by PIN. After {@link #MAX_FAILURES} wrong PINs in a row the account is locked for
 * {@link #LOCK_TIME}; every attempt, good or bad, is audited.
 *
 * <p>A name that has no account gets exactly the answers a real account with a wrong PIN gets: the
 * same count of tries left, the same lock after {@link #MAX_FAILURES}, kept in the database as an
 * account's are, and the same PIN-hash work, so neither the words nor the time tell which names
 * exist. The count of tries left stays on screen: it warns a real user before their account locks.
 */
public final class LoginService {

    static final int MAX_FAILURES = 5;
    static final Duration LOCK_TIME = Duration.ofMinutes(5);

    public sealed interface LoginResult permits LoggedIn, WrongPin, Locked {
    }

    public record LoggedIn(Agent agent) implements LoginResult {
    }

    /** Unknown user or wrong PIN: the same answer, counted the same way, so names cannot be probed. */
    public record WrongPin(int triesLeft) implements LoginResult {
    }

    public record Locked(LocalDateTime until) implements LoginResult {
    }

    private final AgentRepository agents;
    private final UnknownNameLoginRepository unknownNames;
    private final PinHasher hasher;
    /** Checked instead of a stored hash when the name has no account; see the class comment. */
    private final String decoyHash;
    private final AuditLog audit;
    private final Clock clock;

    public LoginService(AgentRepository agents, UnknownNameLoginRepository unknownNames, PinHasher hasher,
                        AuditLog audit, Clock clock) {
        this.agents = agents;
        this.unknownNames = unknownNames;
        this.hasher = hasher;
        this.decoyHash = hasher.decoy();
        this.audit = audit;
        this.clock = clock;
    }

    public LoginResult login(String username, char[] pin) {
        try {
            return check(username.strip(), pin);
        } finally {
            Arrays.fill(pin, '\0');
        }
    }

    private LoginResult check(String username, char[] pin) {
        LocalDateTime now = LocalDateTime.now(clock);
        Optional<AgentRepository.Credentials> found = agents.credentials(username);
        if (found.isEmpty()) {
            return unknownName(username, pin, now);
        }
        AgentRepository.Credentials credentials = found.get();
        Agent agent = credentials.agent();
        if (credentials.lockedUntil().filter(now::isBefore).isPresent()) {
            audit.record(username, AuditAction.LOGIN_FAILED, "agent", String.valueOf(agent.id()), "locked");
            return new Locked(credentials.lockedUntil().get());
        }
        if (hasher.matches(pin, credentials.pinHash())) {
            agents.recordSuccessfulLogin(agent.id());
            audit.record(username, AuditAction.LOGIN, "agent", String.valueOf(agent.id()), agent.role().name());
            return new LoggedIn(agent);
        }
        int failures = credentials.failedLogins() + 1;
        Optional<LocalDateTime> lockUntil = failures >= MAX_FAILURES ? Optional.of(now.plus(LOCK_TIME)) : Optional.empty();
        agents.recordFailedLogin(agent.id(), lockUntil);
        audit.record(username, AuditAction.LOGIN_FAILED, "agent", String.valueOf(agent.id()), "wrong PIN " + failures);
        return lockUntil.<LoginResult>map(Locked::new).orElseGet(() -> new WrongPin(MAX_FAILURES - failures));
    }

    /** As {@link #check} answers an account with a wrong PIN, step by step; the audit says what it was. */
    private LoginResult unknownName(String username, char[] pin, LocalDateTime now) {
        UnknownNameLoginRepository.Attempts attempts = unknownNames.attempts(username);
        if (attempts.lockedUntil().filter(now::isBefore).isPresent()) {
            audit.record(username, AuditAction.LOGIN_FAILED, "agent", null, "unknown user, locked");
            return new Locked(attempts.lockedUntil().get());
        }
        if (hasher.matches(pin, decoyHash)) {
            // Random bytes that a PIN's hash equals: not in the life of this universe.
            throw new IllegalStateException("a PIN matched the decoy hash");
        }
        int failures = attempts.failedLogins() + 1;
        Optional<LocalDateTime> lockUntil = failures >= MAX_FAILURES
                ? Optional.of(now.plus(LOCK_TIME)) : Optional.empty();
        unknownNames.recordFailedLogin(username, lockUntil);
        audit.record(username, AuditAction.LOGIN_FAILED, "agent", null, "unknown user " + failures);
        return lockUntil.<LoginResult>map(Locked::new).orElseGet(() -> new WrongPin(MAX_FAILURES - failures));
    }
}
