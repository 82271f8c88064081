package id.loket.wiring;

import id.loket.config.LoketSettings;
import id.loket.documents.OfficeReportRenderer;
import id.loket.documents.PaperSize;
import id.loket.documents.ReceiptRenderer;
import id.loket.documents.ScheduleRenderer;
import id.loket.documents.TestPageRenderer;
import id.loket.documents.TicketRenderer;
import id.loket.domain.account.PinHasher;
import id.loket.domain.nik.KkNumberValidator;
import id.loket.domain.nik.NikValidator;
import id.loket.domain.nik.RegionCodes;
import id.loket.domain.text.Texts;
import id.loket.service.Accounts;
import id.loket.service.AuditTrail;
import id.loket.service.BackupService;
import id.loket.service.dailyfile.DayClose;
import id.loket.service.dailyfile.DayCloseTimer;
import id.loket.service.CounterService;
import id.loket.service.DemoDataService;
import id.loket.service.HouseholdCsvExport;
import id.loket.service.HouseholdLookup;
import id.loket.service.LoginService;
import id.loket.service.OfficeProfile;
import id.loket.service.OfficeReports;
import id.loket.service.ProgressReport;
import id.loket.service.FairnessReport;
import id.loket.documents.FairnessRenderer;
import id.loket.service.QueueEstimates;
import id.loket.service.ResidentSchedule;
import id.loket.service.RegistrationService;
import id.loket.service.ServiceRecords;
import id.loket.service.complaint.ComplaintReport;
import id.loket.service.complaint.Complaints;
import id.loket.service.notice.ServiceNotices;
import id.loket.storage.ComplaintRepository;
import id.loket.storage.ServiceNoticeRepository;
import id.loket.documents.ComplaintReportRenderer;
import id.loket.documents.ComplaintSlipRenderer;
import id.loket.service.RetentionPurge;
import id.loket.service.StartupChecks;
import id.loket.service.RtListImportService;
import id.loket.service.TicketService;
import id.loket.service.schedule.Schedules;
import id.loket.storage.AgentRepository;
import id.loket.storage.AuditLog;
import id.loket.storage.ConsentRefusalRepository;
import id.loket.storage.ServiceRecordRepository;
import id.loket.storage.BackupStore;
import id.loket.storage.Database;
import id.loket.storage.DatabaseKey;
import id.loket.storage.DatabaseOwner;
import id.loket.storage.DocumentFolder;
import id.loket.storage.HouseholdRepository;
import id.loket.storage.Jdbc;
import id.loket.storage.StorageException;
import id.loket.storage.OfficeRepository;
import id.loket.storage.RegistrationRepository;
import id.loket.storage.RetentionRepository;
import id.loket.storage.RtRepository;
import id.loket.storage.TicketRepository;
import id.loket.storage.UnknownNameLoginRepository;
import id.loket.config.DeviceChoice;
import id.loket.config.DeviceSettings;
import id.loket.device.api.ConfiguredDevices;
import id.loket.device.api.DeviceContext;
import id.loket.device.api.DeviceRegistry;
import id.loket.service.Devices;
import id.loket.service.office.OfficeDesk;
import id.loket.service.office.QueueToday;
import id.loket.service.office.ReportPrinter;
import id.loket.storage.QueueWatchRepository;
import id.loket.service.Printouts;
import id.loket.storage.PrintJobRepository;
import id.loket.service.ResidentVoice;
import id.loket.service.board.Announcer;
import id.loket.service.board.BoardService;
import id.loket.storage.BoardRepository;
import id.loket.storage.CounterStateRepository;
import id.loket.service.casework.Casework;
import id.loket.service.dailyfile.DailyFiles;
import id.loket.service.dailyfile.SoftwareVersion;
import id.loket.storage.DailyFigureRepository;
import id.loket.storage.OfficeSigningKey;
import id.loket.documents.JkkRenderer;
import id.loket.service.jkk.JkkDocuments;
import id.loket.service.jkk.JkkProgramme;
import id.loket.service.jkk.JkkProposals;
import id.loket.storage.JkkRepository;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.LoggerFactory;

