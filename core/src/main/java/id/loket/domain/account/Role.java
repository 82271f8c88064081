package id.loket.domain.account;

import id.loket.domain.text.LabelPrefix;

/** What an account may do: agents serve at the counter, supervisors (lurah, admin) run the office. */
@LabelPrefix("role.")
public enum Role {
    AGENT,
    SUPERVISOR;

    public boolean mayUseOffice() {
        return this == SUPERVISOR;
    }
}
