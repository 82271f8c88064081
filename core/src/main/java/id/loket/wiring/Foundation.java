package id.loket.wiring;

import id.loket.config.DeviceChoice;
import id.loket.config.DeviceSettings;
import id.loket.config.LoketSettings;
import id.loket.device.api.ConfiguredDevices;
import id.loket.device.api.DeviceContext;
import id.loket.device.api.DeviceRegistry;
import id.loket.documents.PaperSize;
import id.loket.domain.nik.KkNumberValidator;
import id.loket.domain.nik.NikValidator;
import id.loket.domain.nik.RegionCodes;
import id.loket.domain.queue.QueuePolicy;
import id.loket.domain.queue.QueueRules;
import id.loket.domain.text.Texts;
import id.loket.domain.office.OfficeProfile;
import id.loket.service.device.PrintoutService;
import id.loket.storage.AuditLog;
import id.loket.storage.Database;
import id.loket.storage.DatabaseKey;
import id.loket.storage.DocumentFolder;
import id.loket.storage.HouseholdRepository;
import id.loket.storage.Jdbc;
import id.loket.storage.PrintJobRepository;
import id.loket.storage.RegistrationRepository;
import id.loket.storage.RtRepository;
import id.loket.storage.TicketRepository;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

/**
 * What every area is built on, made once per run: the settings and their words, the database, the
 * audit log and the clock, the office's letterhead and signature line, the sealed document folder,
 * the printer's queue of printouts, the one NIK and KK rule set, the paper sizes, and the few stores
 * that more than one area reads (households, RTs, tickets, registrations).
 *
 * @param lurahSignature who signs the office's printed reports and sheets, e.g. "Lurah Gunung Sari Ilir"
 */
public record Foundation(LoketSettings settings, Texts texts, Database database, Jdbc jdbc, AuditLog audit,
                         Clock clock, OfficeProfile office, DocumentFolder documents, ConfiguredDevices deviceDrivers,
                         PrintoutService printouts, NikValidator nikValidator, KkNumberValidator kkValidator,
                         PaperSize receiptPaper, PaperSize ticketPaper, String lurahSignature, Stores stores) {

    /** The stores that several areas share, so each is made once and all areas see the same one. */
    public record Stores(RtRepository rts, HouseholdRepository households, TicketRepository tickets,
                         RegistrationRepository registrations) {
    }

    /** Builds the foundation over an opened database; the devices are made but not started. */
    static Foundation build(LoketSettings settings, Database database, Clock clock) {
        Texts texts = Texts.forLocale(settings.ui().language().locale());
        Jdbc jdbc = new Jdbc(database.dataSource());
        OfficeProfile office = new OfficeProfile(settings.office().kelurahanCode(), settings.office().name(),
                settings.office().address());
        var rules = settings.queue().rules();
        Stores stores = new Stores(new RtRepository(jdbc), new HouseholdRepository(jdbc),
                new TicketRepository(jdbc, new QueuePolicy(new QueueRules(rules.noShowCalls(),
                        rules.returnAfterCalls(), rules.priorityMaxInRow()))),
                new RegistrationRepository(jdbc));
        // The kept printouts are sealed under a key derived from the database's (a LAN counter's copy of
        // the server's key in LAN mode), so a copy of the data folder holds no readable receipt.
        DocumentFolder documents = new DocumentFolder(settings.data().dataDir(),
                DatabaseKey.loadOrCreate(settings.security().keyFile()));
        documents.sealEarlierDocuments();
        ConfiguredDevices deviceDrivers = DeviceRegistry.load().build(deviceSettings(settings),
                new DeviceContext(clock, System::nanoTime, settings.data().dataDir()));
        PrintoutService printouts = new PrintoutService(new PrintJobRepository(jdbc), documents, deviceDrivers.printer(),
                settings.counter().number(), clock);
        // One set of region codes and one NIK rule for every use case that checks a NIK or a KK number.
        RegionCodes regions = RegionCodes.fromClasspath();
        return new Foundation(settings, texts, database, jdbc, new AuditLog(jdbc, clock), clock, office, documents,
                deviceDrivers, printouts, new NikValidator(regions, clock), new KkNumberValidator(regions),
                PaperSize.fromSetting(settings.print().receiptPaper()),
                PaperSize.fromSetting(settings.print().ticketPaper()),
                texts.text("doc.signature.lurah", settings.office().kelurahanName()), stores);
    }

    /** True on a counter or board PC connected to the office server in LAN mode. */
    public boolean isLanClient() {
        return database.isLanClient();
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
}
