package id.loket.bench;

import id.loket.wiring.AppContext;
import id.loket.config.LoketSettings;
import id.loket.config.SettingsLoader;
import id.loket.device.sound.SimulatedAudioOut;
import id.loket.device.sound.SimulatedSpeech;
import id.loket.domain.account.Agent;
import id.loket.domain.board.BoardCall;
import id.loket.domain.board.BoardSnapshot;
import id.loket.domain.household.HouseholdStatus;
import id.loket.domain.queue.Lane;
import id.loket.domain.queue.Ticket;
import id.loket.domain.registration.IkdState;
import id.loket.domain.registration.Outcome;
import id.loket.domain.registration.RegistrationDraft;
import id.loket.domain.registration.RegistrationPath;
import id.loket.domain.text.Message;
import id.loket.service.Failures;
import id.loket.service.security.LoginService;
import id.loket.service.registration.RegistrationService;
import id.loket.service.board.Announcer;
import id.loket.service.board.BoardMonitor;
import id.loket.storage.Database;
import id.loket.storage.DatabaseKey;
import id.loket.storage.Jdbc;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * LAN mode under a busy day's load: a real {@code loket serve} in its own process on a city's database
 * ({@link LanCity}, 250,000 households by default), and in this process N counter PCs, two display
 * boards and the resident ticket screen, each with its own {@link AppContext} (its own LAN connection
 * pool through its own tunnel, the app's real services), as the PCs of an office use them.
 * <ul>
 *   <li>The resident screen issues tickets at the rate the counters serve them (N x R an hour, one in
 *   five in the priority lane), after a first ticket for each counter.</li>
 *   <li>Each counter, R times an hour: call next, look up the head's NIK, save the registration (receipt
 *   kept and printed to the PDF folder), finish.</li>
 *   <li>Each board looks every {@link BoardMonitor#POLL_INTERVAL} as the board does; the time from a call's
 *   answer at the counter to the board showing it is measured.</li>
 * </ul>
 * A step the server does not answer is tried again every second, as the agent (or the console's own
 * watch) does, until it is; the client notes the words it would show ("server away") and when it got
 * through again. A save without an answer is sent again, as the agent presses Save again on the form that
 * kept what was typed; the service must then give back the registration already made, not a second one.
 * <p>
 * {@code --restart-at S} kills the server with SIGKILL at second S and starts it again 5 s later. At the
 * end every save a client confirmed is looked for in the server's database, with its audit event and its
 * receipt, and the counts are compared.
 * <p>
 * Run: {@code ./mvnw -q -o -pl benchmarks -am verify -DskipTests && java -cp "$(cat
 * benchmarks/target/classpath.txt):benchmarks/target/classes" id.loket.bench.LanLoadBenchmark --counters N
 * --minutes M [--rate R] [--restart-at S] [--households H]}
 */
public final class LanLoadBenchmark {

    private static final String PASSWORD = "lan-load-benchmark-2026";
    private static final Duration RETRY = Duration.ofSeconds(1);
    /** The portal reference of the harness's registrations, so they are told from the demo office's. */
    private static final String REFERENCE = "LANLOAD-";
    private static final Duration RESTART_PAUSE = Duration.ofSeconds(5);
    static final List<String> OPERATIONS = List.of("issue ticket", "call next", "look up NIK", "save + receipt",
            "finish", "board shows call");

    /** What to run. {@code restartAt} in seconds from the start, or empty. */
    public record Options(int counters, double minutes, int ratePerHour, Optional<Integer> restartAt, int households) {

        static Options parse(String[] args) {
            int counters = 20;
            double minutes = 10;
            int rate = 120;
            Optional<Integer> restart = Optional.empty();
            int households = 250_000;
            for (int i = 0; i < args.length; i += 2) {
                String value = args[i + 1];
                switch (args[i]) {
                    case "--counters" -> counters = Integer.parseInt(value);
                    case "--minutes" -> minutes = Double.parseDouble(value);
                    case "--rate" -> rate = Integer.parseInt(value);
                    case "--restart-at" -> restart = Optional.of(Integer.parseInt(value));
                    case "--households" -> households = Integer.parseInt(value);
                    default -> throw new IllegalArgumentException("unknown option " + args[i]);
                }
            }
            return new Options(counters, minutes, rate, restart, households);
        }
    }

