package id.loket.cli;

import id.loket.config.LanSettings;
import id.loket.config.LoketSettings;
import id.loket.domain.text.Texts;
import id.loket.service.security.BackupService;
import id.loket.service.dailyfile.DayCloseTimer;
import id.loket.storage.DatabaseKey;
import id.loket.storage.LanServer;
import id.loket.wiring.ServerDuties;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code loket serve}: LAN mode's server. Serves this PC's database to the counters and the display
 * board until stopped (Ctrl+C, or the PC shutting down).
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serves the database to the office LAN (counters and display board) on lan.port, for the "
                + "PCs in lan.allowed-addresses, with lan.password. Runs until stopped with Ctrl+C.")
final class ServeCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(ServeCommand.class);

    @ParentCommand
    LoketCommand root;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        LoketSettings settings = root.settings();
        Texts texts = root.texts();
        LanSettings lan = settings.lan();
        if (lan.password().isEmpty()) {
            spec.commandLine().getErr().println(texts.text("cli.serve.noPassword"));
            return 1;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        LanServer server = LanServer.start(settings.data().dataDir(),
                DatabaseKey.forDatabaseIn(settings.data().dataDir(), settings.security().keyFile()), lan, null,
                root.clock());
        // The server PC holds the database and the office signing key, so it closes the day (the day's file
        // into its outbox at queue.day-closes-at, as on a standalone kiosk) and makes the daily backup.
        ServerDuties duties = ServerDuties.wire(server.database(), settings, root.clock());
        ScheduledExecutorService backups = dailyBackups(duties.backups());
        DayCloseTimer dayClose = new DayCloseTimer(duties.dayClose());
        dayClose.start();
        Thread hook = new Thread(() -> {
            dayClose.close();
            backups.shutdownNow();
            server.close();
            stopped.countDown();
        }, "loket-serve-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        String allowed = lan.allowedAddresses().isEmpty() ? texts.text("cli.serve.onlyThisPc")
                : lan.allowedAddresses().stream().map(Object::toString).collect(Collectors.joining(", "));
        spec.commandLine().getOut().println(texts.text("cli.serve.started", settings.data().dataDir(),
                String.valueOf(server.port()), allowed));
        spec.commandLine().getOut().flush();
        stopped.await();
        spec.commandLine().getOut().println(texts.text("cli.serve.stopped"));
        return 0;
    }

    /**
     * The server PC keeps the office's database, so it makes the day's backup (counters cannot: the
     * LAN account may not run BACKUP): at the start and then every hour, when none is there for today.
     */
    private static ScheduledExecutorService dailyBackups(BackupService service) {
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "loket-serve-backup");
            thread.setDaemon(true);
            return thread;
        });
        timer.scheduleWithFixedDelay(() -> {
            try {
                service.dailyIfDue().ifPresent(file -> LOG.info("Daily backup made: {}", file));
            } catch (RuntimeException e) {
                // Serving must go on; the missing backup is in the log and shows in the backup age.
                LOG.error("Daily backup failed", e);
            }
        }, 0, 1, TimeUnit.HOURS);
        return timer;
    }
}