/**
 * The composition root: the one place that chooses implementations and wires them together by
 * constructor. Everything else receives what it needs and never builds its own collaborators.
 */
public final class AppContext implements AutoCloseable {

    private final LoketSettings settings;
    private final Texts texts;
    private final Database database;
    private final OfficeProfile office;
    private final ProgressReport progress;
    private final TicketService tickets;
    private final CounterService counter;
    private final HouseholdLookup lookup;
    private final RegistrationService registrations;
    private final ServiceRecords serviceRecords;
    private final LoginService login;
    private final DemoDataService demoData;
    private final HouseholdCsvExport householdExport;
    private final OfficeReports reports;
    private final BackupService backups;
    private final AuditTrail auditTrail;
    private final RetentionPurge purge;
    private final Accounts accounts;
    private final StartupChecks startupChecks;
    private final Schedules schedules;
    private final RtListImportService rtListImport;
    private final ConfiguredDevices deviceDrivers;
    private final Devices devices;
    private final Printouts printouts;
    private final BoardService board;
    private final Announcer announcer;
    private final ResidentVoice residentVoice;
    private final Casework casework;
    private final OfficeDesk officeDesk;
    private final DailyFiles dailyFiles;
    private final id.loket.service.skm.Skm skm;
    private final ResidentVoice surveyVoice;
    // One record per person and the SSN card requests (Perwali Samarinda 70/2025)
    private final id.loket.service.ssn.Ssn ssn;
    private final id.loket.service.person.PersonRecords personRecords;
    private final DayClose dayClose;
    private final DayCloseTimer dayCloseTimer;
    private final Complaints complaints;
    private final ComplaintReport complaintReport;
    private final ServiceNotices serviceNotices;
    private final JkkProposals jkkProposals;
    private final JkkDocuments jkkDocuments;