    /** A save the client was told was done. */
    record Confirmed(long registrationId, long householdId, long ticketId) {
    }

    /** What one client saw of the server going away: when, the words it would show, and when it was back. */
    record Away(String client, double awaySecond, String shown, double backSecond) {
    }

    /** Everything measured; {@link #report()} is what is printed. */
    public record Result(Options options, Map<String, CounterLatencyBenchmark.Latencies> latencies,
                         Map<String, Integer> errors, int doubleCalls, int lostSaves, int halfWritten,
                         int confirmed, int answeredOnRetry, long registrationsInDatabase, double serverCpuPercent,
                         long serverRssMb, List<Away> away, int clients, double seconds) {

        public String report() {
            StringBuilder text = new StringBuilder(String.format(Locale.ROOT,
                    "LAN load: %d counters, 2 boards, 1 resident screen against loket serve on %,d households; "
                            + "%d registrations per counter-hour, %.0f s%s%n", options.counters(), options.households(),
                    options.ratePerHour(), seconds, options.restartAt().map(s -> ", server killed at " + s
                            + " s and started again 5 s later").orElse("")));
            for (String operation : OPERATIONS) {
                CounterLatencyBenchmark.Latencies times = latencies.get(operation);
                text.append(times.nanos().isEmpty()
                        ? String.format(Locale.ROOT, "  %-44s (none)", operation)
                        : times.line().stripTrailing());
                text.append(String.format(Locale.ROOT, "  errors %d%n", errors.getOrDefault(operation, 0)));
            }
            if (options.restartAt().isPresent()) {
                text.append(String.format(Locale.ROOT, "clients that said the server was away: %d of %d%n",
                        away.stream().map(Away::client).distinct().count(), clients));
                away.stream().filter(a -> a.backSecond() < 0 || away.indexOf(a) < 3).forEach(a -> text.append(String.format(Locale.ROOT,
                        "  %s: away at %.1f s, %s: \"%s\"%n", a.client(), a.awaySecond(), a.backSecond() < 0
                                ? "never back" : String.format(Locale.ROOT, "back at %.1f s", a.backSecond()),
                        a.shown())));
                text.append(String.format(Locale.ROOT, "clients back by themselves: %d of %d%n",
                        away.stream().filter(a -> a.backSecond() >= 0).map(Away::client).distinct().count(), clients));
            }
            text.append(String.format(Locale.ROOT, "saves confirmed %d (of them answered only when Save was "
                    + "pressed again %d); registrations in the database %d; half-written %d%n", confirmed,
                    answeredOnRetry, registrationsInDatabase, halfWritten));
            text.append("double calls: ").append(doubleCalls).append('\n');
            text.append("lost saves: ").append(lostSaves).append('\n');
            text.append(String.format(Locale.ROOT, "server cpu: %.0f%%%n", serverCpuPercent));
            text.append("server rss: ").append(serverRssMb).append(" MB\n");
            return text.toString();
        }
    }

