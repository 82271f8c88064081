package id.loket.service.registration;

import id.loket.documents.PaperSize;
import id.loket.documents.ReceiptDocument;
import id.loket.documents.ReceiptRenderer;
import id.loket.domain.account.Agent;
import id.loket.domain.account.Role;
import id.loket.domain.audit.AuditAction;
import id.loket.domain.nik.KkNumberValidator;
import id.loket.domain.nik.NikValidator;
import id.loket.domain.office.OfficeProfile;
import id.loket.domain.registration.FailureReason;
import id.loket.domain.registration.IkdState;
import id.loket.domain.registration.Outcome;
import id.loket.domain.registration.Registration;
import id.loket.domain.registration.RegistrationDraft;
import id.loket.domain.registration.RegistrationPath;
import id.loket.domain.text.Message;
import id.loket.domain.text.Texts;
import id.loket.storage.AuditLog;
import id.loket.storage.DocumentFolder;
import id.loket.storage.Jdbc;
import id.loket.storage.RegistrationCorrectionRepository;
import id.loket.domain.registration.Correction.Field;
import id.loket.domain.registration.Correction;
import id.loket.storage.RegistrationCorrectionRepository.Found;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A supervisor's correction of a saved registration (UU 27/2022: the right to correction; a wrong
 * outcome or portal reference typed at a busy counter). Only the fields the agent entered can change:
 * outcome, its failure reason, come-back day and note, portal reference, path, IKD state and phone;
 * never who was served or when. The counter's rules for a draft apply to the corrected record too.
 *
 * <p>The registration row takes the corrected values; the values before, the values after, who
 * corrected, when and why are kept in {@code registration_correction} and in the audit trail, in the
 * same transaction. The receipt is then made again for the corrected record and becomes the one a
 * reprint gives; the first receipt stays in the documents folder.
 */
public final class CorrectionService {

    /** What the supervisor wants the registration to say, and why. */
    public record Change(Outcome outcome, Optional<String> outcomeNote, Optional<String> portalReference,
                         RegistrationPath path, IkdState ikdState, Optional<String> phone,
                         Optional<FailureReason> failureReason, Optional<LocalDate> followUpOn, String reason) {
    }

    /** A registration found for correcting: the record, its household as lists show it, its corrections. */
    public record Candidate(Registration registration, String headName, String maskedNik, String rtLabel,
                            List<Correction> corrections) {
    }

    public sealed interface Result permits Refused, Rejected, Unchanged, Corrected {
    }

    /** The person may not correct registrations; nothing was read or changed. */
    public record Refused(Message why) implements Result {
    }

    /** The change cannot be saved as it is; each problem says what to fix. */
    public record Rejected(List<Message> problems) implements Result {
    }

    /** The change is what the registration already says: nothing to correct. */
    public record Unchanged() implements Result {
    }

    /** Corrected; the new receipt and where it is kept. */
    public record Corrected(Registration registration, List<Correction.Change> changes, byte[] receiptPdf,
                            Path receiptPath) implements Result {
    }

    /** A search and what it found, or why it was refused. */
    public record Search(Optional<Message> refused, List<Candidate> found) {
    }

    static final int MAX_REASON = 500;
    private static final Pattern CODE = Pattern.compile("(?i)\\s*(?:reg\\s*-?\\s*)?(\\d{1,9})\\s*");

    private final Jdbc jdbc;
    private final RegistrationCorrectionRepository store;
    private final NikValidator nikValidator;
    private final KkNumberValidator kkValidator;
    private final AuditLog audit;
    private final ReceiptRenderer receipts;
    private final PaperSize paper;
    private final DocumentFolder documents;
    private final ReceiptDocuments receiptDocuments;
    private final Clock clock;

    public CorrectionService(Jdbc jdbc, RegistrationCorrectionRepository store, NikValidator nikValidator,
                                   KkNumberValidator kkValidator, AuditLog audit, ReceiptRenderer receipts,
                                   PaperSize paper, DocumentFolder documents, OfficeProfile office, Texts texts,
                                   Clock clock) {
        this.jdbc = jdbc;
        this.store = store;
        this.nikValidator = nikValidator;
        this.kkValidator = kkValidator;
        this.audit = audit;
        this.receipts = receipts;
        this.paper = paper;
        this.documents = documents;
        this.receiptDocuments = new ReceiptDocuments(office, texts);
        this.clock = clock;
    }

    /**
     * Finds registrations by their code ("REG-000123", "reg 123" or "123") or by a NIK or KK number
     * of the household; audited as a read of the households found.
     */
    public Search find(String query, Agent actor) {
        if (actor.role() != Role.SUPERVISOR) {
            return new Search(Optional.of(Message.of("correction.supervisorOnly")), List.of());
        }
        String text = query == null ? "" : query.strip();
        List<Found> found = new ArrayList<>();
        Matcher code = CODE.matcher(text);
        String digits = text.replaceAll("[\\s.\\-]", "");
        if (digits.length() == 16 && digits.chars().allMatch(Character::isDigit)) {
            if (nikValidator.check(digits).valid() || kkValidator.check(digits).valid()) {
                found.addAll(store.byHouseholdNumber(digits));
            } else {
                return new Search(Optional.of(Message.of("correction.find.badNumber")), List.of());
            }
        } else if (code.matches()) {
            store.byCode(Registration.codeFor(Long.parseLong(code.group(1)))).ifPresent(found::add);
        } else {
            return new Search(Optional.of(Message.of("correction.find.how")), List.of());
        }
        List<Candidate> candidates = found.stream().map(this::candidate).toList();
        for (Found f : found) {
            audit.record(actor.username(), AuditAction.HOUSEHOLD_READ, "registration", f.registration().code(),
                    "found for correction, household " + f.registration().householdId());
        }
        return new Search(Optional.empty(), candidates);
    }

