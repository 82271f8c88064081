package id.loket.service.registration;

import id.loket.domain.audit.AuditAction;
import id.loket.documents.PaperSize;
import id.loket.documents.ReceiptDocument;
import id.loket.documents.ReceiptRenderer;
import id.loket.domain.account.Agent;
import id.loket.domain.household.Household;
import id.loket.domain.household.HouseholdFlags;
import id.loket.domain.office.OfficeProfile;
import id.loket.domain.queue.Ticket;
import id.loket.domain.registration.Registration;
import id.loket.domain.registration.RegistrationDraft;
import id.loket.domain.text.Message;
import id.loket.domain.text.Texts;
import id.loket.service.device.PrintoutService;
import id.loket.storage.AuditLog;
import id.loket.storage.DocumentFolder;
import id.loket.storage.HouseholdRepository;
import id.loket.storage.Jdbc;
import id.loket.storage.RegistrationRepository;
import id.loket.storage.StorageException;
import id.loket.storage.TicketRepository;
import id.loket.domain.nik.Nik;
import id.loket.domain.nik.Sex;
import id.loket.domain.registration.RegistrationPath;
import id.loket.storage.ConsentRefusalRepository;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Saves a registration and makes its receipt. The registration and its audit event are one
 * transaction; the receipt is made after the commit, so a failing printout can never undo a
 * registration the agent saw confirmed (it can be made again from the saved record).
 */
public final class RegistrationService {

    private static final Logger LOG = LoggerFactory.getLogger(RegistrationService.class);

    /** The version of the consent text shown to residents; stored with each registration. */
    public static final String CONSENT_VERSION = "2026-06-v1";

    public sealed interface SaveResult permits Rejected, Saved {
    }

    /** Nothing was saved; each problem says what to fix. */
    public record Rejected(List<Message> problems) implements SaveResult {
    }

    /** Saved; {@code print} says whether the printer confirmed the receipt (if not, it is on the reprint list). */
    public record Saved(Registration registration, byte[] receiptPdf, Path receiptPath, PrintoutService.PrintOutcome print)
            implements SaveResult {
    }

    /**
     * A member of the household who came with their own KTP (not the head): recorded with the
     * registration so their NIK finds the household next time.
     */
    public record Member(Nik nik, String name, Optional<LocalDate> birthDate, Optional<Sex> sex) {
    }

    /** A saved registration and its household, found again from a receipt's code or QR. */
    public record Found(Registration registration, Household household, HouseholdFlags flags) {
    }

    /** What was recorded of a refusal: when, at which counter, on which path; nothing about the resident. */
    public record RecordedRefusal(LocalDateTime at, int counter, RegistrationPath path) {
    }

    /** A receipt printed again; {@code print} says whether the printer confirmed it. */
    public record Reprinted(Registration registration, byte[] receiptPdf, PrintoutService.PrintOutcome print) {
    }

    private final Jdbc jdbc;
    private final RegistrationRepository registrations;
    private final HouseholdRepository households;
    private final TicketRepository tickets;
    private final AuditLog audit;
    private final ReceiptRenderer renderer;
    private final PaperSize paper;
    private final DocumentFolder documents;
    private final ReceiptDocuments receipts;
    private final PrintoutService printouts;
    private final Clock clock;
    private final ConsentRefusalRepository refusals;
    private final int counterNumber;
    private final List<String> asnUnits;

    /**
     * @param counterNumber this PC's counter, recorded with a refusal
     * @param asnUnits      the Perangkat Daerah an ASN head can be flagged with (setting registration.asn-units)
     */
    public RegistrationService(Jdbc jdbc, RegistrationRepository registrations, HouseholdRepository households,
                               TicketRepository tickets, AuditLog audit, ReceiptRenderer renderer, PaperSize paper,
                               DocumentFolder documents, OfficeProfile office, Texts texts, PrintoutService printouts,
                               Clock clock, ConsentRefusalRepository refusals, int counterNumber,
                               List<String> asnUnits) {
        this.refusals = refusals;
        this.counterNumber = counterNumber;
        this.asnUnits = List.copyOf(asnUnits);
        this.printouts = printouts;
        this.jdbc = jdbc;
        this.registrations = registrations;
        this.households = households;
        this.tickets = tickets;
        this.audit = audit;
        this.renderer = renderer;
        this.paper = paper;
        this.documents = documents;
        this.receipts = new ReceiptDocuments(office, texts);
        this.clock = clock;
    }

