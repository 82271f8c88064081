package id.loket.service.security;

import id.loket.domain.account.Agent;
import id.loket.domain.account.PinHasher;
import id.loket.domain.account.Role;
import id.loket.domain.audit.AuditAction;
import id.loket.domain.text.Message;
import id.loket.storage.AgentRepository;
import id.loket.storage.AuditLog;
import id.loket.storage.Jdbc;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The supervisor's care of accounts: new agents and supervisors, a new PIN, a locked account opened
 * again, an account deactivated (someone left the office) or reactivated. Every change is audited;
 * PINs are only ever stored hashed.
 */
public final class AccountService {

    /** A row of the accounts list; a deactivated account ({@code active} false) cannot log in. */
    public record Row(Agent agent, boolean lockedNow, boolean active) {
    }

    private static final String USERNAME = "[a-z][a-z0-9._-]{2,29}";

    private final Jdbc jdbc;
    private final AgentRepository agents;
    private final PinHasher hasher;
    private final AuditLog audit;
    private final int pinMinLength;
    private final Clock clock;

    public AccountService(Jdbc jdbc, AgentRepository agents, PinHasher hasher, AuditLog audit, int pinMinLength,
                    Clock clock) {
        this.jdbc = jdbc;
        this.agents = agents;
        this.hasher = hasher;
        this.audit = audit;
        this.pinMinLength = pinMinLength;
        this.clock = clock;
    }

    public List<Row> list() {
        LocalDateTime now = LocalDateTime.now(clock);
        return agents.listed().stream()
                .map(l -> new Row(l.agent(), l.lockedUntil().filter(now::isBefore).isPresent(), l.active()))
                .toList();
    }

    /** What is wrong with a new PIN, typed twice; empty when it may be used. */
    public List<Message> pinProblems(char[] pin, char[] again) {
        List<Message> problems = new ArrayList<>();
        String typed = new String(pin);
        if (!typed.matches("\\d{" + pinMinLength + ",12}")) {
            problems.add(Message.of("account.problem.pinForm", String.valueOf(pinMinLength)));
        } else if (typed.chars().distinct().count() == 1 || "0123456789".contains(typed)
                || "9876543210".contains(typed)) {
            problems.add(Message.of("account.problem.pinGuessable"));
        }
        if (!typed.equals(new String(again))) {
            problems.add(Message.of("account.problem.pinMismatch"));
        }
        return problems;
    }

    /** Makes an account; the problems, or none when it was made. */
    public List<Message> create(String username, String displayName, Role role, char[] pin, char[] again,
                                String supervisor) {
        List<Message> problems = new ArrayList<>();
        String name = username.strip().toLowerCase();
        if (!name.matches(USERNAME)) {
            problems.add(Message.of("account.problem.username"));
        } else if (agents.usernameTaken(name)) {
            problems.add(Message.of("account.problem.usernameTaken", name));
        }
        if (displayName.isBlank()) {
            problems.add(Message.of("account.problem.displayName"));
        }
        problems.addAll(pinProblems(pin, again));
        if (!problems.isEmpty()) {
            return problems;
        }
        String hash = hasher.hash(pin);
        jdbc.inTransaction(() -> {
            long id = agents.insert(name, displayName.strip(), role, hash, false);
            audit.record(supervisor, AuditAction.ACCOUNT_CHANGED, "agent", String.valueOf(id), "created " + role);
            return id;
        });
        return List.of();
    }

    /** True on a new install: nobody can log in yet, so the first start asks for the supervisor. */
    public boolean noAccounts() {
        return agents.count() == 0;
    }

    /**
     * The first supervisor of a new install. Refused once any account exists, so this door cannot
     * be used to add a supervisor later without one.
     */
    public List<Message> createFirstSupervisor(String username, String displayName, char[] pin, char[] again) {
        if (!noAccounts()) {
            return List.of(Message.of("account.problem.notFirst"));
        }
        return create(username, displayName, Role.SUPERVISOR, pin, again, "first-start");
    }

    /** Sets a new PIN (and opens the account if it was locked); the problems, or none when done. */
    public List<Message> setPin(Agent agent, char[] pin, char[] again, String supervisor) {
        List<Message> problems = pinProblems(pin, again);
        if (!problems.isEmpty()) {
            return problems;
        }
        String hash = hasher.hash(pin);
        jdbc.inTransaction(() -> {
            agents.setPin(agent.id(), hash);
            audit.record(supervisor, AuditAction.ACCOUNT_CHANGED, "agent", String.valueOf(agent.id()), "new PIN");
            return null;
        });
        return List.of();
    }

    public void unlock(Agent agent, String supervisor) {
        jdbc.inTransaction(() -> {
            agents.unlock(agent.id());
            audit.record(supervisor, AuditAction.ACCOUNT_CHANGED, "agent", String.valueOf(agent.id()), "unlocked");
            return null;
        });
    }

    /**
     * Shuts an account: it can no longer log in (the login answers as for a name with no account), and
     * it stays in the list and the audit trail. Refused for the supervisor's own account and for the
     * last active supervisor, since nobody could then open the office, make accounts or restore.
     */
    public List<Message> deactivate(Agent agent, String supervisor) {
        if (agent.username().equals(supervisor)) {
            return List.of(Message.of("account.problem.deactivateSelf"));
        }
        return jdbc.inTransaction(() -> {
            if (agent.role() == Role.SUPERVISOR) {
                List<Long> supervisors = agents.lockActiveSupervisors();
                if (supervisors.contains(agent.id()) && supervisors.size() == 1) {
                    return List.of(Message.of("account.problem.lastSupervisor", agent.displayName()));
                }
            }
            agents.setActive(agent.id(), false);
            audit.record(supervisor, AuditAction.ACCOUNT_CHANGED, "agent", String.valueOf(agent.id()), "deactivated");
            return List.<Message>of();
        });
    }

    /** Opens a deactivated account again, with its PIN as it was (set a new one if it was forgotten). */
    public void reactivate(Agent agent, String supervisor) {
        jdbc.inTransaction(() -> {
            agents.setActive(agent.id(), true);
            audit.record(supervisor, AuditAction.ACCOUNT_CHANGED, "agent", String.valueOf(agent.id()), "reactivated");
            return null;
        });
    }

    public Optional<Row> find(String username) {
        return list().stream().filter(r -> r.agent().username().equals(username)).findFirst();
    }
}
