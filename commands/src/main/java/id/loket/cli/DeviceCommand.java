package id.loket.cli;

import id.loket.config.DeviceChoice;
import id.loket.config.LoketSettings;
import id.loket.device.api.CardEvent;
import id.loket.device.api.CodeScanner;
import id.loket.device.api.DeviceConfigurationException;
import id.loket.device.api.DeviceContext;
import id.loket.device.api.DeviceDriver;
import id.loket.device.api.DeviceDriverProvider;
import id.loket.device.api.DeviceRegistry;
import id.loket.device.api.DeviceRole;
import id.loket.device.api.DeviceStatus;
import id.loket.device.api.IdentityCardReader;
import id.loket.device.api.IdentityField;
import id.loket.device.api.IdentityRecord;
import id.loket.device.json.Json;
import id.loket.domain.text.Texts;
import id.loket.service.DeviceProblemTexts;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code loket device list} and {@code loket device listen scanner|card-reader ...}: for IT staff
 * setting up a counter. Output meant for scripts goes to standard output (one code, or one JSON card
 * read, per line); everything else goes to standard error.
 */
@Command(name = "device", mixinStandardHelpOptions = true, description = "Device drivers: list them, listen to one.",
        subcommands = {DeviceCommand.ListDevices.class, DeviceCommand.Listen.class})
final class DeviceCommand {

    /** How long {@code list} waits for the drivers to find their devices. */
    private static final long SETTLE_MILLIS = 2500;

    @ParentCommand
    LoketCommand root;

    DeviceContext context() {
        LoketSettings settings = root.settings();
        return new DeviceContext(root.clock(), System::nanoTime, settings.data().dataDir());
    }

    static String statusText(Texts texts, DeviceStatus status) {
        String state = texts.text(DeviceProblemTexts.state(status.state()));
        return status.problem()
                .map(problem -> texts.text("device.status.withProblem", state, texts.text(DeviceProblemTexts.message(problem))))
                .orElse(state);
    }

    static String configurationText(Texts texts, DeviceConfigurationException e) {
        return texts.text(DeviceProblemTexts.configuration(e));
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "Shows each role's driver and its state, then the devices this PC can see.")
    static final class ListDevices implements Callable<Integer> {

        @ParentCommand
        DeviceCommand device;

        @Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws InterruptedException {
            Texts texts = device.root.texts();
            PrintWriter out = spec.commandLine().getOut();
            DeviceContext context = device.context();
            DeviceRegistry registry = DeviceRegistry.load();
            int exit = 0;
            out.println(texts.text("device.list.configured"));
            List<DeviceDriver> started = new ArrayList<>();
            Map<DeviceRole, String> problems = new LinkedHashMap<>();
            for (DeviceRole role : DeviceRole.values()) {
                DeviceChoice choice = device.root.settings().devices().role(role.settingName());
                try {
                    DeviceDriver driver = registry.create(role, choice, context);
                    driver.start();
                    started.add(driver);
                } catch (DeviceConfigurationException e) {
                    problems.put(role, configurationText(texts, e));
                    exit = 2;
                }
            }
            long end = System.nanoTime() + SETTLE_MILLIS * 1_000_000L;
            while (System.nanoTime() < end
                    && started.stream().anyMatch(d -> d.status().state() == DeviceStatus.State.CONNECTING)) {
                Thread.sleep(50);
            }
            for (DeviceRole role : DeviceRole.values()) {
                String roleName = texts.text(DeviceProblemTexts.role(role));
                String driverId = device.root.settings().devices().role(role.settingName()).driverId();
                if (problems.containsKey(role)) {
                    out.println("  " + texts.text("device.list.notMade", roleName, driverId, problems.get(role)));
                    continue;
                }
                DeviceDriver driver = started.stream().filter(d -> d.role() == role).findFirst().orElseThrow();
                out.println("  " + texts.text("device.list.line", roleName, driverId, statusText(texts, driver.status()),
                        driver.info().description()));
            }
            started.forEach(DeviceDriver::stop);
            out.println(texts.text("device.list.detected"));
            boolean any = false;
            Map<List<String>, List<String>> seen = new LinkedHashMap<>();
            for (DeviceDriverProvider provider : registry.providers()) {
                List<String> found = provider.detect(context);
                if (!found.isEmpty()) {
                    seen.computeIfAbsent(found, f -> new ArrayList<>()).add(provider.driverId());
                }
            }
            for (Map.Entry<List<String>, List<String>> entry : seen.entrySet()) {
                any = true;
                out.println("  " + texts.text("device.list.detectedLine", String.join(", ", entry.getValue()),
                        String.join(", ", entry.getKey())));
            }
            if (!any) {
                out.println("  " + texts.text("device.list.noneDetected"));
            }
            out.flush();
            return exit;
        }
    }

    @Command(name = "listen", mixinStandardHelpOptions = true,
            description = "Prints what a scanner or card reader sends: each code on its own line exactly as scanned, "
                    + "or each card read as one JSON line. Diagnostics go to standard error.")
    static final class Listen implements Callable<Integer> {

        @ParentCommand
        DeviceCommand device;

        @Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(index = "0", paramLabel = "ROLE", description = "scanner or card-reader")
        String role;

        @Option(names = "--driver", paramLabel = "ID", description = "Driver id; the settings' driver when omitted.")
        String driver;

