package id.loket.service.device;

import id.loket.domain.text.Message;
import id.loket.service.security.BackupService;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The checks a counter passes before it opens, like a pre-flight: the database (open and up to date,
 * or the window would not be here), room on the disk, how old the last backup is, and each device.
 * Each line says what is wrong in words and what to do; nothing here stops the counter.
 */
public final class StartupChecks {

    /** Below this, a day of printouts, logs and a backup may not fit. */
    static final long LOW_DISK_BYTES = 1024L * 1024 * 1024;
    /** Backups are daily; two days without one means they stopped. */
    static final Duration OLD_BACKUP = Duration.ofDays(2);

    public enum Level { OK, WARNING }

    public record Check(Level level, Message message) {
    }

    private final Path dataDir;
    private final BackupService backups;
    private final DeviceService devices;
    private final java.util.function.Supplier<Optional<Message>> unwrittenDayFile;

    /**
     * @param unwrittenDayFile a recent day close whose file did not reach the outbox, in words (empty on
     *                         a LAN counter, where the server closes the day)
     */
    public StartupChecks(Path dataDir, BackupService backups, DeviceService devices,
                         java.util.function.Supplier<Optional<Message>> unwrittenDayFile) {
        this.dataDir = dataDir;
        this.backups = backups;
        this.devices = devices;
        this.unwrittenDayFile = unwrittenDayFile;
    }

    public List<Check> run() {
        List<Check> checks = new ArrayList<>();
        checks.add(new Check(Level.OK, Message.of("preflight.database")));
        checks.add(disk());
        checks.add(backup());
        unwrittenDayFile.get().ifPresent(problem -> checks.add(new Check(Level.WARNING, problem)));
        List<Check> unready = new ArrayList<>();
        for (DeviceService.State state : devices.states()) {
            if (state.health() != DeviceService.Health.READY) {
                unready.add(new Check(Level.WARNING, Message.of("preflight.device", state.slot().label(),
                        state.problem().orElse(state.state()))));
            }
        }
        checks.addAll(unready.isEmpty() ? List.of(new Check(Level.OK, Message.of("preflight.devicesReady"))) : unready);
        return checks;
    }

    private Check disk() {
        try {
            long free = Files.getFileStore(dataDir).getUsableSpace();
            long megabytes = free / (1024 * 1024);
            return free < LOW_DISK_BYTES
                    ? new Check(Level.WARNING, Message.of("preflight.diskLow", megabytes))
                    : new Check(Level.OK, Message.of("preflight.diskOk", megabytes / 1024));
        } catch (IOException e) {
            return new Check(Level.WARNING, Message.of("preflight.diskUnknown"));
        }
    }

    private Check backup() {
        Optional<Duration> age = backups.newestAge();
        if (age.isEmpty()) {
            return new Check(Level.WARNING, Message.of("preflight.noBackup"));
        }
        long days = age.get().toDays();
        return age.get().compareTo(OLD_BACKUP) > 0
                ? new Check(Level.WARNING, Message.of("preflight.backupOld", days))
                : new Check(Level.OK, Message.of("preflight.backupOk", age.get().toHours()));
    }
}