    /** Corrects the registration {@code registrationId}; refused for anyone but a supervisor. */
    public Result correct(long registrationId, Change change, Agent actor) {
        Objects.requireNonNull(change, "change");
        if (actor.role() != Role.SUPERVISOR) {
            audit.record(actor.username(), AuditAction.REGISTRATION_CORRECTED, "registration",
                    String.valueOf(registrationId), "refused: not a supervisor");
            return new Refused(Message.of("correction.supervisorOnly"));
        }
        String reason = change.reason() == null ? "" : change.reason().strip();
        Found before = store.byId(registrationId)
                .orElseThrow(() -> new IllegalArgumentException("no registration " + registrationId));
        Registration old = before.registration();
        // The counter's rules: a GAGAL needs its listed reason, a follow-up its note and come-back day.
        RegistrationDraft draft = new RegistrationDraft(old.householdId(), old.ticketId(), change.path(),
                change.ikdState(), change.phone(), true, change.outcome(), change.outcomeNote(),
                change.portalReference(), change.failureReason(), change.followUpOn());
        List<Message> problems = new ArrayList<>(draft.problems());
        if (reason.isEmpty()) {
            problems.add(0, Message.of("correction.reasonRequired"));
        } else if (reason.length() > MAX_REASON) {
            problems.add(Message.of("correction.reasonTooLong", MAX_REASON));
        }
        if (!problems.isEmpty()) {
            return new Rejected(problems);
        }
        List<Correction.Change> changes = changes(old, draft);
        if (changes.isEmpty()) {
            return new Unchanged();
        }
        LocalDateTime now = LocalDateTime.now(clock);
        long correctionId = jdbc.inTransaction(() -> {
            store.update(registrationId, draft);
            long id = store.keep(registrationId, now, actor.username(), reason, changes);
            audit.record(actor.username(), AuditAction.REGISTRATION_CORRECTED, "registration", old.code(),
                    auditDetail(changes, reason));
            return id;
        });
        Found after = store.byId(registrationId).orElseThrow();
        // Made after the commit, as at the counter: a failing printout never undoes the correction.
        int number = store.history(registrationId).size();
        byte[] pdf = receipt(after);
        Path path = documents.save("receipts", now.toLocalDate(), old.code() + "-K" + number, pdf);
        store.attachReceipt(correctionId, registrationId, path.toString());
        return new Corrected(after.registration(), changes, pdf, path);
    }

    /** The receipt of the registration as it stands now, made again (for a reprint after a correction). */
    public byte[] receipt(Found found) {
        ReceiptDocument document = receiptDocuments.of(found.registration(), found.ticketNumber(), found.headNik(),
                found.headName(), found.rt(), found.agentName());
        return receipts.render(document, paper);
    }

    private Candidate candidate(Found f) {
        return new Candidate(f.registration(), f.headName(), f.headNik().masked(), f.rt().label(),
                store.history(f.registration().id()));
    }

    private static List<Correction.Change> changes(Registration old, RegistrationDraft now) {
        List<Correction.Change> changes = new ArrayList<>();
        add(changes, Field.OUTCOME, Optional.of(old.outcome().name()), Optional.of(now.outcome().name()));
        add(changes, Field.FAILURE_REASON, old.failureReason().map(Enum::name), now.failureReason().map(Enum::name));
        add(changes, Field.FOLLOW_UP_ON, old.followUpOn().map(LocalDate::toString),
                now.followUpOn().map(LocalDate::toString));
        add(changes, Field.OUTCOME_NOTE, old.outcomeNote(), now.outcomeNote());
        add(changes, Field.PORTAL_REFERENCE, old.portalReference(), now.portalReference());
        add(changes, Field.PATH, Optional.of(old.path().name()), Optional.of(now.path().name()));
        add(changes, Field.IKD_STATE, Optional.of(old.ikdState().name()), Optional.of(now.ikdState().name()));
        add(changes, Field.PHONE, old.phone(), now.phone());
        return changes;
    }

    private static void add(List<Correction.Change> changes, Field field, Optional<String> before, Optional<String> after) {
        if (!before.equals(after)) {
            changes.add(new Correction.Change(field, before, after));
        }
    }

    /**
     * "OUTCOME: GAGAL -> BERHASIL; PHONE: 0812****7890 -> (kosong); reason: …". The phone is masked: the
     * trail must say that it changed without becoming a second copy of it.
     */
    static String auditDetail(List<Correction.Change> changes, String reason) {
        StringBuilder detail = new StringBuilder();
        for (Correction.Change c : changes) {
            detail.append(c.field().name()).append(": ").append(shown(c.field(), c.before())).append(" -> ")
                    .append(shown(c.field(), c.after())).append("; ");
        }
        return detail.append("reason: ").append(reason).toString();
    }

    private static String shown(Field field, Optional<String> value) {
        if (value.isEmpty()) {
            return "(empty)";
        }
        String text = value.get();
        if (field == Field.PHONE && text.length() > 8) {
            return text.substring(0, 4) + "*".repeat(text.length() - 8) + text.substring(text.length() - 4);
        }
        return text.length() > 80 ? "\"" + text.substring(0, 77) + "...\"" : "\"" + text + "\"";
    }
}
