package id.loket.service.queue;

import id.loket.config.QueueSettings;
import id.loket.config.ServiceDefinition;
import id.loket.config.UiSettings;
import id.loket.documents.PaperSize;
import id.loket.documents.TicketDocument;
import id.loket.documents.TicketRenderer;
import id.loket.domain.office.OfficeProfile;
import id.loket.domain.queue.Lane;
import id.loket.domain.queue.Ticket;
import id.loket.domain.text.Message;
import id.loket.service.device.PrintoutService;
import id.loket.storage.DocumentFolder;
import id.loket.storage.TicketRepository;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import id.loket.domain.queue.WaitEstimate;
import java.util.List;
import java.util.Optional;

/** Issues queue tickets: a number for the day, and the ticket printout. */
public final class TicketService {

    /**
     * A ticket as made for the resident. It counts as issued (it waits for a counter) only when
     * {@code printed}: a ticket the printer did not confirm is kept out of the queue, and
     * {@code printProblem} says why.
     */
    public record IssuedTicket(Ticket ticket, String serviceName, int peopleAhead, byte[] pdf, Path pdfPath,
                               boolean printed, Optional<Message> printProblem, WaitEstimate estimate,
                               List<String> documents, Optional<Message> scheduleNote) {
    }

    /**
     * A ticket was asked for after the day closed ({@code queue.day-closes-at}). Residents expect a
     * plain "come back tomorrow", not a ticket for a day they did not choose, so none is made.
     */
    public static final class DayClosedException extends RuntimeException {
        private final LocalTime closedAt;

        public DayClosedException(LocalTime closedAt) {
            super("the queue closed at " + closedAt);
            this.closedAt = closedAt;
        }

        public LocalTime closedAt() {
            return closedAt;
        }
    }

    private final TicketRepository tickets;
    private final QueueSettings queue;
    private final UiSettings ui;
    private final TicketRenderer renderer;
    private final PaperSize paper;
    private final DocumentFolder documents;
    private final OfficeProfile office;
    private final PrintoutService printouts;
    private final QueueEstimates estimates;
    private final ResidentSchedule residentSchedule;
    private final Clock clock;
    private final java.util.function.Function<LocalDate, List<String>> noticesOn;

    /** @param noticesOn the office's notices in force on a day, printed at the bottom of its tickets */
    public TicketService(TicketRepository tickets, QueueSettings queue, UiSettings ui, TicketRenderer renderer,
                         PaperSize paper, DocumentFolder documents, OfficeProfile office, PrintoutService printouts,
                         QueueEstimates estimates, ResidentSchedule residentSchedule, Clock clock,
                         java.util.function.Function<LocalDate, List<String>> noticesOn) {
        this.noticesOn = noticesOn;
        this.estimates = estimates;
        this.residentSchedule = residentSchedule;
        this.printouts = printouts;
        this.tickets = tickets;
        this.queue = queue;
        this.ui = ui;
        this.renderer = renderer;
        this.paper = paper;
        this.documents = documents;
        this.office = office;
        this.clock = clock;
    }

    public List<ServiceDefinition> services() {
        return queue.services();
    }

    /** The service's name in the language of this kiosk. */
    public String serviceName(ServiceDefinition service) {
        return service.name(ui.language());
    }

    /**
     * Whether the resident whose KTP-el was tapped (or NIK scanned) is 60 or older: the ticket screen
     * then suggests the priority lane. The resident still chooses.
     */
    public boolean priorityByAge(String nikDigits, Optional<LocalDate> cardBirthDate) {
        return residentSchedule.lansia(nikDigits, cardBirthDate);
    }

    /** Whether the queue has closed for today: from {@code queue.day-closes-at} no ticket is issued. */
    public boolean closedNow() {
        return !LocalTime.now(clock).isBefore(queue.rules().dayClosesAt());
    }

    /** The time the queue closes each day. */
    public LocalTime closesAt() {
        return queue.rules().dayClosesAt();
    }

    /**
     * Takes the next number, makes and keeps the ticket's PDF, and prints it. The ticket joins the
     * queue only once the printer confirmed it (print before issue).
     */
    public IssuedTicket issue(String serviceCode, Lane lane) {
        return issue(serviceCode, lane, Optional.empty());
    }

    /**
     * Like {@link #issue(String, Lane)}, for a resident who tapped a KTP-el or scanned a NIK: the ticket
     * also says which day their RT is scheduled. They are served today either way.
     */
    public IssuedTicket issue(String serviceCode, Lane lane, Optional<String> nik) {
        Prepared made = prepare(serviceCode, lane, nik);
        Ticket ticket = made.ticket();
        PrintoutService.PrintOutcome printed = printouts.printTicket(ticket.id(), ticket.displayNumber(), made.pdf(),
                made.pdfPath());
        if (printed.printed()) {
            tickets.markIssued(ticket.id());
        }
        return new IssuedTicket(ticket, made.serviceName(), made.estimate().peopleAhead(), made.pdf(), made.pdfPath(),
                printed.printed(), printed.problem(), made.estimate(), made.documents(), made.scheduleNote());
    }

    /** The office's notices in force today, for the ticket screen (the same the tickets print). */
    public List<String> noticesToday() {
        return noticesOn.apply(LocalDate.now(clock));
    }

    /** A ticket numbered, estimated and with its PDF kept, not yet printed (so not yet in the queue). */
    public record Prepared(Ticket ticket, String serviceName, WaitEstimate estimate, List<String> documents,
                           Optional<Message> scheduleNote, byte[] pdf, Path pdfPath) {
    }

    /**
     * The part of {@link #issue} before the printer: the number, who is ahead and when to come back, the
     * PDF made and kept. The ticket waits for no counter until its print is confirmed.
     */
    public Prepared prepare(String serviceCode, Lane lane, Optional<String> nik) {
        ServiceDefinition service = queue.service(serviceCode)
                .orElseThrow(() -> new IllegalArgumentException("unknown service " + serviceCode));
        LocalDateTime now = LocalDateTime.now(clock);
        if (closedNow()) {
            throw new DayClosedException(closesAt());
        }
        char letter = lane == Lane.PRIORITY ? queue.priorityLetter() : service.letter();
        Ticket ticket = tickets.reserve(now.toLocalDate(), service.code(), lane, letter, now);
        WaitEstimate estimate = estimates.forTicket(ticket);
        String serviceName = serviceName(service);
        List<String> bring = service.documents(ui.language());
        Optional<Message> note = nik.map(residentSchedule::noteFor);
        byte[] pdf = renderer.render(new TicketDocument(office.name(), office.address(), ticket.displayNumber(),
                serviceName, lane == Lane.PRIORITY, now, estimate.peopleAhead(), ticket.qrPayload(),
                Optional.of(estimate), bring, note), paper, noticesOn.apply(now.toLocalDate()));
        Path path = documents.save("tickets", ticket.day(), ticket.displayNumber(), pdf);
        tickets.attachDocument(ticket.id(), path.toString());
        return new Prepared(ticket, serviceName, estimate, bring, note, pdf, path);
    }
}
