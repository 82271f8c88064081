package id.loket.service.registration;

import id.loket.domain.registration.FailureReason;
import id.loket.domain.registration.Outcome;
import id.loket.domain.registration.Registration;
import id.loket.domain.registration.RegistrationPath;
import id.loket.domain.text.Texts;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * The plain-words "what happens next" printed on a receipt, true for its outcome and path: a success
 * says the household is registered and nothing more is needed; a failure or a pending registration
 * says plainly that the household is not registered yet, why, when to come back and what to bring.
 * Only the Mandiri (IKD) path, where the resident registers on their own phone, is told it may finish
 * in the IKD app by itself.
 */
final class NextSteps {

    private NextSteps() {
    }

    static List<String> forRegistration(Registration registration, Texts texts) {
        List<String> steps = new ArrayList<>();
        boolean mandiri = registration.path() == RegistrationPath.MANDIRI_IKD;
        switch (registration.outcome()) {
            case BERHASIL -> {
                steps.add(texts.text("receipt.next.success"));
                if (mandiri) {
                    steps.add(texts.text("receipt.next.success.nothingMoreInIkd"));
                }
            }
            case GAGAL -> {
                steps.add(texts.text("receipt.next.failed"));
                steps.add(texts.text(failedWhatNow(registration.failureReason().orElse(FailureReason.OTHER))));
                steps.add(bring(registration, texts));
                if (mandiri) {
                    steps.add(texts.text("receipt.next.tryAgainInIkd"));
                }
            }
            case PERLU_TINDAK_LANJUT -> {
                steps.add(texts.text("receipt.next.pending"));
                steps.add(registration.followUpOn()
                        .map(day -> texts.text("receipt.next.comeBackOn", longDate(day, texts)))
                        .orElse(texts.text("receipt.next.followUp")));
                steps.add(bring(registration, texts));
                if (mandiri) {
                    steps.add(texts.text("receipt.next.finishInIkd"));
                }
            }
        }
        steps.add(texts.text("receipt.next.complaints"));
        return steps;
    }

    /** Whether the paper proves a registration, or only records an attempt. */
    static boolean proves(Registration registration) {
        return registration.outcome() == Outcome.BERHASIL;
    }

    /** What a resident whose registration failed does now: it depends on why it failed. */
    private static String failedWhatNow(FailureReason reason) {
        return switch (reason) {
            case PORTAL_DOWN -> "receipt.next.failed.portalDown";
            case NIK_NOT_FOUND_DUKCAPIL -> "receipt.next.failed.nikNotFound";
            case NO_OTP -> "receipt.next.failed.noOtp";
            case FACE_CHECK_FAILED -> "receipt.next.failed.faceCheck";
            case DATA_MISMATCH -> "receipt.next.failed.dataMismatch";
            case OTHER -> "receipt.next.failed.other";
        };
    }

    /** A resident who used their own phone needs it again next time. */
    private static String bring(Registration registration, Texts texts) {
        return registration.path() == RegistrationPath.OLEH_AGEN
                ? texts.text("receipt.next.bringDocuments")
                : texts.text("receipt.next.bringDocumentsAndPhone");
    }

    /** "Senin, 8 Juni 2026": a weekday helps an elderly resident remember the day. */
    private static String longDate(LocalDate day, Texts texts) {
        return DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy", texts.locale()).format(day);
    }
}