    private AppContext(LoketSettings settings, Database database, Clock clock) {
        this.settings = settings;
        this.texts = Texts.forLocale(settings.ui().language().locale());
        this.database = database;
        this.office = officeProfile(settings);

        Jdbc jdbc = new Jdbc(database.dataSource());
        AuditLog audit = new AuditLog(jdbc, clock);
        RtRepository rts = new RtRepository(jdbc);
        HouseholdRepository households = new HouseholdRepository(jdbc);
        this.progress = new ProgressReport(rts, households, clock);
        var rules = settings.queue().rules();
        TicketRepository ticketRepository = new TicketRepository(jdbc, new id.loket.domain.queue.QueuePolicy(
                new id.loket.domain.queue.QueueRules(rules.noShowCalls(), rules.returnAfterCalls(),
                        rules.priorityMaxInRow())));
        RegistrationRepository registrationRepository = new RegistrationRepository(jdbc);
        AgentRepository agents = new AgentRepository(jdbc);
        // The kept printouts are sealed under a key derived from the database's (a LAN counter's copy of
        // the server's key in LAN mode), so a copy of the data folder holds no readable receipt.
        DocumentFolder documents = new DocumentFolder(settings.data().dataDir(),
                DatabaseKey.loadOrCreate(settings.security().keyFile()));
        documents.sealEarlierDocuments();
        PinHasher hasher = new PinHasher(settings.security().pinHashIterations());
        this.deviceDrivers = DeviceRegistry.load().build(deviceSettings(settings),
                new DeviceContext(clock, System::nanoTime, settings.data().dataDir()));
        TestPageRenderer testPage = new TestPageRenderer(texts);
        this.devices = new Devices(deviceDrivers, () -> testPage.render(office.name(), office.address(),
                java.time.LocalDateTime.now(clock), PaperSize.fromSetting(settings.print().receiptPaper())));
        this.printouts = new Printouts(new PrintJobRepository(jdbc), documents, deviceDrivers.printer(),
                settings.counter().number(), clock);

        this.serviceNotices = new ServiceNotices(jdbc, new ServiceNoticeRepository(jdbc), audit, clock);
        this.schedules = Schedules.wire(jdbc, audit, new ScheduleRenderer(texts), office, clock);
        RegionCodes regions = RegionCodes.fromClasspath();
        NikValidator nikValidator = new NikValidator(regions, clock);
        this.tickets = new TicketService(ticketRepository, settings.queue(), settings.ui(), new TicketRenderer(texts),
                PaperSize.fromSetting(settings.print().ticketPaper()), documents, office, printouts,
                new QueueEstimates(ticketRepository, settings.queue(), settings.counter().officeCounters(), clock),
                new ResidentSchedule(nikValidator, households, schedules.query(), audit, clock), clock,
                serviceNotices::textsOn);
        this.counter = new CounterService(ticketRepository, new CounterStateRepository(jdbc), settings.queue(),
                settings.counter().number(), settings.counter().officeCounters(), settings.ui().language(), clock);
        this.lookup = new HouseholdLookup(nikValidator, new KkNumberValidator(regions), households,
                registrationRepository, rts, audit, jdbc, office.kelurahanCode());
        this.registrations = new RegistrationService(jdbc, registrationRepository, households, ticketRepository,
                audit, new ReceiptRenderer(texts), PaperSize.fromSetting(settings.print().receiptPaper()), documents,
                office, texts, printouts, clock, new ConsentRefusalRepository(jdbc), settings.counter().number(),
                settings.registration().asnUnits());
        this.serviceRecords = new ServiceRecords(jdbc, new ServiceRecordRepository(jdbc), audit,
                settings.counter().number(), clock);
        this.login = new LoginService(agents, new UnknownNameLoginRepository(jdbc), hasher, audit, clock);
        this.accounts = new Accounts(jdbc, agents, hasher, audit, settings.security().pinMinLength(), clock);
        this.demoData = new DemoDataService(jdbc, new OfficeRepository(jdbc), rts, households, agents,
                registrationRepository, audit, hasher, clock);
        this.householdExport = new HouseholdCsvExport(households, audit);
        this.auditTrail = new AuditTrail(audit);
        this.purge = new RetentionPurge(new RetentionRepository(jdbc), documents, audit,
                settings.security().retentionDays(), clock);
        this.backups = new BackupService(new BackupStore(jdbc, settings.backup().dir()), new DatabaseOwner(jdbc),
                settings.backup(), audit, clock);
        this.dailyFiles = new DailyFiles(new DailyFigureRepository(jdbc), office, signingKey(settings, database),
                audit, SoftwareVersion.current(), clock);
        this.dayClose = new DayClose(dailyFiles, audit, settings.dailyFile().outbox(), rules.dayClosesAt(), clock);
        this.dayCloseTimer = new DayCloseTimer(dayClose);
        this.startupChecks = new StartupChecks(settings.data().dataDir(), backups, devices,
                database.isLanClient() ? java.util.Optional::empty : dayClose::unwrittenDay);
        this.reports = new OfficeReports(progress, new OfficeReportRenderer(texts), office,
                texts.text("doc.signature.lurah", settings.office().kelurahanName()), audit, texts, clock,
                printedOffice -> new FairnessReport(ticketRepository, settings.queue(), settings.ui().language(),
                        new FairnessRenderer(texts), printedOffice, audit, texts, clock),
                registrations::refusalsToday, serviceRecords::outcomesToday, dailyFiles::fingerprint,
                new id.loket.storage.ExplanationRepository(jdbc)::onList);
        this.rtListImport = RtListImportService.wired(jdbc, texts, office, clock);
        this.board = new BoardService(new BoardRepository(jdbc), settings.queue(),
                settings.counter().officeCounters(), texts.locale(), clock, serviceNotices::textsOn);
        this.announcer = new Announcer(deviceDrivers.sound(), deviceDrivers.sound(), texts.locale());
        this.residentVoice = new ResidentVoice(deviceDrivers.sound(), deviceDrivers.sound(), texts.locale(),
                settings.ui().spokenPrompts());
        this.casework = Casework.wire(jdbc, audit, documents, office,
                texts.text("doc.signature.lurah", settings.office().kelurahanName()),
                PaperSize.fromSetting(settings.print().receiptPaper()), texts, clock);
        ComplaintRepository complaintStore = new ComplaintRepository(jdbc);
        this.complaints = new Complaints(jdbc, complaintStore, audit,
                new Complaints.Slips(new ComplaintSlipRenderer(texts), PaperSize.fromSetting(settings.print().receiptPaper()),
                        documents, printouts, office),
                new Complaints.Rules(code -> settings.queue().service(code).map(tickets::serviceName),
                        settings.complaints().promiseWorkingDays(), settings.counter().number(), texts, clock));
        this.complaintReport = new ComplaintReport(complaintStore, complaints, new ComplaintReportRenderer(texts),
                new OfficeReportRenderer.Office(office.name(), office.address(),
                        texts.text("doc.signature.lurah", settings.office().kelurahanName())), audit, texts, clock);
        this.officeDesk = new OfficeDesk(new ReportPrinter(devices, audit), new QueueToday(
                new QueueWatchRepository(jdbc), settings.queue(), settings.counter().officeCounters(),
                settings.ui().language(), clock));
        this.skm = id.loket.service.skm.Skm.wire(jdbc, audit, settings.queue(), settings.ui().language(), office,
                texts.text("doc.signature.lurah", settings.office().kelurahanName()), texts, clock);
        // The survey says every question aloud, whatever ui.spoken-prompts says for the ticket screen:
        // residents who cannot read well must be able to answer it (PermenPANRB 14/2017 asks all who were served).
        this.surveyVoice = new ResidentVoice(deviceDrivers.sound(), deviceDrivers.sound(), texts.locale(), true);
        this.ssn = id.loket.service.ssn.Ssn.wire(settings.ssn().cardRequests(),
                new id.loket.domain.ssn.PoliceLetterRule(settings.ssn().policeLetterForLost(),
                        settings.ssn().policeLetterForDamaged()), nikValidator, jdbc, audit,
                PaperSize.fromSetting(settings.print().receiptPaper()), documents, printouts, office, texts,
                settings.counter().number(), clock);
        JkkProgramme jkkProgramme = JkkProgramme.of(settings);
        JkkRepository jkkRepository = new JkkRepository(jdbc);
        this.jkkProposals = new JkkProposals(jdbc, jkkRepository, audit, jkkProgramme, nikValidator,
                settings.counter().number(), clock);
        this.jkkDocuments = new JkkDocuments(jkkRepository, jkkProgramme, new JkkRenderer(texts), office,
                texts.text("doc.signature.lurah", settings.office().kelurahanName()), audit, texts, clock);
        // The person page's sections, in the order shown. Another programme plugs in here with its own
        // PersonRecordSource (.with(...)); the SSN section only where the office takes SSN card requests.
        var personStore = new id.loket.storage.PersonRecordRepository(jdbc);
        this.personRecords = new id.loket.service.person.PersonRecords(nikValidator, households, personStore, audit, jdbc)
                .with(new id.loket.service.person.PerlinsosSource(personStore))
                .with(new id.loket.service.jkk.JkkPersonSource(jkkRepository))
                .with(new id.loket.service.person.CaseworkSource(personStore))
                .with(new id.loket.service.person.CorrectionSource(personStore));
        if (settings.ssn().cardRequests()) {
            personRecords.with(ssn.personSource());
        }
    }

