package id.loket.domain.servicerecord;

import java.time.LocalDateTime;
import java.util.Optional;

/** A saved service record: what was done for a resident at a counter, and how it ended. */
public record ServiceRecord(long id, Optional<Long> ticketId, String serviceCode, ServiceKind kind,
                            ServiceOutcome outcome, Optional<IkdNotActivatedReason> reason,
                            Optional<InformationTopic> topic, Optional<String> note, int counterNumber, long agentId,
                            LocalDateTime savedAt) {
}
