package id.loket.wiring;

import id.loket.documents.TicketRenderer;
import id.loket.service.queue.CounterService;
import id.loket.service.queue.QueueEstimates;
import id.loket.service.queue.ResidentSchedule;
import id.loket.service.queue.TicketService;
import id.loket.service.board.BoardService;
import id.loket.service.notice.NoticeService;
import id.loket.service.schedule.ScheduleQuery;
import id.loket.storage.BoardRepository;
import id.loket.storage.CounterStateRepository;
import id.loket.storage.ServiceNoticeRepository;

/**
 * The queue and what shows it: the ticket screen's tickets (with the resident's schedule and the
 * waiting estimate), the counter's calls, the display board, and the service notices both show.
 *
 * @param board the display board's read model
 */
public record QueueArea(NoticeService notices, TicketService tickets, CounterService counter, BoardService board) {

    /** @param schedule when each RT is due, which the ticket screen tells a resident who comes on another day */
    static QueueArea wire(Foundation base, ScheduleQuery schedule) {
        var settings = base.settings();
        var jdbc = base.jdbc();
        var clock = base.clock();
        var ticketStore = base.stores().tickets();
        NoticeService notices = new NoticeService(jdbc, new ServiceNoticeRepository(jdbc), base.audit(), clock);
        TicketService tickets = new TicketService(ticketStore, settings.queue(), settings.ui(),
                new TicketRenderer(base.texts()), base.ticketPaper(), base.documents(), base.office(),
                base.printouts(),
                new QueueEstimates(ticketStore, settings.queue(), settings.counter().officeCounters(), clock),
                new ResidentSchedule(base.nikValidator(), base.stores().households(), schedule, base.audit(), clock),
                clock, notices::textsOn);
        CounterService counter = new CounterService(ticketStore, new CounterStateRepository(jdbc), settings.queue(),
                settings.counter().number(), settings.counter().officeCounters(), settings.ui().language(), clock);
        BoardService board = new BoardService(new BoardRepository(jdbc), settings.queue(),
                settings.counter().officeCounters(), base.texts().locale(), clock, notices::textsOn);
        return new QueueArea(notices, tickets, counter, board);
    }
}