    private LanLoadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        Path work = Files.createTempDirectory(targetFolder(), "lan-load-run");
        try {
            Result result = run(options, targetFolder(), work, System.out);
            System.out.print(result.report());
        } finally {
            // The server's log outlives the run's copy of the city: it says what the gate and H2 saw.
            Path log = work.resolve("server.log");
            if (Files.exists(log)) {
                Files.copy(log, targetFolder().resolve("lan-load-last-server.log"),
                        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            WorkFolders.deleteTree(work);
        }
    }

    /** {@code benchmarks/target}, where the city is kept between runs. */
    static Path targetFolder() {
        try {
            return Path.of(LanLoadBenchmark.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                    .getParent();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException("cannot find benchmarks/target", e);
        }
    }

    public static Result run(Options options, Path cacheRoot, Path work, PrintStream progress) throws Exception {
        Path city = LanCity.kept(options.households(), cacheRoot);
        LanCity.copyInto(city, work);
        List<String> heads = LanCity.heads(work);
        Collections.shuffle(heads, new Random(19));
        int port = freePort();
        Path serverSettings = settingsFile(work.resolve("server.properties"), Map.of(
                "data.dir", work.resolve(LanCity.DATA).toString(), "lan.port", String.valueOf(port)), work);
        Path serverLog = work.resolve("server.log");
        progress.printf("starting loket serve on %,d households (log %s)%n", options.households(), serverLog);
        Run run = new Run(options, work, port, heads);
        ServerProcess server = ServerProcess.start(serverSettings, serverLog);
        double cpuSeconds = 0;
        double wallSeconds = 0;
        long peakRss = 0;
        try {
            run.openClients();
            progress.printf("%d clients connected; running %.1f minutes%n", run.clientCount(), options.minutes());
            run.start();
            long end = run.startNanos + (long) (options.minutes() * 60e9);
            if (options.restartAt().isPresent()) {
                sleepUntil(run.startNanos + options.restartAt().get() * 1_000_000_000L);
                cpuSeconds += server.cpuSeconds();
                wallSeconds += server.wallSeconds();
                peakRss = Math.max(peakRss, server.peakRssMb());
                server.kill();
                progress.printf("server killed (SIGKILL) at %.1f s%n", run.second());
                Thread.sleep(RESTART_PAUSE.toMillis());
                server = ServerProcess.start(serverSettings, serverLog);
                progress.printf("server serving again at %.1f s%n", run.second());
            }
            sleepUntil(end);
            run.stop();
            cpuSeconds += server.cpuSeconds();
            wallSeconds += server.wallSeconds();
            peakRss = Math.max(peakRss, server.peakRssMb());
            return run.check(100.0 * cpuSeconds / wallSeconds, peakRss);
        } finally {
            run.close();
            server.kill();
        }
    }

    /** One run's clients and what they saw. */
    private static final class Run {

        private final Options options;
        private final Path work;
        private final int port;
        private final List<String> heads;
        private final AtomicInteger nextHead = new AtomicInteger();
        private final Map<String, List<Long>> times = new ConcurrentHashMap<>();
        private final Map<String, AtomicInteger> errors = new ConcurrentHashMap<>();
        private final Map<Long, Integer> calledAt = new ConcurrentHashMap<>();
        private final AtomicInteger doubleCalls = new AtomicInteger();
        /** Ticket id to the moment its call was answered, until both boards showed it. */
        private final Map<Long, Long> callAnswered = new ConcurrentHashMap<>();
        private final List<Confirmed> confirmed = new CopyOnWriteArrayList<>();
        private final AtomicInteger answeredOnRetry = new AtomicInteger();
        private final List<Away> away = new CopyOnWriteArrayList<>();
        private final List<AppContext> apps = new ArrayList<>();
        private final List<Agent> agents = new ArrayList<>();
        private final List<BoardMonitor> boards = new ArrayList<>();
        private final List<Announcer> announcers = new ArrayList<>();
        private final AtomicBoolean running = new AtomicBoolean();
        private ExecutorService threads;
        private final List<Future<?>> loops = new ArrayList<>();
        private long startNanos;

        Run(Options options, Path work, int port, List<String> heads) {
            this.options = options;
            this.work = work;
            this.port = port;
            this.heads = heads;
            OPERATIONS.forEach(op -> times.put(op, Collections.synchronizedList(new ArrayList<>())));
        }

        int clientCount() {
            return apps.size();
        }

        double second() {
            return (System.nanoTime() - startNanos) / 1e9;
        }

        /** One PC after another, as an office's PCs are switched on: each opens its LAN pool and logs in. */
        void openClients() throws IOException {
            for (int counter = 1; counter <= options.counters(); counter++) {
                AppContext app = open("counter-" + counter, counter);
                app.startDevices();
                String user = counter % 2 == 1 ? "agen1" : "agen2";
                String pin = counter % 2 == 1 ? "111111" : "222222";
                Agent agent = ((LoginService.LoggedIn) app.security().login().login(user, pin.toCharArray())).agent();
                app.queue().counter().open(agent);
                apps.add(app);
                agents.add(agent);
            }
            // The resident screen and the boards are no counter: counter.number is left at its default.
            apps.add(open("resident-screen", 1));
            apps.get(apps.size() - 1).startDevices();
            for (int b = 1; b <= 2; b++) {
                AppContext app = open("board-" + b, 1);
                apps.add(app);
                Set<Long> seen = ConcurrentHashMap.newKeySet();
                String client = "board " + b;
                Announcer silent = new Announcer(new SimulatedAudioOut(0), new SimulatedSpeech(Duration.ofSeconds(1)),
                        Locale.forLanguageTag("id"));
                announcers.add(silent);
                boards.add(new BoardMonitor(app.queue().board(), silent, new BoardMonitor.Listener() {
                    @Override
                    public void show(BoardSnapshot snapshot) {
                        long now = System.nanoTime();
                        backAgain(client);
                        // A ticket served quickly may already be among the last calls when the board looks.
                        List<BoardCall> shown = new ArrayList<>(snapshot.serving());
                        shown.addAll(snapshot.recent());
                        for (BoardCall call : shown) {
                            Long answered = callAnswered.get(call.ticketId());
                            if (answered != null && seen.add(call.ticketId())) {
                                times.get("board shows call").add(now - answered);
                            }
                        }
                    }

                    @Override
                    public void problem(Message problem) {
                        errors.computeIfAbsent("board shows call", k -> new AtomicInteger()).incrementAndGet();
                        lastSaid.put(client, problem.key() + ": " + app.foundation().texts().text(problem));
                        if (problem.key().equals("lan.serverUnreachable")) {
                            wentAway(client, app.foundation().texts().text(problem));
                        }
                    }

                    @Override
                    public void sound(Message status) {
                        // A board without a sound card in the harness: the sound's status is not measured.
                    }
                }));
            }
        }

        private AppContext open(String name, int counterNumber) throws IOException {
            Path settings = settingsFile(work.resolve(name + ".properties"), Map.of(
                    "data.dir", work.resolve(name).toString(),
                    "database.url", "jdbc:h2:tcp://127.0.0.1:" + port + "/loket",
                    "counter.number", String.valueOf(counterNumber),
                    "office.counters", String.valueOf(options.counters())), work);
            return AppContext.open(SettingsLoader.load(Optional.of(settings), Map.of()), Clock.systemDefaultZone());
        }

        void start() {
            startNanos = System.nanoTime();
            running.set(true);
            threads = Executors.newFixedThreadPool(options.counters() + 1);
            boards.forEach(BoardMonitor::start);
            loops.add(threads.submit(this::residentScreen));
            // Each counter starts at its own moment within the first few seconds, as agents sit down, so the
            // counters do not call in step. (One generator for all: the first number of new Random(i) is
            // nearly the same for every small i, which had all 20 counters call within 15 ms every period.)
            Random phases = new Random(19);
            long period = (long) (3_600e9 / options.ratePerHour());
            for (int c = 0; c < options.counters(); c++) {
                int index = c;
                long phase = (long) (phases.nextDouble() * Math.min(period, 5e9));
                loops.add(threads.submit(() -> counterLoop(index, phase)));
            }
        }

        /** A ticket for each counter at once, then tickets at the pace the counters serve them. */
        private void residentScreen() {
            AppContext screen = apps.get(options.counters());
            Random random = new Random(7);
            long perTicket = (long) (3_600e9 / ((double) options.counters() * options.ratePerHour()));
            long next = System.nanoTime();
            for (int issued = 0; running.get(); issued++) {
                Lane lane = random.nextInt(5) == 0 ? Lane.PRIORITY : Lane.REGULAR;
                timed("issue ticket", "resident screen", () -> screen.queue().tickets().issue("PERLINSOS", lane));
                if (issued >= options.counters()) {
                    next += perTicket;
                    sleepUntilOrStopped(next);
                }
            }
        }

        private void counterLoop(int index, long phaseNanos) {
            AppContext app = apps.get(index);
            Agent agent = agents.get(index);
            String client = "counter " + (index + 1);
            long period = (long) (3_600e9 / options.ratePerHour());
            long next = System.nanoTime() + phaseNanos;
            while (running.get()) {
                sleepUntilOrStopped(next);
                next += period;
                if (!running.get()) {
                    return;
                }
                Optional<Ticket> called = timed("call next", client, () -> app.queue().counter().callNext(agent));
                if (called == null || called.isEmpty()) {
                    next = System.nanoTime() + RETRY.toNanos(); // nobody waiting yet: look again shortly
                    continue;
                }
                Ticket ticket = called.get();
                callAnswered.put(ticket.id(), System.nanoTime());
                if (calledAt.putIfAbsent(ticket.id(), index + 1) != null) {
                    doubleCalls.incrementAndGet();
                }
                serve(app, agent, client, ticket);
            }
        }

        /** Look up, save (once, whatever the network does), finish. */
        private void serve(AppContext app, Agent agent, String client, Ticket ticket) {
            String nik = heads.get(nextHead.getAndIncrement() % heads.size());
            HouseholdStatus household = untilAnswered("look up NIK", client,
                    () -> app.registration().lookup().lookup(nik, agent).status().orElseThrow());
            if (household == null) {
                return;
            }
            RegistrationDraft draft = new RegistrationDraft(household.household().id(), Optional.of(ticket.id()),
                    RegistrationPath.OLEH_AGEN, IkdState.NO_SMARTPHONE, Optional.of("081234567890"), true,
                    Outcome.BERHASIL, Optional.empty(), Optional.of(REFERENCE + ticket.id()));
            // No answer: the agent presses Save again once the server is back, as the form keeps what was
            // typed; the service gives back a registration the lost answer was about instead of a second one.
            RegistrationService.SaveResult result = timed("save + receipt", client,
                    () -> app.registration().registrations().save(draft, agent));
            if (result == null) {
                result = untilAnswered("save + receipt", client,
                        () -> app.registration().registrations().save(draft, agent));
                if (result == null) {
                    return;
                }
                answeredOnRetry.incrementAndGet();
            }
            if (!(result instanceof RegistrationService.Saved done)) {
                throw new IllegalStateException("the harness's draft was refused: " + result);
            }
            confirmed.add(new Confirmed(done.registration().id(), household.household().id(), ticket.id()));
            untilAnswered("finish", client, () -> {
                app.queue().counter().finish(ticket);
                return Boolean.TRUE;
            });
        }

        /** Tries a step every second until the server answers (or the run ends); null if it never did. */
        private <T> T untilAnswered(String operation, String client, Supplier<T> step) {
            while (running.get()) {
                T result = timed(operation, client, step);
                if (result != null) {
                    return result;
                }
                sleep(RETRY);
            }
            return null;
        }

        /** Runs and times a step; a failure is counted, its words noted, and null returned. */
        private <T> T timed(String operation, String client, Supplier<T> step) {
            long t0 = System.nanoTime();
            try {
                T result = step.get();
                times.get(operation).add(System.nanoTime() - t0);
                backAgain(client);
                return result;
            } catch (RuntimeException e) {
                errors.computeIfAbsent(operation, k -> new AtomicInteger()).incrementAndGet();
                Message said = Failures.describe(e);
                lastSaid.put(client, said.key() + ": " + e);
                if (said.key().equals("lan.serverUnreachable")) {
                    wentAway(client, apps.get(0).foundation().texts().text(said));
                } else {
                    System.err.println(client + ": " + operation + " failed: " + e);
                }
                return null;
            }
        }

        private final Map<String, Away> awayNow = new ConcurrentHashMap<>();
        /** What each client last failed with, for one that never came back. */
        private final Map<String, String> lastSaid = new ConcurrentHashMap<>();

        private void wentAway(String client, String shown) {
            awayNow.putIfAbsent(client, new Away(client, second(), shown, -1));
        }

        private void backAgain(String client) {
            Away gone = awayNow.remove(client);
            if (gone != null) {
                away.add(new Away(client, gone.awaySecond(), gone.shown(), second()));
            }
        }

        void stop() throws Exception {
            running.set(false);
            for (Future<?> loop : loops) {
                loop.get(2, TimeUnit.MINUTES);
            }
            threads.shutdown();
            boards.forEach(BoardMonitor::close);
        }

        /** Every confirmed save in the server's database, whole; the counts; the figures. */
        Result check(double cpuPercent, long peakRssMb) {
            double seconds = second();
            awayNow.values().forEach(still -> {
                away.add(still); // away until the end: never back
                System.err.println(still.client() + " never came back; it last said " + lastSaid.get(still.client()));
            });
            try (Database check = Database.openLan("jdbc:h2:tcp://127.0.0.1:" + port + "/loket",
                    DatabaseKey.loadExisting(work.resolve(LanCity.KEY)), PASSWORD)) {
                Jdbc jdbc = new Jdbc(check.dataSource());
                Map<Long, long[]> stored = new HashMap<>();
                jdbc.forEach("SELECT id, household_id, ticket_id, CASE WHEN document_path IS NULL THEN 0 ELSE 1 END "
                        + "FROM registration WHERE portal_reference LIKE '" + REFERENCE + "%'", row -> stored.put(row.getLong(1),
                        new long[] {row.getLong(2), row.getLong(3), row.getLong(4)}));
                Set<String> audited = ConcurrentHashMap.newKeySet();
                jdbc.forEach("SELECT entity_id FROM audit_event WHERE action = 'REGISTRATION_SAVED'",
                        row -> audited.add(row.getString(1)));
                Map<Long, String> codes = new HashMap<>();
                jdbc.forEach("SELECT id, code FROM registration WHERE portal_reference LIKE '" + REFERENCE + "%'",
                        row -> codes.put(row.getLong(1), row.getString(2)));
                int lost = 0;
                for (Confirmed save : confirmed) {
                    long[] row = stored.get(save.registrationId());
                    if (row == null || row[0] != save.householdId() || row[1] != save.ticketId()) {
                        lost++;
                    }
                }
                int halfWritten = 0;
                for (Map.Entry<Long, long[]> row : stored.entrySet()) {
                    if (row.getValue()[2] == 0 || !audited.contains(codes.get(row.getKey()))) {
                        halfWritten++;
                    }
                }
                Map<String, CounterLatencyBenchmark.Latencies> latencies = new LinkedHashMap<>();
                OPERATIONS.forEach(op -> latencies.put(op, new CounterLatencyBenchmark.Latencies(op,
                        List.copyOf(times.get(op)))));
                Map<String, Integer> errorCounts = new HashMap<>();
                errors.forEach((op, n) -> errorCounts.put(op, n.get()));
                return new Result(options, latencies, errorCounts, doubleCalls.get(), lost, halfWritten,
                        confirmed.size(), answeredOnRetry.get(), stored.size(), cpuPercent, peakRssMb,
                        List.copyOf(away), clientCount(), seconds);
            }
        }

        void close() {
            running.set(false);
            if (threads != null) {
                threads.shutdownNow();
            }
            boards.forEach(BoardMonitor::close);
            announcers.forEach(Announcer::close);
            apps.forEach(AppContext::close);
        }

        private void sleepUntilOrStopped(long nanos) {
            while (running.get()) {
                long left = nanos - System.nanoTime();
                if (left <= 0) {
                    return;
                }
                sleep(Duration.ofNanos(Math.min(left, 200_000_000L)));
            }
        }
    }

    /** A settings file for one PC of the office: the harness's LAN password and key, the day open till late. */
    private static Path settingsFile(Path file, Map<String, String> own, Path work) throws IOException {
        Properties settings = new Properties();
        settings.setProperty("security.key-file", work.resolve(LanCity.KEY).toString());
        settings.setProperty("lan.password", PASSWORD);
        settings.setProperty("backup.daily", "false");
        settings.setProperty("ui.language", "id");
        settings.setProperty("device.printer", "pdf-folder");
        // The harness runs at any hour: tickets are issued until the end of the day.
        settings.setProperty("queue.day-closes-at", "23:59");
        own.forEach(settings::setProperty);
        try (var out = Files.newBufferedWriter(file)) {
            settings.store(out, "LanLoadBenchmark");
        }
        return file;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void sleepUntil(long nanos) throws InterruptedException {
        long left = nanos - System.nanoTime();
        if (left > 0) {
            TimeUnit.NANOSECONDS.sleep(left);
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(Math.max(1, duration.toMillis()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the harness was interrupted", e);
        }
    }
}
