package id.loket.wiring;

import id.loket.documents.IkmRenderer;
import id.loket.documents.JkkRenderer;
import id.loket.documents.OfficeReportRenderer;
import id.loket.documents.SsnReceiptRenderer;
import id.loket.domain.ssn.PoliceLetterRule;
import id.loket.service.jkk.JkkDocuments;
import id.loket.service.jkk.JkkPersonSource;
import id.loket.service.jkk.JkkProgramme;
import id.loket.service.jkk.JkkService;
import id.loket.service.skm.IkmReports;
import id.loket.service.skm.SkmService;
import id.loket.service.skm.SkmImport;
import id.loket.service.skm.SkmServiceNames;
import id.loket.service.skm.SkmSurveys;
import id.loket.service.ssn.SsnService;
import id.loket.service.ssn.SsnCardRequests;
import id.loket.service.ssn.SsnCardSource;
import id.loket.service.ssn.SsnRecipientsImport;
import id.loket.service.ssn.SsnRequestExport;
import id.loket.storage.JkkRepository;
import id.loket.storage.SkmRepository;
import id.loket.storage.SsnRepository;

/**
 * The city's and the state's programmes run at the counter: SSN card requests (Perwali Samarinda
 * 70/2025; switched on by {@code ssn.card-requests}), the satisfaction survey (SKM, PermenPANRB 14/2017)
 * and the pekerja rentan (JKK/JKM) proposals with their documents.
 *
 * @param jkkPersonSource the person page's section for the JKK proposals
 */
public record ProgrammesArea(SsnService ssn, SkmService skm, JkkService jkkProposals, JkkDocuments jkkDocuments,
                             JkkPersonSource jkkPersonSource) {

    static ProgrammesArea wire(Foundation base) {
        var settings = base.settings();
        JkkProgramme jkkProgramme = JkkProgramme.of(settings);
        JkkRepository jkkRepository = new JkkRepository(base.jdbc());
        return new ProgrammesArea(ssn(base), skm(base),
                new JkkService(base.jdbc(), jkkRepository, base.audit(), jkkProgramme, base.nikValidator(),
                        settings.counter().number(), base.clock()),
                new JkkDocuments(jkkRepository, jkkProgramme, new JkkRenderer(base.texts()), base.office(),
                        base.lurahSignature(), base.audit(), base.texts(), base.clock()),
                new JkkPersonSource(jkkRepository));
    }

    /** The SSN programme: requests at the counter, their export for Diskominfo, the person page's section. */
    private static SsnService ssn(Foundation base) {
        var settings = base.settings();
        var jdbc = base.jdbc();
        var audit = base.audit();
        var clock = base.clock();
        var validator = base.nikValidator();
        SsnRepository store = new SsnRepository(jdbc);
        PoliceLetterRule policeLetter = new PoliceLetterRule(settings.ssn().policeLetterForLost(),
                settings.ssn().policeLetterForDamaged());
        return new SsnService(new SsnCardRequests(settings.ssn().cardRequests(), policeLetter, validator, store, audit, jdbc,
                new SsnReceiptRenderer(base.texts()), base.receiptPaper(), base.documents(), base.printouts(),
                base.office(), base.texts(), settings.counter().number(), clock),
                new SsnRequestExport(store, audit), new SsnCardSource(store),
                new SsnRecipientsImport(validator, store, audit, jdbc, clock));
    }

    /** The survey: the touch screen's questionnaires, the paper ones imported, the IKM reports signed by the lurah. */
    private static SkmService skm(Foundation base) {
        var queue = base.settings().queue();
        var office = base.office();
        SkmRepository store = new SkmRepository(base.jdbc());
        return new SkmService(new SkmSurveys(store, queue),
                new SkmImport(base.jdbc(), store, SkmServiceNames.aliases(queue), base.audit(), base.clock()),
                new IkmReports(store, queue, base.settings().ui().language(), new IkmRenderer(base.texts()),
                        new OfficeReportRenderer.Office(office.name(), office.address(), base.lurahSignature()),
                        base.audit(), base.texts(), base.clock()));
    }
}
