package id.loket.service.registration;

import id.loket.domain.account.Agent;
import id.loket.domain.audit.AuditAction;
import id.loket.domain.servicerecord.ServiceOutcome;
import id.loket.domain.servicerecord.ServiceRecord;
import id.loket.domain.servicerecord.ServiceRecordDraft;
import id.loket.domain.text.Message;
import id.loket.storage.AuditLog;
import id.loket.storage.Jdbc;
import id.loket.storage.ServiceRecordRepository;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/**
 * Records a service other than the Perlinsos registration (IKD activation, information and complaints,
 * and the others the office offers): the draft's rules first, then the record and its audit event in one
 * transaction, as {@link RegistrationService#save} does for a registration.
 */
public final class ServiceRecordService {

    public sealed interface SaveResult permits Rejected, Saved {
    }

    /** Nothing was saved; each problem says what to fix. */
    public record Rejected(List<Message> problems) implements SaveResult {
    }

    public record Saved(ServiceRecord record) implements SaveResult {
    }

    private final Jdbc jdbc;
    private final ServiceRecordRepository records;
    private final AuditLog audit;
    private final int counterNumber;
    private final Clock clock;

    public ServiceRecordService(Jdbc jdbc, ServiceRecordRepository records, AuditLog audit, int counterNumber, Clock clock) {
        this.jdbc = jdbc;
        this.records = records;
        this.audit = audit;
        this.counterNumber = counterNumber;
        this.clock = clock;
    }

    public SaveResult save(ServiceRecordDraft draft, Agent agent) {
        List<Message> problems = draft.problems();
        if (!problems.isEmpty()) {
            return new Rejected(problems);
        }
        LocalDateTime now = LocalDateTime.now(clock);
        ServiceRecord saved = jdbc.inTransaction(() -> {
            ServiceRecord record = records.insert(draft, counterNumber, agent.id(), now);
            // The note stays out of the audit trail: it is free text, and the trail is kept longer.
            audit.record(agent.username(), AuditAction.SERVICE_RECORDED, "service_record", String.valueOf(record.id()),
                    "service " + record.serviceCode() + ", outcome " + record.outcome() + ", counter " + counterNumber
                            + record.ticketId().map(t -> ", ticket " + t).orElse(""));
            return record;
        });
        return new Saved(saved);
    }

    /** How the services other than the Perlinsos registration ended today, at every counter. */
    public Map<ServiceOutcome, Integer> outcomesToday() {
        return records.outcomesOn(LocalDate.now(clock));
    }
}
