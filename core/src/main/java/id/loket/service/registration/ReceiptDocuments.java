package id.loket.service.registration;

import id.loket.documents.ReceiptDocument;
import id.loket.domain.household.RtRef;
import id.loket.domain.nik.Nik;
import id.loket.domain.office.OfficeProfile;
import id.loket.domain.registration.OutcomeReason;
import id.loket.domain.registration.Registration;
import id.loket.domain.text.EnumLabels;
import id.loket.domain.text.Texts;
import java.util.Optional;

/**
 * What a registration's receipt says, made in one place: for the counter's save and reprint
 * ({@link RegistrationService}) and for a supervisor's correction ({@link CorrectionService}),
 * so a corrected receipt reads exactly like one from the counter.
 */
final class ReceiptDocuments {

    private final OfficeProfile office;
    private final Texts texts;

    ReceiptDocuments(OfficeProfile office, Texts texts) {
        this.office = office;
        this.texts = texts;
    }

    /**
     * The receipt of {@code registration} as it stands now. The head's NIK is masked here: the
     * receipt leaves the office with the resident.
     *
     * @param ticketNumber the queue ticket's number as displayed, empty for a walk-in
     * @param agentName    who saved the registration at the counter
     */
    ReceiptDocument of(Registration registration, Optional<String> ticketNumber, Nik headNik, String headName,
                       RtRef rt, String agentName) {
        return new ReceiptDocument(
                office.name(), office.address(), registration.savedAt(), registration.code(),
                ticketNumber.orElse(null), headNik.masked(), headName, rt.rt(), rt.rw(),
                texts.text(EnumLabels.key(registration.path())),
                texts.text(EnumLabels.key(registration.ikdState())),
                outcomeText(registration),
                registration.portalReference().orElse(null),
                NextSteps.forRegistration(registration, texts),
                agentName,
                registration.qrPayload(),
                NextSteps.proves(registration),
                null);
    }

    /** "Gagal: Kode OTP tidak masuk. dicoba 3 kali": the outcome, then why. */
    private String outcomeText(Registration registration) {
        String outcome = texts.text(EnumLabels.key(registration.outcome()));
        return OutcomeReason.why(registration.failureReason(), registration.outcomeNote(), texts)
                .map(why -> outcome + ": " + why).orElse(outcome);
    }
}
