package id.loket.service;

import id.loket.domain.registration.Registration;
import id.loket.domain.text.Texts;
import java.util.ArrayList;
import java.util.List;

/** The plain-words "what happens next" printed on a receipt, from the outcome and the path. */
final class NextSteps {

    private NextSteps() {
    }

    static List<String> forRegistration(Registration registration, Texts texts) {
        List<String> steps = new ArrayList<>();
        switch (registration.outcome()) {
            case BERHASIL -> steps.add(texts.text("receipt.next.success"));
            case GAGAL -> {
                steps.add(texts.text("receipt.next.failed"));
                steps.add(texts.text("receipt.next.bringDocuments"));
            }
            case PERLU_TINDAK_LANJUT -> {
                steps.add(texts.text("receipt.next.followUp"));
                steps.add(texts.text("receipt.next.bringDocuments"));
            }
        }
        switch (registration.path()) {
            case MANDIRI_IKD -> steps.add(texts.text("receipt.next.selfService"));
            case DIBANTU_PONSEL_WARGA, OLEH_AGEN -> steps.add(texts.text("receipt.next.keepReceipt"));
        }
        steps.add(texts.text("receipt.next.complaints"));
        return steps;
    }
}
