package id.loket.service.skm;

import id.loket.config.Language;
import id.loket.config.QueueSettings;
import id.loket.documents.IkmRenderer;
import id.loket.documents.OfficeReportRenderer;
import id.loket.domain.text.Texts;
import id.loket.service.OfficeProfile;
import id.loket.storage.AuditLog;
import id.loket.storage.Jdbc;
import id.loket.storage.SkmRepository;
import java.time.Clock;

/**
 * The Survei Kepuasan Masyarakat (PermenPANRB 14/2017): the touch screen's questionnaires, the paper
 * ones imported, and the IKM reports. One object, so the composition root and the screens take it in
 * one line.
 */
public record Skm(SkmSurveys surveys, SkmImport imports, IkmReports reports) {

    /** @param signerRole who signs the report, e.g. "Lurah Gunung Sari Ilir" */
    public static Skm wire(Jdbc jdbc, AuditLog audit, QueueSettings queue, Language language, OfficeProfile office,
                           String signerRole, Texts texts, Clock clock) {
        SkmRepository store = new SkmRepository(jdbc);
        return new Skm(new SkmSurveys(store, queue),
                new SkmImport(jdbc, store, SkmServices.aliases(queue), audit, clock),
                new IkmReports(store, queue, language, new IkmRenderer(texts),
                        new OfficeReportRenderer.Office(office.name(), office.address(), signerRole), audit, texts,
                        clock));
    }
}
