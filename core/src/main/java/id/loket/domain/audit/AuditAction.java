package id.loket.domain.audit;

import id.loket.domain.text.LabelPrefix;

/** What was done to personal data, or to the system that keeps it. */
@LabelPrefix("audit.action.")
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
    /** A desil / PKH list set households' flags. */
    SOCIAL_LIST_IMPORTED,
    /** A supervisor corrected a saved registration; the detail holds the values before and after. */
    REGISTRATION_CORRECTED,
    /** The office set or cleared the day a household with a failed or pending registration is asked back. */
    FOLLOW_UP_SCHEDULED,
    /** A household on no RT list was added at the counter (a walk-in). */
    HOUSEHOLD_ADDED,
    /** A household was changed at the counter (ASN flag, a member recorded). */
    HOUSEHOLD_CHANGED,
    /** A resident did not consent; only the fact is recorded, nothing personal. */
    CONSENT_REFUSED,
    /** A schedule per RT was planned or re-planned and became the schedule in force. */
    SCHEDULE_PLANNED,
    /** A report made in the office was sent to the printer (names and addresses on paper). */
    REPORT_PRINTED,
    /** A service other than the Perlinsos registration was recorded at a counter (what was done, outcome). */
    SERVICE_RECORDED,
    /** The office recorded why a household on the list is not registered (moved out, died, ...). */
    HOUSEHOLD_EXPLAINED,
    /** A supervisor took back such an explanation. */
    EXPLANATION_UNDONE,
    /** Paper SKM questionnaires were imported (counts only: a questionnaire names no one). */
    SKM_IMPORTED,
    /** Everything recorded for one person (by NIK) was shown on the person page at the counter. */
    PERSON_READ,
    /** An SSN card request (new, lost or damaged card) was recorded at the counter. */
    SSN_REQUEST_RECORDED,
    /** The city's list of SSN recipients replaced the one the office had. */
    SSN_RECIPIENTS_IMPORTED,
    /** The day closed at queue.day-closes-at: its file written into the outbox, or why it could not be. */
    DAY_CLOSED,
    /** An agent recorded a complaint or suggestion (its text stays out of the trail). */
    COMPLAINT_RECORDED,
    /** Someone opened the list of complaints or one complaint (personal data shown). */
    COMPLAINT_READ,
    /** A supervisor assigned, answered or closed a complaint. */
    COMPLAINT_HANDLED,
    /** A supervisor wrote or withdrew a notice to the public. */
    SERVICE_NOTICE_CHANGED,
    /** A pekerja rentan (JKK/JKM) proposal was made at a counter. */
    JKK_PROPOSAL_SAVED,
    /** A supervisor moved a pekerja rentan proposal along its flow (verified, checked by BPJS, set, refused). */
    JKK_PROPOSAL_STATUS_CHANGED,
    /** A supervisor ended a person's JKK/JKM cover for a reason of Pasal 10. */
    JKK_PROPOSAL_TERMINATED,
    /** A supervisor changed the responsible office of a Lampiran I row. */
    JKK_DATA_OFFICE_CHANGED
}