    /**
     * The office's signing key for its daily files. The PC that holds the database makes it at its first
     * start, beside the database key; a LAN counter uses a copy of that file (like the key file itself)
     * and never makes its own, which the kecamatan would not know.
     */
    private static java.util.function.Supplier<OfficeSigningKey> signingKey(LoketSettings settings, Database database) {
        Path keyFile = settings.security().keyFile();
        if (database.isLanClient()) {
            return () -> OfficeSigningKey.loadExisting(keyFile);
        }
        OfficeSigningKey key = OfficeSigningKey.loadOrCreate(keyFile);
        return () -> key;
    }

    /** Opens the database named by the settings (the embedded file unless a URL is set) and wires the app. */
    public static AppContext open(LoketSettings settings, Clock clock) {
        LoggingSetup.logToDataFolder(settings.data().dataDir());
        Database database = settings.data().databaseUrl()
                .map(url -> openUrl(settings, url))
                .orElseGet(() -> Database.openEmbedded(settings.data().dataDir(),
                        DatabaseKey.forDatabaseIn(settings.data().dataDir(), settings.security().keyFile())));
        try {
            return new AppContext(settings, database, clock);
        } catch (RuntimeException e) {
            // A device setting that cannot be used stops the start; the database must not stay locked.
            database.close();
            throw e;
        }
    }

