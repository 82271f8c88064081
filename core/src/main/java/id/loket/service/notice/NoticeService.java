package id.loket.service.notice;

import id.loket.domain.account.Agent;
import id.loket.domain.account.Role;
import id.loket.domain.audit.AuditAction;
import id.loket.domain.notice.NoticeDraft;
import id.loket.domain.notice.ServiceNotice;
import id.loket.domain.text.Message;
import id.loket.storage.AuditLog;
import id.loket.storage.Jdbc;
import id.loket.storage.ServiceNoticeRepository;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The office's notices to the public when the service changes (Surat Edaran Wali Kota 8 April 2026,
 * item 8f): the lurah writes one with its first and last day; while in force it shows on the ticket
 * screen and the board and is printed on every ticket.
 */
public final class NoticeService {

    public sealed interface Result permits Refused, Written {
    }

    /** Nothing was saved; each problem says what to fix. */
    public record Refused(List<Message> problems) implements Result {
    }

    public record Written(ServiceNotice notice) implements Result {
    }

    private final Jdbc jdbc;
    private final ServiceNoticeRepository notices;
    private final AuditLog audit;
    private final Clock clock;

    public NoticeService(Jdbc jdbc, ServiceNoticeRepository notices, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.notices = notices;
        this.audit = audit;
        this.clock = clock;
    }

    public Result write(NoticeDraft draft, Agent supervisor) {
        if (supervisor.role() != Role.SUPERVISOR) {
            return new Refused(List.of(Message.of("notice.supervisorOnly")));
        }
        List<Message> problems = draft.problems(today());
        if (!problems.isEmpty()) {
            return new Refused(problems);
        }
        return jdbc.inTransaction(() -> {
            ServiceNotice notice = notices.insert(draft.text(), draft.from().orElseThrow(), draft.to().orElseThrow(),
                    supervisor.username(), LocalDateTime.now(clock));
            audit.record(supervisor.username(), AuditAction.SERVICE_NOTICE_CHANGED, "service_notice",
                    String.valueOf(notice.id()), "written, " + notice.from() + " to " + notice.to());
            return new Written(notice);
        });
    }

    /** Ends a notice at once; false when it was withdrawn already or the actor is not a supervisor. */
    public boolean withdraw(long id, Agent supervisor) {
        if (supervisor.role() != Role.SUPERVISOR) {
            return false;
        }
        return jdbc.inTransaction(() -> {
            boolean done = notices.withdraw(id, supervisor.username(), LocalDateTime.now(clock));
            if (done) {
                audit.record(supervisor.username(), AuditAction.SERVICE_NOTICE_CHANGED, "service_notice",
                        String.valueOf(id), "withdrawn");
            }
            return done;
        });
    }

    /** The notices in force today, in the order they were written. */
    public List<ServiceNotice> inForceToday() {
        return notices.inForceOn(today());
    }

    /** Their texts, as the ticket and the board show them. */
    public List<String> textsOn(LocalDate day) {
        return notices.inForceOn(day).stream().map(ServiceNotice::text).toList();
    }

    /** In force now or still to come, for the office's list. */
    public List<ServiceNotice> currentAndUpcoming() {
        return notices.currentAndUpcoming(today());
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
