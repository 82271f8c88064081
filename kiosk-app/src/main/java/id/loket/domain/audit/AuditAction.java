package id.loket.domain.audit;

/** What was done to personal data, or to the system that keeps it. */
public enum AuditAction {
    LOGIN,
    LOGIN_FAILED,
    ACCOUNT_CHANGED,
    HOUSEHOLD_READ,
    REGISTRATION_SAVED,
    RT_LIST_IMPORTED,
    EXPORT,
    BACKUP,
    RESTORE,
    PURGE,
    DEMO_DATA_CREATED,
    /** A household on no RT list was added at the counter (a walk-in). */
    HOUSEHOLD_ADDED,
    /** A household was changed at the counter (ASN flag, a member recorded). */
    HOUSEHOLD_CHANGED,
    /** A resident did not consent; only the fact is recorded, nothing personal. */
    CONSENT_REFUSED
}