    /**
     * A server URL with a LAN password is LAN mode: this PC connects with its copy of the server's
     * key file. Any other URL is opened as it is.
     */
    private static Database openUrl(LoketSettings settings, String url) {
        if (Database.serverHost(url).isEmpty()) {
            return Database.open(url);
        }
        // The office server admits only PCs that prove the LAN password and the key file.
        String password = settings.lan().password().orElseThrow(() -> new StorageException(
                StorageException.Reason.LAN_REFUSED, "database.url names a server but lan.password is not set", null));
        return Database.openLan(url, DatabaseKey.loadExisting(settings.security().keyFile()), password);
    }

    /**
     * The device settings, with the PDF-folder printer (the default, for PCs without a printer) saving
     * into {@code <data.dir>/documents/printed} unless a folder is configured.
     */
    static DeviceSettings deviceSettings(LoketSettings settings) {
        DeviceChoice printer = settings.devices().printer();
        if (!printer.driverId().equals("pdf-folder") || printer.parameter("folder").isPresent()) {
            return settings.devices();
        }
        Map<String, String> parameters = new HashMap<>(printer.parameters());
        Path folder = DocumentFolder.printedFolder(settings.data().dataDir());
        parameters.put("folder", folder.toString());
        Map<String, DeviceChoice> byRole = new HashMap<>(settings.devices().byRole());
        byRole.put(DeviceSettings.PRINTER, new DeviceChoice(printer.driverId(), parameters));
        return new DeviceSettings(byRole);
    }

    /** Starts the counter's devices (the kiosk window does; commands on the command line do not need them). */
    public void startDevices() {
        DeviceChoice printer = deviceSettings(settings).printer();
        if (printer.driverId().equals("pdf-folder")) {
            // A stand-in for paper, meant to be opened by a person, so not sealed (docs/SECURITY.md).
            LoggerFactory.getLogger(AppContext.class).warn("Printer 'pdf-folder': tickets and receipts are saved "
                    + "as plain PDF files in {}. Set device.printer to a real printer before real residents are "
                    + "served.", printer.parameter("folder").orElse("?"));
        }
        devices.start();
    }

    private static OfficeProfile officeProfile(LoketSettings settings) {
        return new OfficeProfile(settings.office().kelurahanCode(), settings.office().name(), settings.office().address());
    }

    public LoketSettings settings() {
        return settings;
    }

    public Texts texts() {
        return texts;
    }

    public OfficeProfile office() {
        return office;
    }

    public ProgressReport progress() {
        return progress;
    }

    public TicketService tickets() {
        return tickets;
    }

