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
    DEMO_DATA_CREATED
}
