package id.loket.service.ssn;

import id.loket.documents.PaperSize;
import id.loket.documents.SsnReceiptRenderer;
import id.loket.domain.account.Agent;
import id.loket.domain.audit.AuditAction;
import id.loket.domain.nik.NikCheck;
import id.loket.domain.nik.NikValidator;
import id.loket.domain.person.PersonEntry;
import id.loket.domain.ssn.PoliceLetterRule;
import id.loket.domain.ssn.SsnCardRequest;
import id.loket.domain.ssn.SsnRequestDraft;
import id.loket.domain.ssn.SsnRequestKind;
import id.loket.domain.text.EnumLabels;
import id.loket.domain.text.Message;
import id.loket.domain.text.Texts;
import id.loket.domain.office.OfficeProfile;
import id.loket.service.device.PrintoutService;
import id.loket.storage.AuditLog;
import id.loket.storage.DocumentFolder;
import id.loket.storage.Jdbc;
import id.loket.storage.SsnRepository;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * SSN card requests at the counter (Perwali Samarinda 70/2025): the kelurahan records a request for a
 * new card, or for a lost or damaged one to be replaced, and gives the resident a receipt; Diskominfo
 * prints the cards from the exported list (Pasal 11). Loket never issues a card. Switched on by the
 * setting {@code ssn.card-requests}.
 */
public final class SsnCardRequests {

    /** How recording a request ended. */
    public sealed interface Result permits Saved, Rejected {
    }

    /** Saved, its receipt kept and sent to the printer (the request stays saved whatever the printer did). */
    public record Saved(SsnCardRequest request, byte[] receiptPdf, PrintoutService.PrintOutcome printed) implements Result {
    }

    /** Nothing saved; each problem names its field and says what to do. */
    public record Rejected(List<SsnRequestDraft.Problem> problems) implements Result {
    }

    private final boolean enabled;
    private final PoliceLetterRule policeLetter;
    private final NikValidator validator;
    private final SsnRepository store;
    private final AuditLog audit;
    private final Jdbc jdbc;
    private final SsnReceiptRenderer renderer;
    private final PaperSize paper;
    private final DocumentFolder documents;
    private final PrintoutService printouts;
    private final OfficeProfile office;
    private final Texts texts;
    private final int counterNumber;
    private final Clock clock;

    public SsnCardRequests(boolean enabled, PoliceLetterRule policeLetter, NikValidator validator, SsnRepository store,
                           AuditLog audit, Jdbc jdbc, SsnReceiptRenderer renderer, PaperSize paper,
                           DocumentFolder documents, PrintoutService printouts, OfficeProfile office, Texts texts,
                           int counterNumber, Clock clock) {
        this.enabled = enabled;
        this.policeLetter = policeLetter;
        this.validator = validator;
        this.store = store;
        this.audit = audit;
        this.jdbc = jdbc;
        this.renderer = renderer;
        this.paper = paper;
        this.documents = documents;
        this.printouts = printouts;
        this.office = office;
        this.texts = texts;
        this.counterNumber = counterNumber;
        this.clock = clock;
    }

    /** Whether this office takes SSN card requests (setting {@code ssn.card-requests}). */
    public boolean enabled() {
        return enabled;
    }

    /** Whether a request of this kind needs the police letter here (setting {@code ssn.police-letter-for}). */
    public boolean policeLetterRequired(SsnRequestKind kind) {
        return policeLetter.required(kind);
    }

    /**
     * Records the request and prints its receipt. Refused, with nothing saved, when the NIK or a field is
     * wrong, or when a new card was already requested here for this NIK (that request is named: the
     * resident then needs a lost-card or damaged-card request, or to wait for Diskominfo).
     */
    public Result record(SsnRequestDraft draft, Optional<Long> ticketId, Agent agent) {
        if (!enabled) {
            throw new IllegalStateException("SSN card requests are switched off (ssn.card-requests=false)");
        }
        List<SsnRequestDraft.Problem> problems = new ArrayList<>();
        NikCheck nik = validator.check(draft.nik());
        nik.errors().forEach(error -> problems.add(new SsnRequestDraft.Problem(SsnRequestDraft.Field.NIK, error)));
        problems.addAll(draft.problems(policeLetter));
        if (!problems.isEmpty()) {
            return new Rejected(problems);
        }
        SsnRequestKind kind = draft.kind().orElseThrow();
        LocalDateTime now = LocalDateTime.now(clock);
        Committed committed = jdbc.inTransaction(() -> {
            if (kind == SsnRequestKind.NEW_CARD) {
                Optional<SsnCardRequest> earlier = store.forNik(nik.nik().get()).stream()
                        .filter(r -> r.kind() == SsnRequestKind.NEW_CARD).findFirst();
                if (earlier.isPresent()) {
                    return new Committed(Optional.empty(), List.of(new SsnRequestDraft.Problem(
                            SsnRequestDraft.Field.KIND, Message.of("ssn.problem.newCardBefore", earlier.get().code(),
                                    PersonEntry.day(earlier.get().savedAt().toLocalDate())))));
                }
            }
            SsnCardRequest saved = store.insert(nik.nik().get(), draft, kind, ticketId, counterNumber, agent.id(), now);
            audit.record(agent.username(), AuditAction.SSN_REQUEST_RECORDED, "ssn_card_request", saved.code(),
                    kind + " for NIK " + saved.nik().masked() + ", counter " + counterNumber);
            return new Committed(Optional.of(saved), List.of());
        });
        if (committed.saved().isEmpty()) {
            return new Rejected(committed.refused());
        }
        SsnCardRequest saved = committed.saved().get();
        // Saved first, printed after the commit: a printer fault never undoes a request the agent saw saved.
        byte[] pdf = receipt(saved, agent.displayName());
        Path path = documents.save("receipts", saved.savedAt().toLocalDate(), saved.code(), pdf);
        store.attachDocument(saved.id(), path.toString());
        return new Saved(saved, pdf, printouts.printReceipt(saved.id(), saved.code(), pdf, path));
    }

    /** What the transaction ended with: the saved request, or why nothing was saved. */
    private record Committed(Optional<SsnCardRequest> saved, List<SsnRequestDraft.Problem> refused) {
    }

    private byte[] receipt(SsnCardRequest request, String agentName) {
        return renderer.render(new SsnReceiptRenderer.Receipt(office.name(), office.address(), request.code(),
                request.savedAt(), request.nik().masked(), request.name(),
                texts.text(EnumLabels.key(request.kind())), request.cardNumber(), request.policeLetter(), agentName),
                paper);
    }
}
