package id.loket.domain.account;

/** What an account may do: agents serve at the counter, supervisors (lurah, admin) run the office. */
public enum Role {
    AGENT,
    SUPERVISOR;

    public boolean mayUseOffice() {
        return this == SUPERVISOR;
    }
}
