package id.loket.service.casework;

import id.loket.documents.CaseworkRenderer;
import id.loket.documents.PaperSize;
import id.loket.documents.ReceiptRenderer;
import id.loket.domain.nik.KkNumberValidator;
import id.loket.domain.nik.NikValidator;
import id.loket.domain.nik.RegionCodes;
import id.loket.domain.text.Texts;
import id.loket.service.OfficeProfile;
import id.loket.service.RegistrationCorrections;
import id.loket.storage.AuditLog;
import id.loket.service.explanation.HouseholdExplanations;
import id.loket.storage.DocumentFolder;
import id.loket.storage.ExplanationRepository;
import id.loket.storage.FollowUpRepository;
import id.loket.storage.Jdbc;
import id.loket.storage.RegistrationCorrectionRepository;
import java.time.Clock;

/**
 * The office's case work after the counter: the desil / PKH list, the follow-ups of
 * registrations that did not succeed, a supervisor's corrections, and why households are not registered. One object, so the composition
 * root and the screens take it in one line.
 */
public record Casework(SocialListImport socialLists, SocialListReport socialListReport, FollowUps followUps,
                       RegistrationCorrections corrections, HouseholdExplanations explanations) {

    /**
     * @param signerRole who signs the sheets handed on, e.g. "Lurah Gunung Sari Ilir"
     * @param receiptPaper the paper of the receipts made again after a correction
     */
    public static Casework wire(Jdbc jdbc, AuditLog audit, DocumentFolder documents, OfficeProfile office,
                                String signerRole, PaperSize receiptPaper, Texts texts, Clock clock) {
        CaseworkRenderer renderer = new CaseworkRenderer(texts);
        CaseworkRenderer.Office printed = new CaseworkRenderer.Office(office.name(), office.address(), signerRole);
        RegionCodes regions = RegionCodes.fromClasspath();
        return new Casework(SocialListImport.wired(jdbc, audit, clock),
                new SocialListReport(texts, renderer, printed),
                new FollowUps(jdbc, new FollowUpRepository(jdbc), renderer, printed, audit, texts, clock),
                new RegistrationCorrections(jdbc, new RegistrationCorrectionRepository(jdbc),
                        new NikValidator(regions, clock), new KkNumberValidator(regions), audit,
                        new ReceiptRenderer(texts), receiptPaper, documents, office, texts, clock),
                new HouseholdExplanations(jdbc, new ExplanationRepository(jdbc), audit, clock));
    }
}
