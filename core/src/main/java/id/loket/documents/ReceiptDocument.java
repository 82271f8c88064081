package id.loket.documents;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What a Perlinsos registration receipt shows. Texts such as the path and the outcome
 * arrive already worded in the resident's language; the renderer adds the labels.
 *
 * <p>The receipt leaves the office with the resident, so it refuses a NIK that is not masked: a full
 * NIK must never reach paper (UU 27/2022), whichever caller forgot to mask it.
 *
 * @param ticketNumber    null for a walk-in without a queue ticket
 * @param portalReference null when the portal gave none (yet)
 * @param qrPayload       what the receipt's QR code carries (the registration id, for a reprint)
 * @param proof           whether the paper proves a registration (the portal said it succeeded); otherwise
 *                        it only records an attempt, and says so in its title and closing words
 * @param copyMadeAt      when this copy was printed again, or null for the first print: every reprint
 *                        says "SALINAN" with its time, so two papers of one registration are told apart
 */
public record ReceiptDocument(
        String officeName,
        String officeAddress,
        LocalDateTime savedAt,
        String registrationCode,
        String ticketNumber,
        String maskedNik,
        String name,
        String rt,
        String rw,
        String pathText,
        String ikdText,
        String outcomeText,
        String portalReference,
        List<String> nextSteps,
        String agentName,
        String qrPayload,
        boolean proof,
        LocalDateTime copyMadeAt) {

    /** Separators people type inside a NIK; a NIK with them is still a full NIK. */
    private static final Pattern NIK_SEPARATORS = Pattern.compile("[\\s.\\-]");
    private static final Pattern SIXTEEN_DIGITS = Pattern.compile("\\d{16}");

    public ReceiptDocument {
        Require.notBlank(officeName, "officeName");
        Objects.requireNonNull(officeAddress, "officeAddress");
        Objects.requireNonNull(savedAt, "savedAt");
        Require.notBlank(registrationCode, "registrationCode");
        ticketNumber = Require.blankToNull(ticketNumber);
        Require.notBlank(maskedNik, "maskedNik");
        if (SIXTEEN_DIGITS.matcher(NIK_SEPARATORS.matcher(maskedNik).replaceAll("")).matches()) {
            throw new IllegalArgumentException("receipt needs a masked NIK");
        }
        Require.notBlank(name, "name");
        Objects.requireNonNull(rt, "rt");
        Objects.requireNonNull(rw, "rw");
        Require.notBlank(pathText, "pathText");
        Require.notBlank(ikdText, "ikdText");
        Require.notBlank(outcomeText, "outcomeText");
        portalReference = Require.blankToNull(portalReference);
        nextSteps = List.copyOf(nextSteps);
        nextSteps.forEach(step -> Require.notBlank(step, "nextSteps item"));
        Require.notBlank(agentName, "agentName");
        Require.notBlank(qrPayload, "qrPayload");
    }

    /** The first print of a successful registration's receipt. */
    public ReceiptDocument(String officeName, String officeAddress, LocalDateTime savedAt, String registrationCode,
                           String ticketNumber, String maskedNik, String name, String rt, String rw, String pathText,
                           String ikdText, String outcomeText, String portalReference, List<String> nextSteps,
                           String agentName, String qrPayload) {
        this(officeName, officeAddress, savedAt, registrationCode, ticketNumber, maskedNik, name, rt, rw, pathText,
                ikdText, outcomeText, portalReference, nextSteps, agentName, qrPayload, true, null);
    }

    /** The same receipt, printed again at {@code at}. */
    public ReceiptDocument copyAt(LocalDateTime at) {
        return new ReceiptDocument(officeName, officeAddress, savedAt, registrationCode, ticketNumber, maskedNik, name,
                rt, rw, pathText, ikdText, outcomeText, portalReference, nextSteps, agentName, qrPayload, proof,
                Objects.requireNonNull(at, "at"));
    }
}
