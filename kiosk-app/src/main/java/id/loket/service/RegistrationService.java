package id.loket.service;

import id.loket.domain.audit.AuditAction;
import id.loket.documents.PaperSize;
import id.loket.documents.ReceiptDocument;
import id.loket.documents.ReceiptRenderer;
import id.loket.domain.account.Agent;
import id.loket.domain.household.Household;
import id.loket.domain.queue.Ticket;
import id.loket.domain.registration.Registration;
import id.loket.domain.registration.RegistrationDraft;
import id.loket.domain.text.EnumLabels;
import id.loket.domain.text.Message;
import id.loket.domain.text.Texts;
import id.loket.storage.AuditLog;
import id.loket.storage.DocumentFolder;
import id.loket.storage.HouseholdRepository;
import id.loket.storage.Jdbc;
import id.loket.storage.RegistrationRepository;
import id.loket.storage.TicketRepository;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Saves a registration and makes its receipt. The registration and its audit event are one
 * transaction; the receipt is made after the commit, so a failing printout can never undo a
 * registration the agent saw confirmed (it can be made again from the saved record).
 */
public final class RegistrationService {

    /** The version of the consent text shown to residents; stored with each registration. */
    public static final String CONSENT_VERSION = "2026-06-v1";

    public sealed interface SaveResult permits Rejected, Saved {
    }

    /** Nothing was saved; each problem says what to fix. */
    public record Rejected(List<Message> problems) implements SaveResult {
    }

    /** Saved; {@code print} says whether the printer confirmed the receipt (if not, it is on the reprint list). */
    public record Saved(Registration registration, byte[] receiptPdf, Path receiptPath, Printouts.PrintOutcome print)
            implements SaveResult {
    }

    private final Jdbc jdbc;
    private final RegistrationRepository registrations;
    private final HouseholdRepository households;
    private final TicketRepository tickets;
    private final AuditLog audit;
    private final ReceiptRenderer renderer;
    private final PaperSize paper;
    private final DocumentFolder documents;
    private final OfficeProfile office;
    private final Texts texts;
    private final Printouts printouts;
    private final Clock clock;

    public RegistrationService(Jdbc jdbc, RegistrationRepository registrations, HouseholdRepository households,
                               TicketRepository tickets, AuditLog audit, ReceiptRenderer renderer, PaperSize paper,
                               DocumentFolder documents, OfficeProfile office, Texts texts, Printouts printouts,
                               Clock clock) {
        this.printouts = printouts;
        this.jdbc = jdbc;
        this.registrations = registrations;
        this.households = households;
        this.tickets = tickets;
        this.audit = audit;
        this.renderer = renderer;
        this.paper = paper;
        this.documents = documents;
        this.office = office;
        this.texts = texts;
        this.clock = clock;
    }

    public SaveResult save(RegistrationDraft draft, Agent agent) {
        List<Message> problems = draft.problems();
        if (!problems.isEmpty()) {
            return new Rejected(problems);
        }
        Household household = households.findById(draft.householdId())
                .orElseThrow(() -> new IllegalArgumentException("no household " + draft.householdId()));
        LocalDateTime now = LocalDateTime.now(clock);
        Registration saved = jdbc.inTransaction(() -> {
            Registration registration = registrations.insert(draft, CONSENT_VERSION, agent.id(), now);
            audit.record(agent.username(), AuditAction.REGISTRATION_SAVED, "registration",
                    registration.code(), "household " + household.id() + ", outcome " + registration.outcome());
            return registration;
        });
        byte[] pdf = receiptFor(saved, household, agent);
        Path path = documents.save("receipts", saved.savedAt().toLocalDate(), saved.code(), pdf);
        registrations.attachDocument(saved.id(), path.toString());
        // The registration stays saved whatever the printer says; a failed receipt goes to the reprint list.
        Printouts.PrintOutcome printed = printouts.printReceipt(saved.id(), saved.code(), pdf, path);
        return new Saved(saved, pdf, path, printed);
    }

    private byte[] receiptFor(Registration registration, Household household, Agent agent) {
        Optional<String> ticketNumber = registration.ticketId().flatMap(tickets::find).map(Ticket::displayNumber);
        ReceiptDocument document = new ReceiptDocument(
                office.name(), office.address(), registration.savedAt(), registration.code(),
                ticketNumber.orElse(null), household.headNik().masked(), household.headName(),
                household.rt().rt(), household.rt().rw(),
                texts.text(EnumLabels.key(registration.path())),
                texts.text(EnumLabels.key(registration.ikdState())),
                outcomeText(registration),
                registration.portalReference().orElse(null),
                NextSteps.forRegistration(registration, texts),
                agent.displayName(),
                registration.qrPayload());
        return renderer.render(document, paper);
    }

    private String outcomeText(Registration registration) {
        String outcome = texts.text(EnumLabels.key(registration.outcome()));
        return registration.outcomeNote().map(note -> outcome + ": " + note).orElse(outcome);
    }
}
