package id.loket.wiring;

import id.loket.documents.FairnessRenderer;
import id.loket.documents.OfficeReportRenderer;
import id.loket.service.office.FairnessReport;
import id.loket.service.office.OfficeReports;
import id.loket.service.office.ProgressReport;
import id.loket.service.dailyfile.DailyFiles;
import id.loket.service.dailyfile.DayClose;
import id.loket.service.dailyfile.DayCloseTimer;
import id.loket.service.dailyfile.SoftwareVersion;
import id.loket.service.office.OfficeDesk;
import id.loket.service.office.QueueToday;
import id.loket.service.office.ReportPrinter;
import id.loket.storage.DailyFigureRepository;
import id.loket.storage.ExplanationRepository;
import id.loket.storage.OfficeSigningKey;
import id.loket.storage.QueueWatchRepository;
import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * The office's reports and its daily file: the progress per RT, the printed reports, the signed
 * daily file for the kecamatan and the city with the day close that writes it, and the office face's
 * printer and view of today's queue.
 *
 * @param dailyFiles   the kelurahan's signed daily file for the kecamatan and the city, and the office's public key
 * @param dayCloseTimer closes each day at {@code queue.day-closes-at} by itself once started
 * @param officeDesk   the office face's printer for reports and its view of today's queue
 */
public record ReportingArea(ProgressReport progress, OfficeReports reports, DailyFiles dailyFiles, DayClose dayClose,
                            DayCloseTimer dayCloseTimer, OfficeDesk officeDesk) {

    /** @param registration whose refusals and outcomes of the day the daily summary counts */
    static ReportingArea wire(Foundation base, RegistrationArea registration, Peripherals peripherals) {
        var settings = base.settings();
        var jdbc = base.jdbc();
        var audit = base.audit();
        var texts = base.texts();
        var clock = base.clock();
        var ticketStore = base.stores().tickets();
        ProgressReport progress = new ProgressReport(base.stores().rts(), base.stores().households(), clock);
        DailyFiles dailyFiles = new DailyFiles(new DailyFigureRepository(jdbc), base.office(), signingKey(base),
                audit, SoftwareVersion.current(), clock);
        DayClose dayClose = new DayClose(dailyFiles, audit, settings.dailyFile().outbox(),
                settings.queue().rules().dayClosesAt(), clock);
        OfficeReports reports = new OfficeReports(progress, new OfficeReportRenderer(texts), base.office(),
                base.lurahSignature(), audit, texts, clock,
                printedOffice -> new FairnessReport(ticketStore, settings.queue(), settings.ui().language(),
                        new FairnessRenderer(texts), printedOffice, audit, texts, clock),
                registration.registrations()::refusalsToday, registration.serviceRecords()::outcomesToday,
                dailyFiles::fingerprint, new ExplanationRepository(jdbc)::onList);
        OfficeDesk officeDesk = new OfficeDesk(new ReportPrinter(peripherals.devices(), audit), new QueueToday(
                new QueueWatchRepository(jdbc), settings.queue(), settings.counter().officeCounters(),
                settings.ui().language(), clock));
        return new ReportingArea(progress, reports, dailyFiles, dayClose, new DayCloseTimer(dayClose), officeDesk);
    }

    /**
     * The office's signing key for its daily files. The PC that holds the database makes it at its first
     * start, beside the database key; a LAN counter uses a copy of that file (like the key file itself)
     * and never makes its own, which the kecamatan would not know.
     */
    private static Supplier<OfficeSigningKey> signingKey(Foundation base) {
        Path keyFile = base.settings().security().keyFile();
        if (base.isLanClient()) {
            return () -> OfficeSigningKey.loadExisting(keyFile);
        }
        OfficeSigningKey key = OfficeSigningKey.loadOrCreate(keyFile);
        return () -> key;
    }
}
