package id.loket.service;

import id.loket.domain.account.Agent;
import id.loket.domain.queue.Ticket;
import id.loket.storage.TicketRepository;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;

/** The agent's queue actions at one counter. */
public final class CounterService {

    private final TicketRepository tickets;
    private final int counterNumber;
    private final Clock clock;

    public CounterService(TicketRepository tickets, int counterNumber, Clock clock) {
        this.tickets = tickets;
        this.counterNumber = counterNumber;
        this.clock = clock;
    }

    public int counterNumber() {
        return counterNumber;
    }

    /** Calls the next waiting ticket of today to this counter, or nothing when nobody is waiting. */
    public Optional<Ticket> callNext(Agent agent) {
        LocalDateTime now = LocalDateTime.now(clock);
        return tickets.claimNext(now.toLocalDate(), counterNumber, agent.id(), now);
    }

    public void finish(Ticket ticket) {
        tickets.finish(ticket.id(), LocalDateTime.now(clock));
    }

    public int waitingToday() {
        return tickets.waitingCount(LocalDate.now(clock));
    }
}
