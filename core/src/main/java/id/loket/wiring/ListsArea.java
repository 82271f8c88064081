package id.loket.wiring;

import id.loket.documents.CaseworkRenderer;
import id.loket.documents.ImportReportRenderer;
import id.loket.documents.ReceiptRenderer;
import id.loket.documents.ScheduleRenderer;
import id.loket.domain.nik.KkNumberValidator;
import id.loket.domain.nik.NikValidator;
import id.loket.domain.nik.RegionCodes;
import id.loket.domain.rtlist.RowRules;
import id.loket.domain.schedule.Planner;
import id.loket.domain.sociallist.SocialListRules;
import id.loket.domain.text.Texts;
import id.loket.domain.office.OfficeProfile;
import id.loket.service.registration.CorrectionService;
import id.loket.service.rtlist.RtListImportReport;
import id.loket.service.rtlist.RtListImportService;
import id.loket.service.casework.CaseworkService;
import id.loket.service.casework.FollowUpList;
import id.loket.service.casework.SocialListImport;
import id.loket.service.casework.SocialListReport;
import id.loket.service.casework.ExplanationService;
import id.loket.service.schedule.PlanSchedule;
import id.loket.service.schedule.RePlan;
import id.loket.service.schedule.ScheduleCsvExport;
import id.loket.service.schedule.ScheduleQuery;
import id.loket.service.schedule.SchedulePrintouts;
import id.loket.service.schedule.ScheduleService;
import id.loket.storage.AuditLog;
import id.loket.storage.ExplanationRepository;
import id.loket.storage.FollowUpRepository;
import id.loket.storage.Jdbc;
import id.loket.storage.RegistrationCorrectionRepository;
import id.loket.storage.RtListImportRepository;
import id.loket.storage.ScheduleRepository;
import id.loket.storage.SocialListRepository;
import java.time.Clock;

/**
 * The lists of households and what the office does with them: the RT lists imported, the schedule
 * planned from them, and the case work after the counter (the desil / PKH list, follow-ups,
 * corrections, why households are not registered).
 */
public record ListsArea(RtListImportService rtListImport, ScheduleService schedules, CaseworkService casework) {

    static ListsArea wire(Foundation base) {
        return new ListsArea(
                rtListImport(base.jdbc(), base.audit(), base.texts(), base.office(), base.nikValidator(),
                        base.kkValidator(), base.clock()),
                schedules(base), casework(base));
    }

    /**
     * The RT-list import with its standard parts: reports in {@code texts}' language with {@code office}'s
     * letterhead. Public for the benchmarks and tests that import into a bare database.
     */
    public static RtListImportService rtListImport(Jdbc jdbc, AuditLog audit, Texts texts, OfficeProfile office,
            NikValidator nikValidator, KkNumberValidator kkValidator, Clock clock) {
        RowRules rules = new RowRules(nikValidator, kkValidator);
        RtListImportReport reports = new RtListImportReport(texts, office, new ImportReportRenderer(texts));
        return new RtListImportService(jdbc, new RtListImportRepository(jdbc), rules, reports, audit, clock);
    }

    /**
     * The RT-list import alone over a bare database, with its own rules from the shipped region codes:
     * for the benchmarks and tests that import without the rest of the application.
     */
    public static RtListImportService rtListImportAlone(Jdbc jdbc, Texts texts, OfficeProfile office, Clock clock) {
        RegionCodes regions = RegionCodes.fromClasspath();
        return rtListImport(jdbc, new AuditLog(jdbc, clock), texts, office, new NikValidator(regions, clock),
                new KkNumberValidator(regions), clock);
    }

    /** The desil / PKH list import. Public for the tests that import into a bare database. */
    public static SocialListImport socialListImport(Jdbc jdbc, AuditLog audit, NikValidator nikValidator,
            KkNumberValidator kkValidator, Clock clock) {
        return new SocialListImport(jdbc, new SocialListRepository(jdbc),
                new SocialListRules(nikValidator, kkValidator), audit, clock);
    }

    /** The schedule's use cases over one database, with the one planner and repository they share. */
    private static ScheduleService schedules(Foundation base) {
        var jdbc = base.jdbc();
        var audit = base.audit();
        var clock = base.clock();
        ScheduleRepository repository = new ScheduleRepository(jdbc);
        Planner planner = new Planner();
        return new ScheduleService(new PlanSchedule(jdbc, repository, planner, audit, clock),
                new RePlan(jdbc, repository, planner, audit, clock), new ScheduleQuery(repository, clock),
                new ScheduleCsvExport(repository), new SchedulePrintouts(repository,
                new ExplanationRepository(jdbc), new ScheduleRenderer(base.texts()), base.office(), audit, clock));
    }

    /** The case work; its sheets are signed by the lurah, its corrected receipts on the receipt paper. */
    private static CaseworkService casework(Foundation base) {
        var jdbc = base.jdbc();
        var audit = base.audit();
        var texts = base.texts();
        var office = base.office();
        var clock = base.clock();
        CaseworkRenderer renderer = new CaseworkRenderer(texts);
        CaseworkRenderer.Office printed = new CaseworkRenderer.Office(office.name(), office.address(),
                base.lurahSignature());
        return new CaseworkService(socialListImport(jdbc, audit, base.nikValidator(), base.kkValidator(), clock),
                new SocialListReport(texts, renderer, printed),
                new FollowUpList(jdbc, new FollowUpRepository(jdbc), renderer, printed, audit, texts, clock),
                new CorrectionService(jdbc, new RegistrationCorrectionRepository(jdbc),
                        base.nikValidator(), base.kkValidator(), audit,
                        new ReceiptRenderer(texts), base.receiptPaper(), base.documents(), office, texts, clock),
                new ExplanationService(jdbc, new ExplanationRepository(jdbc), audit, clock));
    }
}
