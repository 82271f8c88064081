package id.loket.domain.registration;

import java.time.LocalDateTime;
import java.util.Optional;

/** A saved registration: the record of who was served, how, and with what outcome. */
public record Registration(
        long id,
        String code,
        long householdId,
        Optional<Long> ticketId,
        RegistrationPath path,
        IkdState ikdState,
        Optional<String> phone,
        String consentVersion,
        LocalDateTime consentAt,
        Outcome outcome,
        Optional<String> outcomeNote,
        Optional<String> portalReference,
        long agentId,
        LocalDateTime savedAt) {

    /** The registration code printed on the receipt and in its QR: "REG-" and six digits. */
    public static String codeFor(long id) {
        return String.format("REG-%06d", id);
    }

    /** The payload of the receipt's QR: scanning it brings the registration back for a reprint. */
    public String qrPayload() {
        return "LOKET-REG:" + code;
    }
}
