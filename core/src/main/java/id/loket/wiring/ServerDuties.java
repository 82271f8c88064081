package id.loket.wiring;

import id.loket.config.LoketSettings;
import id.loket.service.security.BackupService;
import id.loket.domain.office.OfficeProfile;
import id.loket.service.dailyfile.DailyFiles;
import id.loket.service.dailyfile.DayClose;
import id.loket.service.dailyfile.SoftwareVersion;
import id.loket.storage.AuditLog;
import id.loket.storage.BackupStore;
import id.loket.storage.DailyFigureRepository;
import id.loket.storage.Database;
import id.loket.storage.DatabaseOwner;
import id.loket.storage.Jdbc;
import id.loket.storage.OfficeSigningKey;
import java.time.Clock;
import java.util.function.Supplier;

/**
 * What the LAN server PC ({@code loket serve}) does besides serving the database: it holds the
 * database and the office's signing key, so it closes the day and makes the daily backup (counters
 * cannot: the LAN account may not run BACKUP). Built over the server's own database, without the rest
 * of the application, which the server never opens.
 */
public record ServerDuties(DayClose dayClose, BackupService backups) {

    public static ServerDuties wire(Database database, LoketSettings settings, Clock clock) {
        Jdbc jdbc = new Jdbc(database.dataSource());
        AuditLog audit = new AuditLog(jdbc, clock);
        // Read at each close: an unusable key file is then the close's problem, not a server that will not start.
        Supplier<OfficeSigningKey> key = () -> OfficeSigningKey.loadOrCreate(settings.security().keyFile());
        OfficeProfile office = new OfficeProfile(settings.office().kelurahanCode(), settings.office().name(),
                settings.office().address());
        DailyFiles files = new DailyFiles(new DailyFigureRepository(jdbc), office, key, audit,
                SoftwareVersion.current(), clock);
        DayClose dayClose = new DayClose(files, audit, settings.dailyFile().outbox(),
                settings.queue().rules().dayClosesAt(), clock);
        BackupService backups = new BackupService(new BackupStore(jdbc, settings.backup().dir()),
                new DatabaseOwner(jdbc), settings.backup(), audit, clock);
        return new ServerDuties(dayClose, backups);
    }
}
