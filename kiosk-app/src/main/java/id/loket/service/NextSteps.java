package id.loket.service;

import id.loket.domain.registration.Registration;
import id.loket.domain.registration.RegistrationPath;
import id.loket.domain.text.Texts;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * The plain-words "what happens next" printed on a receipt: what was done, what to bring and when to
 * come back, and where to complain. From the outcome and the path.
 */
final class NextSteps {

    private NextSteps() {
    }

    static List<String> forRegistration(Registration registration, Texts texts) {
        List<String> steps = new ArrayList<>();
        switch (registration.outcome()) {
            case BERHASIL -> steps.add(texts.text("receipt.next.success"));
            case GAGAL -> {
                steps.add(texts.text("receipt.next.failed"));
                steps.add(bring(registration, texts));
            }
            case PERLU_TINDAK_LANJUT -> {
                steps.add(registration.followUpOn()
                        .map(day -> texts.text("receipt.next.comeBackOn", longDate(day, texts)))
                        .orElse(texts.text("receipt.next.followUp")));
                steps.add(bring(registration, texts));
            }
        }
        switch (registration.path()) {
            case MANDIRI_IKD -> steps.add(texts.text("receipt.next.selfService"));
            case DIBANTU_PONSEL_WARGA, OLEH_AGEN -> steps.add(texts.text("receipt.next.keepReceipt"));
        }
        steps.add(texts.text("receipt.next.complaints"));
        return steps;
    }

    /** A resident who used their own phone needs it again next time. */
    private static String bring(Registration registration, Texts texts) {
        return registration.path() == RegistrationPath.OLEH_AGEN
                ? texts.text("receipt.next.bringDocuments")
                : texts.text("receipt.next.bringDocumentsAndPhone");
    }

    /** "Senin, 8 Juni 2026": a weekday helps an elderly resident remember the day. */
    private static String longDate(java.time.LocalDate day, Texts texts) {
        return DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy", texts.locale()).format(day);
    }
}
