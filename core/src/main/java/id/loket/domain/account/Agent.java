package id.loket.domain.account;

/** A person who logs in: an agent at a counter or a supervisor. */
public record Agent(long id, String username, String displayName, Role role, boolean demo) {
}