        @Option(names = "--port", paramLabel = "PATH", description = "Serial port, e.g. /dev/ttyACM0 or COM3.")
        String port;

        @Option(names = "--baud", paramLabel = "N", description = "Bits per second of a serial port.")
        Integer baud;

        @Option(names = "--delimiter", paramLabel = "CR|LF|CRLF", description = "The end of a code.")
        String delimiter;

        @Option(names = "--seconds", paramLabel = "N", description = "Stop after N seconds; without it, run until Ctrl+C.")
        Integer seconds;

        @Option(names = "--param", paramLabel = "NAME=VALUE", description = "Any driver parameter (repeatable).")
        Map<String, String> parameters = new LinkedHashMap<>();

        @Override
        public Integer call() throws InterruptedException {
            Texts texts = device.root.texts();
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            // Only devices that send something can be listened to: not the printer, not the sound.
            DeviceRole deviceRole = DeviceRole.fromSetting(role)
                    .filter(r -> r == DeviceRole.SCANNER || r == DeviceRole.CARD_READER).orElse(null);
            if (deviceRole == null) {
                err.println(texts.text("device.listen.roleNotListenable", role));
                return 2;
            }
            if (seconds != null && seconds < 1) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--seconds must be at least 1");
            }
            DeviceDriver listened;
            try {
                listened = DeviceRegistry.load().create(deviceRole, choice(), device.context());
            } catch (DeviceConfigurationException e) {
                err.println(configurationText(texts, e));
                return 2;
            }
            AtomicInteger count = new AtomicInteger();
            Object lock = new Object();
            listened.onStatusChange(status -> {
                synchronized (lock) {
                    err.println(texts.text("device.listen.status", statusText(texts, status)));
                    err.flush();
                }
            });
            if (listened instanceof CodeScanner scanner) {
                scanner.onScan(scan -> {
                    synchronized (lock) {
                        out.println(scan.payload());
                        out.flush();
                        count.incrementAndGet();
                    }
                });
                scanner.onScanError(error -> {
                    synchronized (lock) {
                        err.println(texts.text("device.listen.scanError",
                                texts.text(DeviceProblemTexts.message(error.problem())), error.detail()));
                        err.flush();
                    }
                });
            } else if (listened instanceof IdentityCardReader reader) {
                reader.onCardEvent(event -> {
                    synchronized (lock) {
                        cardEvent(texts, out, err, event, count);
                    }
                });
            }
            CountDownLatch stopped = new CountDownLatch(1);
            Thread onCtrlC = new Thread(() -> {
                listened.stop();
                stopped.countDown();
            }, "device listen shutdown");
            Runtime.getRuntime().addShutdownHook(onCtrlC);
            err.println(texts.text("device.listen.started", texts.text(DeviceProblemTexts.role(deviceRole)),
                    listened.driverId(), listened.info().description()));
            err.flush();
            listened.start();
            try {
                if (seconds == null) {
                    stopped.await();
                } else {
                    stopped.await(seconds, TimeUnit.SECONDS);
                }
            } finally {
                listened.stop();
                removeHook(onCtrlC);
            }
            err.println(texts.text(deviceRole == DeviceRole.SCANNER ? "device.listen.doneScanner"
                    : "device.listen.doneCards", count.get()));
            err.flush();
            return 0;
        }

        /** The settings' choice for the role, with the driver and parameters of the command line on top. */
        private DeviceChoice choice() {
            DeviceChoice configured = device.root.settings().devices().role(role);
            boolean sameDriver = driver == null || driver.equals(configured.driverId());
            Map<String, String> params = new HashMap<>(sameDriver ? configured.parameters() : Map.of());
            if (port != null) {
                params.put("port", port);
            }
            if (baud != null) {
                params.put("baud", String.valueOf(baud));
            }
            if (delimiter != null) {
                params.put("delimiter", delimiter);
            }
            params.putAll(parameters);
            return new DeviceChoice(sameDriver ? configured.driverId() : driver, params);
        }

        private static void cardEvent(Texts texts, PrintWriter out, PrintWriter err, CardEvent event, AtomicInteger count) {
            if (event instanceof CardEvent.CardRead read) {
                out.println(json(read.record(), read.time()));
                out.flush();
                count.incrementAndGet();
            } else if (event instanceof CardEvent.CardReadFailed failed) {
                err.println(texts.text("device.listen.readFailed",
                        texts.text(DeviceProblemTexts.message(failed.problem())), failed.detail()));
            } else if (event instanceof CardEvent.CardPresent) {
                err.println(texts.text("device.listen.cardPresent"));
            } else if (event instanceof CardEvent.CardRemoved) {
                err.println(texts.text("device.listen.cardRemoved"));
            }
            err.flush();
        }

        /** One read as one line of JSON: time, source, then the fields under their keys. */
        static String json(IdentityRecord record, Instant time) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("time", time.toString());
            line.put("source", record.source().name());
            for (Map.Entry<IdentityField, String> field : record.fields().entrySet()) {
                line.put(field.getKey().key(), field.getValue());
            }
            return Json.write(line);
        }

        private static void removeHook(Thread hook) {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // The JVM is already shutting down (Ctrl+C): the hook is running and stops the driver itself.
                LoggerFactory.getLogger(DeviceCommand.class).debug("Shutting down; the hook stops the driver", e);
            }
        }
    }
}