    public SaveResult save(RegistrationDraft draft, Agent agent) {
        return save(draft, agent, Optional.empty());
    }

    /**
     * Saves the registration, with the member who came for the household when it was not the head.
     * Nothing is saved when the draft has problems.
     */
    public SaveResult save(RegistrationDraft draft, Agent agent, Optional<Member> member) {
        List<Message> problems = draft.problems();
        if (!problems.isEmpty()) {
            return new Rejected(problems);
        }
        Household household = households.findById(draft.householdId())
                .orElseThrow(() -> new IllegalArgumentException("no household " + draft.householdId()));
        LocalDateTime now = LocalDateTime.now(clock);
        // Sent again after the first answer was lost (the server PC went away just after committing): the
        // registration made then is the answer, and its receipt is made and printed now, as it was not then.
        Optional<Registration> already = draft.ticketId().flatMap(ticket -> registrations
                .forHouseholdAndTicket(household.id(), ticket).stream().filter(draft::isSavedAs).findFirst());
        Registration saved = already.isPresent() ? already.get() : jdbc.inTransaction(() -> {
            Registration registration = registrations.insert(draft, CONSENT_VERSION, agent.id(), now);
            audit.record(agent.username(), AuditAction.REGISTRATION_SAVED, "registration",
                    registration.code(), "household " + household.id() + ", outcome " + registration.outcome());
            member.filter(m -> !m.nik().equals(household.headNik())).ifPresent(m -> {
                households.recordMember(household.id(), m.nik(), m.name().isBlank() ? "-" : m.name().strip(),
                        m.birthDate(), m.sex().map(Sex::code));
                audit.record(agent.username(), AuditAction.HOUSEHOLD_CHANGED, "household",
                        String.valueOf(household.id()), "member recorded: NIK " + m.nik().masked());
            });
            return registration;
        });
        byte[] pdf = receiptFor(saved, household, agent.displayName());
        Path path = documents.save("receipts", saved.savedAt().toLocalDate(), saved.code(), pdf);
        registrations.attachDocument(saved.id(), path.toString());
        // The registration stays saved whatever the printer says; a failed receipt goes to the reprint list.
        PrintoutService.PrintOutcome printed = printouts.printReceipt(saved.id(), saved.code(), pdf, path);
        return new Saved(saved, pdf, path, printed);
    }

    /**
     * Records that a resident did not consent: when, who served, which ticket, at which counter, on which
     * path. Nothing personal is kept, and no registration is made. Returns what was recorded, for the
     * agent to see.
     */
    public RecordedRefusal recordRefusal(Optional<Long> ticketId, RegistrationPath path, Agent agent) {
        LocalDateTime now = LocalDateTime.now(clock);
        jdbc.inTransaction(() -> {
            long id = refusals.insert(now, agent.id(), ticketId, counterNumber, path);
            audit.record(agent.username(), AuditAction.CONSENT_REFUSED, "consent_refusal", String.valueOf(id),
                    "counter " + counterNumber + ticketId.map(t -> ", ticket " + t).orElse(""));
            return id;
        });
        return new RecordedRefusal(now, counterNumber, path);
    }

    /** How many residents refused consent today, at any counter. */
    public int refusalsToday() {
        return refusals.countOn(LocalDate.now(clock));
    }

    /** The Perangkat Daerah an ASN head can be flagged with, in the settings' order. */
    public List<String> asnUnits() {
        return asnUnits;
    }

