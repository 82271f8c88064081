package id.loket.domain.registration;

import id.loket.domain.text.Message;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the agent has filled in at the counter before saving. {@link #problems()} lists what still
 * stops it from being saved, each as a message that says what to do; {@link #problemsByField()} says
 * which field each one is about, in the form's order, so the counter can put the cursor on the first.
 *
 * <p>{@code outcome} is null while none is chosen: the counter preselects none, because an outcome
 * the agent did not choose would be recorded as what the portal said.
 */
public record RegistrationDraft(
        long householdId,
        Optional<Long> ticketId,
        RegistrationPath path,
        IkdState ikdState,
        Optional<String> phone,
        boolean consentGiven,
        Outcome outcome,
        Optional<String> outcomeNote,
        Optional<String> portalReference,
        Optional<FailureReason> failureReason,
        Optional<LocalDate> followUpOn) {

    /** Indonesian mobile numbers: 08…, or +62 8…, 10 to 13 digits after the leading 0. */
    private static final String PHONE_PATTERN = "(\\+62|0)8\\d{8,11}";
    private static final int MAX_TEXT = 500;

    /** A draft without a listed failure reason or follow-up date (older callers, demo data). */
    public RegistrationDraft(long householdId, Optional<Long> ticketId, RegistrationPath path, IkdState ikdState,
                             Optional<String> phone, boolean consentGiven, Outcome outcome,
                             Optional<String> outcomeNote, Optional<String> portalReference) {
        this(householdId, ticketId, path, ikdState, phone, consentGiven, outcome, outcomeNote, portalReference,
                Optional.empty(), Optional.empty());
    }

    public RegistrationDraft {
        // Only what belongs to the outcome is kept: a reason typed before switching to BERHASIL is dropped.
        failureReason = outcome == Outcome.GAGAL ? failureReason : Optional.empty();
        followUpOn = outcome == Outcome.PERLU_TINDAK_LANJUT ? followUpOn : Optional.empty();
        phone = phone.map(String::strip).filter(p -> !p.isEmpty()).map(p -> p.replaceAll("[\\s.-]", ""));
        outcomeNote = outcomeNote.map(String::strip).filter(n -> !n.isEmpty());
        portalReference = portalReference.map(String::strip).filter(r -> !r.isEmpty());
    }

    /**
     * True when {@code saved} is this very draft saved for the same ticket: the same household, ticket and
     * answers. A counter that sends a save again because the first answer never came (the server PC went
     * away just after it committed) must get that registration back, not a second one for the household.
     * Without a ticket there is no visit to tell a repeat from a new registration, so none is the same.
     */
    public boolean isSavedAs(Registration saved) {
        return ticketId.isPresent() && saved.ticketId().equals(ticketId) && saved.householdId() == householdId
                && saved.path() == path && saved.ikdState() == ikdState && saved.phone().equals(phone)
                && saved.outcome() == outcome && saved.outcomeNote().equals(outcomeNote)
                && saved.portalReference().equals(portalReference) && saved.failureReason().equals(failureReason)
                && saved.followUpOn().equals(followUpOn);
    }

    /** The fields of the counter's form, top to bottom. */
    public enum Field { CONSENT, PATH, IKD_STATE, PHONE, OUTCOME, FAILURE_REASON, FOLLOW_UP_ON, OUTCOME_NOTE,
        PORTAL_REFERENCE }

    /** One thing that stops the draft from being saved, and the field it is about. */
    public record Problem(Field field, Message message) {
    }

    public List<Message> problems() {
        return problemsByField().stream().map(Problem::message).toList();
    }

    /** What stops the draft from being saved, in the order of the form's fields. */
    public List<Problem> problemsByField() {
        List<Problem> problems = new ArrayList<>();
        if (!consentGiven) {
            problems.add(new Problem(Field.CONSENT, Message.of("registration.problem.noConsent")));
        }
        // Paths (a) and (b) of the city's instruction go through the resident's IKD, so its state is known
        // and must be recorded; on path (c) the agent registers for the resident without it, and "not asked"
        // is then simply what happened.
        if (ikdState == IkdState.NOT_ASKED && path != RegistrationPath.OLEH_AGEN) {
            problems.add(new Problem(Field.IKD_STATE, Message.of("registration.problem.ikdNotAsked")));
        }
        phone.filter(p -> !p.matches(PHONE_PATTERN)).ifPresent(p ->
                problems.add(new Problem(Field.PHONE, Message.of("registration.problem.badPhone", p))));
        if (outcome == null) {
            problems.add(new Problem(Field.OUTCOME, Message.of("registration.problem.noOutcome")));
        }
        if (outcome == Outcome.GAGAL && failureReason.isEmpty()) {
            problems.add(new Problem(Field.FAILURE_REASON, Message.of("registration.problem.failureNeedsReason")));
        }
        if (outcome == Outcome.PERLU_TINDAK_LANJUT && followUpOn.isEmpty()) {
            problems.add(new Problem(Field.FOLLOW_UP_ON, Message.of("registration.problem.followUpNeedsDate")));
        }
        if (outcome == Outcome.GAGAL && failureReason.filter(r -> r == FailureReason.OTHER).isPresent()
                && outcomeNote.isEmpty()) {
            problems.add(new Problem(Field.OUTCOME_NOTE, Message.of("registration.problem.otherNeedsNote")));
        }
        if (outcome == Outcome.PERLU_TINDAK_LANJUT && outcomeNote.isEmpty()) {
            problems.add(new Problem(Field.OUTCOME_NOTE, Message.of("registration.problem.followUpNeedsNote")));
        }
        outcomeNote.filter(n -> n.length() > MAX_TEXT).ifPresent(n -> problems.add(new Problem(Field.OUTCOME_NOTE,
                Message.of("registration.problem.tooLong", String.valueOf(MAX_TEXT)))));
        portalReference.filter(r -> r.length() > 64).ifPresent(r -> problems.add(new Problem(Field.PORTAL_REFERENCE,
                Message.of("registration.problem.referenceTooLong"))));
        return problems;
    }
}
