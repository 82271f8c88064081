package id.loket.domain.audit;

import java.time.LocalDateTime;

/** One entry of the audit trail: who, when, what, on which record. Never holds a full NIK. */
public record AuditEvent(LocalDateTime at, String actor, AuditAction action, String entity, String entityId,
                         String detail) {
}
