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
        LocalDateTime savedAt,
        Optional<FailureReason> failureReason,
        Optional<java.time.LocalDate> followUpOn) {

    /** The registration code printed on the receipt and in its QR: "REG-" and six digits. */
    public static String codeFor(long id) {
        return String.format("REG-%06d", id);
    }

    /** The payload of the receipt's QR: scanning it brings the registration back for a reprint. */
    public String qrPayload() {
        return QR_PREFIX + code;
    }

    /** What every receipt QR starts with; a scanned code with it names a registration. */
    public static final String QR_PREFIX = "LOKET-REG:";

    /** The registration code in a scanned receipt QR, or empty when the code is not one of ours. */
    public static Optional<String> codeInQr(String scanned) {
        String text = scanned == null ? "" : scanned.strip();
        if (!text.startsWith(QR_PREFIX)) {
            return Optional.empty();
        }
        String code = text.substring(QR_PREFIX.length()).strip();
        return code.matches("REG-\\d{6,}") ? Optional.of(code) : Optional.empty();
    }
}
