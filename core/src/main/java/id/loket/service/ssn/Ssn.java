package id.loket.service.ssn;

import id.loket.documents.PaperSize;
import id.loket.documents.SsnReceiptRenderer;
import id.loket.domain.nik.NikValidator;
import id.loket.domain.ssn.PoliceLetterRule;
import id.loket.domain.text.Texts;
import id.loket.service.OfficeProfile;
import id.loket.service.Printouts;
import id.loket.storage.AuditLog;
import id.loket.storage.DocumentFolder;
import id.loket.storage.Jdbc;
import id.loket.storage.SsnRepository;
import java.time.Clock;

/**
 * The SSN programme at the kelurahan (Perwali Samarinda 70/2025): card requests at the counter, their
 * export for Diskominfo, and the person page's SSN section. One object, so the composition root and the
 * screens take it in one line.
 */
public record Ssn(SsnCardRequests requests, SsnRequestExport export, SsnCardSource personSource,
                  SsnRecipientsImport recipients) {

    public static Ssn wire(boolean enabled, PoliceLetterRule policeLetter, NikValidator validator, Jdbc jdbc,
                           AuditLog audit, PaperSize receiptPaper, DocumentFolder documents, Printouts printouts,
                           OfficeProfile office, Texts texts, int counterNumber, Clock clock) {
        SsnRepository store = new SsnRepository(jdbc);
        return new Ssn(new SsnCardRequests(enabled, policeLetter, validator, store, audit, jdbc,
                new SsnReceiptRenderer(texts), receiptPaper, documents, printouts, office, texts, counterNumber, clock),
                new SsnRequestExport(store, audit), new SsnCardSource(store),
                new SsnRecipientsImport(validator, store, audit, jdbc, clock));
    }
}