    /**
     * Flags the household's head as ASN of a Perangkat Daerah from the settings' list, for the report
     * per Perangkat Daerah. Returns the problems; empty when flagged.
     */
    public List<Message> flagAsn(long householdId, String unit, Agent agent) {
        if (unit == null || !asnUnits.contains(unit)) {
            return List.of(Message.of("counter.asn.pickUnit"));
        }
        jdbc.inTransaction(() -> {
            households.markAsn(householdId, unit);
            audit.record(agent.username(), AuditAction.HOUSEHOLD_CHANGED, "household", String.valueOf(householdId),
                    "flagged ASN: " + unit);
            return householdId;
        });
        return List.of();
    }

    /**
     * The registration a receipt names: its code ({@code REG-000123}) or its QR's text
     * ({@code LOKET-REG:REG-000123}). Finding it is an audited read.
     */
    public Optional<Found> findReceipt(String codeOrQr, Agent agent) {
        String code = Registration.codeInQr(codeOrQr).orElse(codeOrQr.strip());
        Optional<Found> found = registrations.findByCode(code).flatMap(registration ->
                households.findById(registration.householdId()).map(h -> new Found(registration, h,
                        households.flags(h.id()).orElse(HouseholdFlags.LISTED))));
        found.ifPresent(f -> audit.record(agent.username(), AuditAction.HOUSEHOLD_READ, "registration",
                f.registration().code(), "receipt looked up for a reprint"));
        return found;
    }

    /**
     * Prints a saved registration's receipt again: made from the record and marked "SALINAN" with the
     * time of this print, so a copy is never taken for the first paper. The copy is kept under today's
     * date for the printer's reprint list. The first receipt stays kept as it was; when it is missing (a
     * registration of the demo data, or a file gone) or refused (changed on disk), it is made again from
     * the record and kept, since the record in the database is the trusted source.
     */
    public Reprinted reprint(long registrationId, Agent agent) {
        Registration registration = registrations.find(registrationId)
                .orElseThrow(() -> new IllegalArgumentException("no registration " + registrationId));
        Household household = households.findById(registration.householdId())
                .orElseThrow(() -> new IllegalArgumentException("no household " + registration.householdId()));
        String savedBy = registrations.agentName(registrationId).orElse(agent.displayName());
        ReceiptDocument original = receiptDocument(registration, household, savedBy);
        keepOriginal(registration, original);
        LocalDateTime now = LocalDateTime.now(clock);
        byte[] pdf = renderer.render(original.copyAt(now), paper);
        Path path = documents.save("receipts", now.toLocalDate(), registration.code() + "-salinan-"
                + now.format(COPY_TIME), pdf);
        audit.record(agent.username(), AuditAction.HOUSEHOLD_READ, "registration", registration.code(),
                "receipt printed again");
        return new Reprinted(registration, pdf, printouts.printReceipt(registrationId, registration.code(), pdf, path));
    }

    private void keepOriginal(Registration registration, ReceiptDocument original) {
        Optional<Path> kept = registrations.documentPath(registration.id()).map(Path::of);
        if (kept.flatMap(this::keptReceipt).isPresent()) {
            return;
        }
        Path path = documents.save("receipts", registration.savedAt().toLocalDate(), registration.code(),
                renderer.render(original, paper));
        registrations.attachDocument(registration.id(), path.toString());
    }

    /**
     * The kept receipt, opened; empty when it is gone or refused. A refused one (changed or swapped on
     * disk) is made again from the record, and the log keeps the refusal for the IT staff.
     */
    private Optional<byte[]> keptReceipt(Path path) {
        try {
            return documents.read(path);
        } catch (StorageException e) {
            LOG.warn("Kept receipt {} refused; making it again from the record", path, e);
            return Optional.empty();
        }
    }

    private static final java.time.format.DateTimeFormatter COPY_TIME =
            java.time.format.DateTimeFormatter.ofPattern("HHmmss");

    private byte[] receiptFor(Registration registration, Household household, String agentName) {
        return renderer.render(receiptDocument(registration, household, agentName), paper);
    }

    private ReceiptDocument receiptDocument(Registration registration, Household household, String agentName) {
        Optional<String> ticketNumber = registration.ticketId().flatMap(tickets::find).map(Ticket::displayNumber);
        return receipts.of(registration, ticketNumber, household.headNik(), household.headName(), household.rt(),
                agentName);
    }
}