    public CounterService counter() {
        return counter;
    }

    public HouseholdLookup lookup() {
        return lookup;
    }

    public RegistrationService registrations() {
        return registrations;
    }

    /** The short records of the services other than the Perlinsos registration. */
    public ServiceRecords serviceRecords() {
        return serviceRecords;
    }

    public LoginService login() {
        return login;
    }

    public DemoDataService demoData() {
        return demoData;
    }

    public HouseholdCsvExport householdExport() {
        return householdExport;
    }

    public OfficeReports reports() {
        return reports;
    }

    /** True on a counter or board PC connected to the office server in LAN mode. */
    public boolean isLanClient() {
        return database.isLanClient();
    }

    public BackupService backups() {
        return backups;
    }

    public AuditTrail auditTrail() {
        return auditTrail;
    }

    public RetentionPurge purge() {
        return purge;
    }

    public Accounts accounts() {
        return accounts;
    }

    public StartupChecks startupChecks() {
        return startupChecks;
    }

    public Schedules schedules() {
        return schedules;
    }

    public RtListImportService rtListImport() {
        return rtListImport;
    }

    /** Desil / PKH lists, follow-ups and corrections: the office's case work after the counter. */
    public Casework casework() {
        return casework;
    }

    /** The office face's printer for reports and its view of today's queue. */
    public OfficeDesk officeDesk() {
        return officeDesk;
    }

    /** SSN card requests and their export (Samarinda; switched on by {@code ssn.card-requests}). */
    public id.loket.service.ssn.Ssn ssn() {
        return ssn;
    }

    /** Everything recorded here for one person, by programme (the counter's person page). */
    public id.loket.service.person.PersonRecords personRecords() {
        return personRecords;
    }

    /** The kelurahan's signed daily file for the kecamatan and the city, and the office's public key. */
    public DailyFiles dailyFiles() {
        return dailyFiles;
    }

    /** Pekerja rentan (JKK/JKM) proposals and Lampiran I. */
    public JkkProposals jkkProposals() {
        return jkkProposals;
    }

    /** The proposal form, the lists per job type and the exports of the proposals. */
    public JkkDocuments jkkDocuments() {
        return jkkDocuments;
    }

    public Devices devices() {
        return devices;
    }

    public Printouts printouts() {
        return printouts;
    }

    /** The display board's read model. */
    public BoardService board() {
        return board;
    }

    /** Says the calls out loud on this PC (chime and speech), one after another. */
    public Announcer announcer() {
        return announcer;
    }

    /** The ticket screen's spoken prompts (ui.spoken-prompts), for residents who cannot read well. */
    public ResidentVoice residentVoice() {
        return residentVoice;
    }

    /** The drivers themselves, for the device commands and for tests that play the simulators. */
    public ConfiguredDevices deviceDrivers() {
        return deviceDrivers;
    }

    /** The satisfaction survey (SKM): touch questionnaires, paper import, IKM reports. */
    public id.loket.service.skm.Skm skm() {
        return skm;
    }

    public ResidentVoice surveyVoice() {
        return surveyVoice;
    }

    /** The day close, for the command line and tests. */
    public DayClose dayClose() {
        return dayClose;
    }

    /**
     * Closes each day at {@code queue.day-closes-at} by itself (its file into the outbox), until
     * {@link #close()}. Only on the PC that holds the database: on a LAN, {@code loket serve} closes it.
     */
    public void startDayClose() {
        dayCloseTimer.start();
    }

    public Complaints complaints() {
        return complaints;
    }

    public ComplaintReport complaintReport() {
        return complaintReport;
    }

    public ServiceNotices serviceNotices() {
        return serviceNotices;
    }

    @Override
    public void close() {
        try {
            dayCloseTimer.close();
            announcer.close();
            residentVoice.close();
            surveyVoice.close();
            devices.close();
        } finally {
            database.close();
        }
    }
}
