package id.loket.wiring;

import id.loket.config.LoketSettings;
import id.loket.storage.Database;
import id.loket.storage.DatabaseKey;
import id.loket.storage.StorageException;
import java.time.Clock;

/**
 * The composition root: opens the database, builds the {@link Foundation} and on it each area's
 * services (each area's record says what it holds and builds it by constructor), starts and closes
 * what runs on its own. It hands out areas, not services: the command line and the app map an area to
 * the small record one command or one screen needs.
 */
public final class AppContext implements AutoCloseable {

    private final Foundation foundation;
    private final Peripherals peripherals;
    private final ListsArea lists;
    private final QueueArea queue;
    private final ProgrammesArea programmes;
    private final RegistrationArea registration;
    private final ReportingArea reporting;
    private final SecurityArea security;
    private final ComplaintDesk complaintDesk;

    private AppContext(LoketSettings settings, Database database, Clock clock) {
        this.foundation = Foundation.build(settings, database, clock);
        this.peripherals = Peripherals.wire(foundation);
        this.lists = ListsArea.wire(foundation);
        this.queue = QueueArea.wire(foundation, lists.schedules().query());
        this.programmes = ProgrammesArea.wire(foundation);
        this.registration = RegistrationArea.wire(foundation, programmes);
        this.reporting = ReportingArea.wire(foundation, registration, peripherals);
        this.security = SecurityArea.wire(foundation, peripherals, reporting);
        this.complaintDesk = ComplaintDesk.wire(foundation, queue.tickets());
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

    /** Starts the counter's devices (the kiosk window does; commands on the command line do not need them). */
    public void startDevices() {
        peripherals.start(foundation);
    }

    /**
     * Closes each day at {@code queue.day-closes-at} by itself (its file into the outbox), until
     * {@link #close()}. Only on the PC that holds the database: on a LAN, {@code loket serve} closes it.
     */
    public void startDayClose() {
        reporting.dayCloseTimer().start();
    }

    /** The settings, words, database, office, documents, printouts and NIK rules every area is built on. */
    public Foundation foundation() {
        return foundation;
    }

    /** Devices and sound. */
    public Peripherals peripherals() {
        return peripherals;
    }

    /** The RT lists, the schedule and the case work. */
    public ListsArea lists() {
        return lists;
    }

    /** Tickets, the counter's calls, the board and the service notices. */
    public QueueArea queue() {
        return queue;
    }

    /** SSN card requests, the satisfaction survey, the JKK proposals. */
    public ProgrammesArea programmes() {
        return programmes;
    }

    /** The lookup, the registration, the other services' records, the person page. */
    public RegistrationArea registration() {
        return registration;
    }

    /** The office's reports, the daily file and day close, the office face's desk. */
    public ReportingArea reporting() {
        return reporting;
    }

    /** Sign-in, accounts, audit trail, purge, backups, the checks at start, demo data. */
    public SecurityArea security() {
        return security;
    }

    /** Complaints and their report. */
    public ComplaintDesk complaintDesk() {
        return complaintDesk;
    }

    @Override
    public void close() {
        try {
            reporting.dayCloseTimer().close();
            peripherals.close();
        } finally {
            foundation.database().close();
        }
    }
}
