package id.loket.service.queue;

import id.loket.config.Language;
import id.loket.config.QueueSettings;
import id.loket.config.ServiceDefinition;
import id.loket.domain.account.Agent;
import id.loket.domain.queue.NoShowDecision;
import id.loket.domain.queue.QueueTicket;
import id.loket.domain.queue.Ticket;
import id.loket.domain.queue.TicketStatus;
import id.loket.domain.queue.Transfer;
import id.loket.domain.text.Message;
import id.loket.storage.CounterStateRepository;
import id.loket.storage.TicketRepository;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.IntStream;

/**
 * The agent's queue actions at one counter: call next, recall, no-show, transfer, finish,
 * and calling a ticket whose QR code was scanned at the counter. The order is the queue policy's; the
 * database makes sure a ticket goes to one counter only.
 */
public final class CounterService {

    /** What a scanned code brought up: the ticket now called here, or why not. */
    public record ScanOutcome(Optional<Ticket> ticket, Optional<Message> problem) {
    }

    private final TicketRepository tickets;
    private final CounterStateRepository states;
    private final QueueSettings queue;
    private final int counterNumber;
    private final int officeCounters;
    private final Language language;
    private final Clock clock;

    public CounterService(TicketRepository tickets, CounterStateRepository states, QueueSettings queue,
                          int counterNumber, int officeCounters, Language language, Clock clock) {
        this.language = language;
        this.tickets = tickets;
        this.states = states;
        this.queue = queue;
        this.counterNumber = counterNumber;
        this.officeCounters = officeCounters;
        this.clock = clock;
    }

    public int counterNumber() {
        return counterNumber;
    }

    /** The agent logged in at this counter: the board shows it open (and its ticket, if one is still called). */
    public void open(Agent agent) {
        states.open(counterNumber, agent.id(), LocalDateTime.now(clock));
    }

    /**
     * The agent logged out: the board shows this counter as closed instead of the last ticket it called.
     * The ticket itself stays called here, so the next agent at this counter finds it again.
     */
    public void close(Agent agent) {
        states.close(counterNumber, agent.id(), LocalDateTime.now(clock));
    }

    /** Calls the next waiting ticket of today to this counter, or nothing when nobody is waiting. */
    public Optional<Ticket> callNext(Agent agent) {
        LocalDateTime now = LocalDateTime.now(clock);
        return tickets.claimNext(now.toLocalDate(), counterNumber, agent.id(), now);
    }

    /** The ticket called to this counter and not finished, e.g. when the console opens again after a restart. */
    public Optional<Ticket> serving() {
        return tickets.servingAt(LocalDate.now(clock), counterNumber);
    }

    /** Calls the ticket being served once more (the board announces it again); false if it is no longer here. */
    public boolean recall(Ticket ticket) {
        return tickets.recall(ticket.id(), counterNumber, LocalDateTime.now(clock));
    }

    /** The resident did not come: call again first, postpone, or close, as the policy says. */
    public NoShowDecision noShow(Ticket ticket) {
        return tickets.noShow(ticket.id(), counterNumber, LocalDateTime.now(clock));
    }

    /**
     * Sends the resident on to another service or counter; false if the ticket is no longer here. Sent
     * to another service, this counter does not call it back, unless it is the office's only counter.
     */
    public boolean transfer(Ticket ticket, Transfer to) {
        if (to instanceof Transfer.ToService service && queue.service(service.serviceCode()).isEmpty()) {
            throw new IllegalArgumentException("unknown service " + service.serviceCode());
        }
        return tickets.transfer(ticket.id(), counterNumber, to, LocalDateTime.now(clock), officeCounters > 1);
    }

    public void finish(Ticket ticket) {
        tickets.finish(ticket.id(), LocalDateTime.now(clock));
    }

    /**
     * A code scanned at the counter: a Loket ticket that is waiting or postponed today is called here at
     * once (the resident is standing at the counter); anything else is explained.
     */
    public ScanOutcome callScanned(String code, Agent agent) {
        OptionalLong id = Ticket.idFromQr(code);
        if (id.isEmpty()) {
            return new ScanOutcome(Optional.empty(), Optional.of(Message.of("queue.scan.notTicket")));
        }
        Optional<Ticket> found = tickets.find(id.getAsLong());
        if (found.isEmpty()) {
            return new ScanOutcome(Optional.empty(), Optional.of(Message.of("queue.scan.unknown")));
        }
        Ticket ticket = found.get();
        LocalDateTime now = LocalDateTime.now(clock);
        if (!ticket.day().equals(now.toLocalDate())) {
            return new ScanOutcome(Optional.empty(), Optional.of(Message.of("queue.scan.otherDay",
                    ticket.displayNumber())));
        }
        if (ticket.status() == TicketStatus.CALLED && ticket.counterNumber().orElse(0) == counterNumber) {
            return new ScanOutcome(Optional.of(ticket), Optional.empty());
        }
        Optional<Ticket> claimed = tickets.claim(ticket.id(), counterNumber, agent.id(), now);
        if (claimed.isEmpty()) {
            Ticket latest = tickets.find(ticket.id()).orElse(ticket);
            return new ScanOutcome(Optional.empty(), Optional.of(notWaiting(latest)));
        }
        return new ScanOutcome(claimed, Optional.empty());
    }

    private static Message notWaiting(Ticket ticket) {
        return switch (ticket.status()) {
            case CALLED -> Message.of("queue.scan.calledElsewhere", ticket.displayNumber(),
                    ticket.counterNumber().orElse(0));
            case DONE -> Message.of("queue.scan.done", ticket.displayNumber());
            case NO_SHOW -> Message.of("queue.scan.noShow", ticket.displayNumber());
            // Waiting but not claimable: its printout was never confirmed, so it never joined the queue.
            case WAITING -> Message.of("queue.scan.notIssued", ticket.displayNumber());
        };
    }

    /** The ticket with its calls, pool and transfer facts. */
    public Optional<QueueTicket> details(Ticket ticket) {
        return tickets.details(ticket.id());
    }

    public int waitingToday() {
        return tickets.waitingCount(LocalDate.now(clock));
    }

    /** The services a resident can be transferred to, in the ticket screen's order. */
    public List<ServiceDefinition> services() {
        return queue.services();
    }

    /** A service's name in this console's language; the code itself for a service no longer offered. */
    public String serviceName(String serviceCode) {
        return queue.service(serviceCode).map(s -> s.name(language)).orElse(serviceCode);
    }

    /** The other counters of the office, to transfer a resident to. */
    public List<Integer> otherCounters() {
        return IntStream.rangeClosed(1, officeCounters).filter(n -> n != counterNumber).boxed().toList();
    }

    /** Calls the agent should make before a no-show may go to the pool. */
    public int noShowCalls() {
        return queue.rules().noShowCalls();
    }
}
