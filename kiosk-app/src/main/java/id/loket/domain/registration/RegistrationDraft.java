package id.loket.domain.registration;

import id.loket.domain.text.Message;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the agent has filled in at the counter before saving. {@link #problems()} lists what still
 * stops it from being saved, each as a message that says what to do.
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

    public List<Message> problems() {
        List<Message> problems = new ArrayList<>();
        if (!consentGiven) {
            problems.add(Message.of("registration.problem.noConsent"));
        }
        if (outcome == Outcome.GAGAL && failureReason.isEmpty()) {
            problems.add(Message.of("registration.problem.failureNeedsReason"));
        }
        if (outcome == Outcome.GAGAL && failureReason.filter(r -> r == FailureReason.OTHER).isPresent()
                && outcomeNote.isEmpty()) {
            problems.add(Message.of("registration.problem.otherNeedsNote"));
        }
        if (outcome == Outcome.PERLU_TINDAK_LANJUT && outcomeNote.isEmpty()) {
            problems.add(Message.of("registration.problem.followUpNeedsNote"));
        }
        if (outcome == Outcome.PERLU_TINDAK_LANJUT && followUpOn.isEmpty()) {
            problems.add(Message.of("registration.problem.followUpNeedsDate"));
        }
        phone.filter(p -> !p.matches(PHONE_PATTERN))
                .ifPresent(p -> problems.add(Message.of("registration.problem.badPhone", p)));
        outcomeNote.filter(n -> n.length() > MAX_TEXT)
                .ifPresent(n -> problems.add(Message.of("registration.problem.tooLong", String.valueOf(MAX_TEXT))));
        portalReference.filter(r -> r.length() > 64)
                .ifPresent(r -> problems.add(Message.of("registration.problem.referenceTooLong")));
        return problems;
    }
}
