package id.loket.service.security;

import id.loket.domain.audit.AuditAction;
import id.loket.config.BackupSettings;
import id.loket.config.LoketSettings;
import id.loket.storage.AuditLog;
import id.loket.storage.BackupStore;
import id.loket.storage.DatabaseKey;
import id.loket.storage.DatabaseOwner;
import id.loket.storage.DatabaseRestore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/** Backups on demand and once a day, keeping the configured number. */
public final class BackupService {

    private final BackupStore store;
    private final DatabaseOwner owner;
    private final BackupSettings settings;
    private final AuditLog audit;
    private final Clock clock;

    public BackupService(BackupStore store, DatabaseOwner owner, BackupSettings settings, AuditLog audit, Clock clock) {
        this.store = store;
        this.owner = owner;
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * A backup now, into {@code to} or the configured folder; older ones beyond the number kept go.
     * Returns the backup file.
     */
    public Path backupNow(String actor, Optional<Path> to) {
        LocalDateTime now = LocalDateTime.now(clock);
        BackupStore.Backup backup = to.map(dir -> store.backup(dir, now)).orElseGet(() -> store.backup(now));
        audit.record(actor, AuditAction.BACKUP, "database", null, backup.file().toString());
        if (to.isEmpty()) {
            store.prune(settings.keep());
        }
        return backup.file();
    }

    /** The day's backup, when daily backups are on and there is none for today yet. */
    public Optional<Path> dailyIfDue() {
        if (!settings.daily() || store.hasBackupOf(LocalDate.now(clock))) {
            return Optional.empty();
        }
        return Optional.of(backupNow("system", Optional.empty()));
    }

    public List<BackupStore.Backup> list() {
        return store.list();
    }

    /** When a backup file was made, read off its name; IllegalArgumentException when it is not ours. */
    public static LocalDateTime madeAt(Path backup) {
        return BackupStore.madeAt(backup);
    }

    /** When the database in {@code dataDir} was last written, if there is one. */
    public static Optional<LocalDateTime> lastWritten(Path dataDir) {
        return DatabaseRestore.lastWritten(dataDir);
    }

    /**
     * The office a backup must belong to before it may replace this database: the kelurahan this
     * database names (its office row or its RT lists), else {@code configured} (the settings'
     * {@code office.kelurahan}) for a database that names none yet.
     */
    public String officeForRestore(String configured) {
        return owner.officeCode().orElse(configured);
    }

    /**
     * Puts {@code backup} in place of the (closed) database of {@code settings}, when it is a Loket
     * database of the office {@code officeCode} (see {@link #officeForRestore}) with an active
     * supervisor; returns where the replaced database was kept. A refused backup is a
     * {@link id.loket.storage.StorageException} saying why, the database untouched. Record it
     * afterwards with {@link #recordRestore}.
     */
    public static Optional<Path> restore(Path backup, LoketSettings settings, String officeCode, Clock clock) {
        return DatabaseRestore.restore(backup, settings.data().dataDir(),
                DatabaseKey.forDatabaseIn(settings.data().dataDir(), settings.security().keyFile()), officeCode,
                LocalDateTime.now(clock));
    }

    public void recordRestore(String actor, Path backup) {
        audit.record(actor, AuditAction.RESTORE, "database", null, backup.getFileName().toString());
    }

    /** How old the newest backup is, for the start-up check; empty when there is none. */
    public Optional<java.time.Duration> newestAge() {
        return store.list().stream().findFirst()
                .map(b -> java.time.Duration.between(b.madeAt(), LocalDateTime.now(clock)));
    }
}
