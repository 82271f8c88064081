package id.loket.lan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.loket.wiring.AppContext;
import id.loket.config.AddressRule;
import id.loket.config.LanSettings;
import id.loket.config.Language;
import id.loket.domain.account.Agent;
import id.loket.domain.board.BoardCall;
import id.loket.domain.board.BoardSnapshot;
import id.loket.domain.queue.Lane;
import id.loket.domain.queue.QueuePolicy;
import id.loket.domain.queue.QueueRules;
import id.loket.domain.queue.Ticket;
import id.loket.domain.text.Message;
import id.loket.domain.text.Texts;
import id.loket.service.queue.CounterService;
import id.loket.service.Failures;
import id.loket.service.security.LoginService;
import id.loket.service.board.BoardService;
import id.loket.service.board.CallWatch;
import id.loket.storage.BoardRepository;
import id.loket.storage.CounterStateRepository;
import id.loket.storage.Database;
import id.loket.storage.DatabaseKey;
import id.loket.storage.Jdbc;
import id.loket.storage.LanServer;
import id.loket.storage.ServerClaim;
import id.loket.storage.StorageException;
import id.loket.storage.TicketRepository;
import id.loket.support.TestApps;
import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * LAN mode against a real H2 TCP server on this PC's loopback (a free port), with several clients,
 * each with its own connection pool, as counters on other PCs have.
 */
class LanModeTest {

    private static final String PASSWORD = "kata-sandi-lan-2026";
    private static final LocalDateTime NINE = LocalDateTime.now(TestApps.FIRST_DAY);

    @TempDir
    Path dir;
    private Path dataDir;
    private DatabaseKey key;
    private LanServer server;
    private final List<Database> clients = new ArrayList<>();
    private Agent agent;

    @BeforeEach
    void serveADemoOffice() {
        dataDir = dir.resolve("data");
        try (AppContext app = TestApps.withDemoData(dataDir, 20)) {
            agent = ((LoginService.LoggedIn) app.security().login().login("agen1", "111111".toCharArray())).agent();
        }
        key = DatabaseKey.loadOrCreate(TestApps.keyFile(dataDir));
        server = LanServer.start(dataDir, key, lan(List.of()), 0, Clock.systemUTC());
    }

    @AfterEach
    void stop() {
        clients.forEach(Database::close);
        if (server != null) {
            server.close();
        }
    }

    private static LanSettings lan(List<String> allowed) {
        return new LanSettings(9092, allowed.stream().map(a -> AddressRule.parse(a).orElseThrow()).toList(),
                Optional.of(PASSWORD));
    }

    private Database client() {
        Database client = Database.openLan(server.localUrl(), key, PASSWORD);
        clients.add(client);
        return client;
    }

    @Test
    void eightCountersCallingAtOnceClaimEveryTicketExactlyOnce() throws Exception {
        TicketRepository issuing = new TicketRepository(new Jdbc(client().dataSource()));
        for (int i = 0; i < 200; i++) {
            issuing.issue(NINE.toLocalDate(), "PERLINSOS", i % 5 == 0 ? Lane.PRIORITY : Lane.REGULAR,
                    i % 5 == 0 ? 'P' : 'A', NINE);
        }
        ExecutorService counters = Executors.newFixedThreadPool(8);
        List<Future<List<Long>>> claimed = new ArrayList<>();
        // Every counter makes its first call before any makes its second, so all eight are calling at once
        // for the rest of the queue; without it a counter that started early could empty the queue alone on a
        // slow machine, and the test would prove nothing about concurrent claims.
        CyclicBarrier afterFirstCall = new CyclicBarrier(8);
        for (int counter = 1; counter <= 8; counter++) {
            Jdbc own = new Jdbc(client().dataSource());
            CounterService service = new CounterService(new TicketRepository(own), new CounterStateRepository(own),
                    TestApps.settings(dataDir).queue(), counter, 8, Language.ID, TestApps.FIRST_DAY);
            claimed.add(counters.submit(() -> {
                List<Long> mine = new ArrayList<>();
                service.callNext(agent).ifPresent(first -> mine.add(first.id()));
                afterFirstCall.await(60, TimeUnit.SECONDS);
                for (Optional<Ticket> next = service.callNext(agent); next.isPresent(); next = service.callNext(agent)) {
                    mine.add(next.get().id());
                }
                return mine;
            }));
        }
        List<Long> all = new ArrayList<>();
        for (Future<List<Long>> one : claimed) {
            all.addAll(one.get());
        }
        counters.shutdown();
        assertThat(all).hasSize(200).doesNotHaveDuplicates();
        Jdbc check = new Jdbc(client().dataSource());
        assertThat(check.count("SELECT COUNT(*) FROM ticket WHERE status = 'CALLED' AND call_count = 1")).isEqualTo(200);
        assertThat(check.count("SELECT COUNT(DISTINCT counter_number) FROM ticket")).isEqualTo(8);
        // The day's queue state moved on once per call: no two decisions overlapped under its lock.
        assertThat(check.count("SELECT calls FROM queue_day")).isEqualTo(200);
    }

    @Test
    void aServerWithoutTheClaimFunctionStillGivesEachTicketToOneCounter() throws Exception {
        // A server PC still on an older Loket: the counters decide each call themselves, as they did then.
        new Jdbc(server.database().dataSource()).update("DROP ALIAS " + ServerClaim.FUNCTION);
        TicketRepository issuing = new TicketRepository(new Jdbc(client().dataSource()));
        for (int i = 0; i < 40; i++) {
            issuing.issue(NINE.toLocalDate(), "PERLINSOS", Lane.REGULAR, 'A', NINE);
        }
        ExecutorService counters = Executors.newFixedThreadPool(4);
        List<Future<List<Long>>> claimed = new ArrayList<>();
        for (int counter = 1; counter <= 4; counter++) {
            TicketRepository own = new TicketRepository(new Jdbc(client().dataSource()));
            int number = counter;
            claimed.add(counters.submit(() -> {
                List<Long> mine = new ArrayList<>();
                for (Optional<Ticket> next = own.claimNext(NINE.toLocalDate(), number, agent.id(), NINE);
                     next.isPresent(); next = own.claimNext(NINE.toLocalDate(), number, agent.id(), NINE)) {
                    mine.add(next.get().id());
                }
                return mine;
            }));
        }
        List<Long> all = new ArrayList<>();
        for (Future<List<Long>> one : claimed) {
            all.addAll(one.get());
        }
        counters.shutdown();
        assertThat(all).hasSize(40).doesNotHaveDuplicates();
        assertThat(new Jdbc(client().dataSource()).count("SELECT calls FROM queue_day")).isEqualTo(40);
    }

    @Test
    void theServerDecidesACallByTheCountersOwnQueueRules() {
        Jdbc counterPc = new Jdbc(client().dataSource());
        TicketRepository issuing = new TicketRepository(counterPc);
        for (char letter : new char[] {'P', 'P', 'A', 'A'}) {
            issuing.issue(NINE.toLocalDate(), "PERLINSOS", letter == 'P' ? Lane.PRIORITY : Lane.REGULAR, letter, NINE);
        }
        // At most one priority ticket in a row here; the built-in rules would allow three.
        TicketRepository counter = new TicketRepository(counterPc, new QueuePolicy(new QueueRules(3, 5, 1)));

        List<String> called = new ArrayList<>();
        for (Optional<Ticket> next = counter.claimNext(NINE.toLocalDate(), 1, agent.id(), NINE); next.isPresent();
             next = counter.claimNext(NINE.toLocalDate(), 1, agent.id(), NINE)) {
            called.add(next.get().displayNumber());
        }

        assertThat(called).containsExactly("P-001", "A-001", "P-002", "A-002");
    }

    @Test
    void theLanAccountMayCallTheServersClaimButGetsNoTicketWhenNobodyWaits() {
        Jdbc counterPc = new Jdbc(client().dataSource());

        Optional<Long> none = counterPc.writeAnswering("CALL " + ServerClaim.FUNCTION + "(?, ?, ?, ?, 3, 5, 3)",
                row -> Optional.ofNullable(row.getObject(1, Long.class)), NINE.toLocalDate(), 1, agent.id(), NINE);
        long ticket = new TicketRepository(counterPc).issue(NINE.toLocalDate(), "PERLINSOS", Lane.REGULAR, 'A', NINE).id();
        Optional<Long> one = counterPc.writeAnswering("CALL " + ServerClaim.FUNCTION + "(?, ?, ?, ?, 3, 5, 3)",
                row -> Optional.ofNullable(row.getObject(1, Long.class)), NINE.toLocalDate(), 2, agent.id(), NINE);

        assertThat(none).isEmpty();
        assertThat(one).contains(ticket);
        assertThat(new Jdbc(server.database().dataSource()).count(
                "SELECT COUNT(*) FROM ticket WHERE status = 'CALLED' AND counter_number = 2")).isEqualTo(1);
    }

    @Test
    void aCallAtOneCounterReachesTheBoardOnAnotherPcAtItsNextLook() {
        Jdbc pcA = new Jdbc(client().dataSource());
        TicketRepository tickets = new TicketRepository(pcA);
        Ticket waiting = tickets.issue(NINE.toLocalDate(), "PERLINSOS", Lane.REGULAR, 'A', NINE);
        CounterService counterA = new CounterService(tickets, new CounterStateRepository(pcA),
                TestApps.settings(dataDir).queue(), 3, 3, Language.ID, TestApps.FIRST_DAY);
        BoardService boardB = new BoardService(new BoardRepository(new Jdbc(client().dataSource())),
                TestApps.settings(dataDir).queue(), 3, Locale.forLanguageTag("id"), TestApps.FIRST_DAY);
        CallWatch watch = boardB.watchCalls();
        assertThat(watch.newCalls()).isEmpty();
        assertThat(boardB.snapshot().waiting().get(0).waiting()).isEqualTo(1);

        counterA.callNext(agent);

        List<BoardCall> heard = watch.newCalls();
        assertThat(heard).extracting(BoardCall::displayNumber, BoardCall::counter).containsExactly(
                org.assertj.core.groups.Tuple.tuple(waiting.displayNumber(), 3));
        BoardSnapshot shown = boardB.snapshot();
        assertThat(shown.serving()).extracting(BoardCall::ticketId).containsExactly(waiting.id());
        assertThat(shown.waiting().get(0).waiting()).isZero();
        assertThat(watch.newCalls()).as("announced once").isEmpty();
    }

    @Test
    void aCounterWhoseAgentLogsOutShowsClosedOnTheBoardOnAnotherPc() {
        Jdbc pcA = new Jdbc(client().dataSource());
        TicketRepository tickets = new TicketRepository(pcA);
        Ticket waiting = tickets.issue(NINE.toLocalDate(), "PERLINSOS", Lane.REGULAR, 'A', NINE);
        CounterService counterA = new CounterService(tickets, new CounterStateRepository(pcA),
                TestApps.settings(dataDir).queue(), 2, 3, Language.ID, TestApps.FIRST_DAY);
        BoardService boardB = new BoardService(new BoardRepository(new Jdbc(client().dataSource())),
                TestApps.settings(dataDir).queue(), 3, Locale.forLanguageTag("id"), TestApps.FIRST_DAY);
        counterA.open(agent);
        counterA.callNext(agent);
        assertThat(boardB.snapshot().serving()).extracting(BoardCall::ticketId).containsExactly(waiting.id());

        counterA.close(agent);

        BoardSnapshot shown = boardB.snapshot();
        assertThat(shown.serving()).isEmpty();
        assertThat(shown.closed()).containsExactly(2);
        // The next agent at that counter finds the ticket still called there, and the board shows it again.
        counterA.open(agent);
        assertThat(counterA.serving()).map(Ticket::id).contains(waiting.id());
        assertThat(boardB.snapshot().serving()).extracting(BoardCall::ticketId).containsExactly(waiting.id());
        assertThat(boardB.snapshot().closed()).isEmpty();
    }

    @Test
    void aStoppedServerIsAPlainMessageAndTheClientCarriesOnWhenItIsBack() {
        Database counterPc = client();
        TicketRepository tickets = new TicketRepository(new Jdbc(counterPc.dataSource()));
        tickets.issue(NINE.toLocalDate(), "PERLINSOS", Lane.REGULAR, 'A', NINE);
        int port = server.port();

        server.close();
        server = null;
        assertThatThrownBy(() -> tickets.waitingCount(NINE.toLocalDate()))
                .isInstanceOfSatisfying(StorageException.class, e -> {
                    assertThat(e.reason()).isEqualTo(StorageException.Reason.SERVER_UNREACHABLE);
                    Message message = Failures.describe(e);
                    assertThat(message.key()).isEqualTo("lan.serverUnreachable");
                    assertThat(Texts.indonesian().text(message))
                            .startsWith("Server database di PC localhost tidak terjangkau");
                });

        server = LanServer.start(dataDir, key, lan(List.of()), port, Clock.systemUTC());
        assertThat(tickets.waitingCount(NINE.toLocalDate())).isEqualTo(1);
        tickets.issue(NINE.toLocalDate(), "PERLINSOS", Lane.REGULAR, 'A', NINE);
        assertThat(tickets.waitingCount(NINE.toLocalDate())).isEqualTo(2);
    }

    @Test
    void aTransactionCutOffByTheServerLeavesNothingBehind() {
        Jdbc counterPc = new Jdbc(client().dataSource());
        TicketRepository tickets = new TicketRepository(counterPc);
        int port = server.port();
        assertThatThrownBy(() -> counterPc.inTransaction(() -> {
            tickets.issue(NINE.toLocalDate(), "PERLINSOS", Lane.REGULAR, 'A', NINE);
            server.close();
            server = null;
            return tickets.issue(NINE.toLocalDate(), "PERLINSOS", Lane.REGULAR, 'A', NINE);
        })).isInstanceOf(StorageException.class);

        server = LanServer.start(dataDir, key, lan(List.of()), port, Clock.systemUTC());
        assertThat(counterPc.count("SELECT COUNT(*) FROM ticket")).isZero();
    }

    @Test
    void theBoardSaysTheServerIsGoneAndShowsAgainWhenItIsBack() {
        BoardService board = new BoardService(new BoardRepository(new Jdbc(client().dataSource())),
                TestApps.settings(dataDir).queue(), 3, Locale.forLanguageTag("id"), TestApps.FIRST_DAY);
        List<String> heard = new java.util.concurrent.CopyOnWriteArrayList<>();
        id.loket.service.board.Announcer silent = new id.loket.service.board.Announcer(
                new id.loket.device.sound.SimulatedAudioOut(0), new id.loket.device.sound.SimulatedSpeech(
                        java.time.Duration.ofSeconds(1)), Locale.forLanguageTag("id"));
        id.loket.service.board.BoardMonitor monitor = new id.loket.service.board.BoardMonitor(board, silent,
                new id.loket.service.board.BoardMonitor.Listener() {
                    @Override
                    public void show(BoardSnapshot snapshot) {
                        heard.add("show");
                    }

                    @Override
                    public void problem(Message problem) {
                        heard.add(problem.key());
                    }

                    @Override
                    public void sound(Message status) {
                        heard.add(status.key());
                    }
                });
        int port = server.port();
        monitor.look();
        server.close();
        server = null;
        monitor.look();
        server = LanServer.start(dataDir, key, lan(List.of()), port, Clock.systemUTC());
        monitor.look();
        silent.close();

        assertThat(heard).containsExactly("show", "lan.serverUnreachable", "show");
    }

    @Test
    void aCounterKeepsItsFewConnectionsInsteadOfLoggingInForEveryQuery() throws Exception {
        Jdbc counterPc = new Jdbc(client().dataSource());
        Set<Long> sessions = ConcurrentHashMap.newKeySet();
        for (int i = 0; i < 100; i++) {
            sessions.add(counterPc.one("SELECT SESSION_ID()", row -> row.getLong(1)).orElseThrow());
        }
        ExecutorService threads = Executors.newFixedThreadPool(6);
        List<Future<?>> work = new ArrayList<>();
        for (int t = 0; t < 6; t++) {
            work.add(threads.submit(() -> {
                for (int i = 0; i < 50; i++) {
                    sessions.add(counterPc.one("SELECT SESSION_ID()", row -> row.getLong(1)).orElseThrow());
                }
            }));
        }
        for (Future<?> one : work) {
            one.get();
        }
        threads.shutdown();

        assertThat(sessions).as("server sessions (one login at the gate each) for 400 queries").hasSizeBetween(1, 4);
    }

    @Test
    void aRefusedCounterIsCountedOnceSoAFewMistypedPasswordsDoNotBarThePc() {
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> Database.openLan(server.localUrl(), key, "not-the-lan-password"))
                    .isInstanceOfSatisfying(StorageException.class,
                            e -> assertThat(e.reason()).isEqualTo(StorageException.Reason.LAN_REFUSED));
        }

        // Five failures bar the address: had the pool retried the refused login, this PC would be barred now.
        assertThat(new Jdbc(client().dataSource()).count("SELECT COUNT(*) FROM agent_account")).isPositive();
    }

    @Test
    void afterTheServerRestartsTheCounterLogsInAgainWithFreshProofs() throws InterruptedException {
        Jdbc counterPc = new Jdbc(client().dataSource());
        assertThat(counterPc.count("SELECT COUNT(*) FROM agent_account")).isPositive();
        int port = server.port();
        server.close();
        server = LanServer.start(dataDir, key, lan(List.of()), port, Clock.systemUTC());
        // A server PC takes seconds to come back; here it can be back within the half second in which the
        // pool lends a just-used connection without checking it (that case is the board's test below).
        Thread.sleep(700);

        // The kept connection died with the server; the pool checks it, drops it and logs in again.
        assertThat(counterPc.count("SELECT COUNT(*) FROM agent_account")).isPositive();
        assertThat(new Jdbc(server.database().dataSource()).count(
                "SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS WHERE USER_NAME = 'LOKET_LAN'")).isPositive();
    }

    @Test
    void aCounterAsksTheServerToWriteItsCommitsButCannotMakeAFunctionOfItsOwn() {
        Jdbc counterPc = new Jdbc(client().dataSource());

        counterPc.update("CALL LOKET_WRITTEN()");
        new TicketRepository(counterPc).issue(NINE.toLocalDate(), "PERLINSOS", Lane.REGULAR, 'A', NINE);

        assertThat(new Jdbc(server.database().dataSource()).count("SELECT COUNT(*) FROM ticket")).isEqualTo(1);
        assertThatThrownBy(() -> counterPc.update("CREATE ALIAS LOKET_MINE FOR 'java.lang.System.exit'"))
                .isInstanceOf(StorageException.class);
    }

    @Test
    void aBoardAskingEveryFewTenthsOfASecondSeesTheServerComeBack() throws Exception {
        Jdbc board = new Jdbc(client().dataSource());
        assertThat(board.count("SELECT COUNT(*) FROM ticket")).isZero();
        int port = server.port();
        server.close();
        server = null;
        // Asking faster than the pool's half second without a check, as the board's 0.4 s.
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> board.count("SELECT COUNT(*) FROM ticket")).isInstanceOf(StorageException.class);
            Thread.sleep(300);
        }
        server = LanServer.start(dataDir, key, lan(List.of()), port, Clock.systemUTC());

        Optional<Long> answered = Optional.empty();
        for (int i = 0; i < 20 && answered.isEmpty(); i++) {
            try {
                answered = Optional.of(board.count("SELECT COUNT(*) FROM ticket"));
            } catch (StorageException stillAway) {
                Thread.sleep(300);
            }
        }
        assertThat(answered).as("an answer within 20 tries after the server came back").contains(0L);
    }

    @Test
    void aWrongPasswordOrKeyIsRefused() throws IOException {
        assertThatThrownBy(() -> Database.openLan(server.localUrl(), key, "not-the-lan-password"))
                .isInstanceOfSatisfying(StorageException.class,
                        e -> assertThat(e.reason()).isEqualTo(StorageException.Reason.LAN_REFUSED));
        Path otherKey = dir.resolve("other.key");
        DatabaseKey wrongKey = DatabaseKey.loadOrCreate(otherKey);
        assertThatThrownBy(() -> Database.openLan(server.localUrl(), wrongKey, PASSWORD))
                .isInstanceOfSatisfying(StorageException.class, e -> {
                    assertThat(e.reason()).isEqualTo(StorageException.Reason.LAN_REFUSED);
                    assertThat(Failures.describe(e).key()).isEqualTo("lan.refused");
                });
        assertThat(Files.exists(otherKey)).isTrue();
    }

    @Test
    void aPcNotInTheAllowedAddressesIsRefused() throws Exception {
        InetAddress lanAddress = nonLoopbackAddress();
        server.close();
        server = LanServer.start(dataDir, key, lan(List.of("10.255.255.0/24")), 0, Clock.systemUTC());
        String url = "jdbc:h2:tcp://" + lanAddress.getHostAddress() + ":" + server.port() + "/loket";
        assertThatThrownBy(() -> Database.openLan(url, key, PASSWORD))
                .isInstanceOfSatisfying(StorageException.class,
                        e -> assertThat(e.reason()).isEqualTo(StorageException.Reason.SERVER_UNREACHABLE));

        server.close();
        server = LanServer.start(dataDir, key, lan(List.of(lanAddress.getHostAddress() + "/32")), 0, Clock.systemUTC());
        String allowedUrl = "jdbc:h2:tcp://" + lanAddress.getHostAddress() + ":" + server.port() + "/loket";
        Database allowed = Database.openLan(allowedUrl, key, PASSWORD);
        clients.add(allowed);
        assertThat(new Jdbc(allowed.dataSource()).count("SELECT COUNT(*) FROM agent_account")).isPositive();
    }

    @Test
    void aCounterNewerThanTheServerSaysToUpdateTheServerFirst() {
        // As if the server ran the previous version: its schema lacks the newest migration this PC knows.
        new Jdbc(server.database().dataSource()).update(
                "DELETE FROM \"flyway_schema_history\" WHERE \"installed_rank\" = "
                        + "(SELECT MAX(\"installed_rank\") FROM \"flyway_schema_history\")");
        assertThatThrownBy(this::client).isInstanceOfSatisfying(StorageException.class, e -> {
            assertThat(e.reason()).isEqualTo(StorageException.Reason.SERVER_SCHEMA_OLDER);
            assertThat(Failures.describe(e).key()).isEqualTo("lan.serverOlder");
        });
    }

    @Test
    void anEavesdropperOnTheLanSeesNoPersonalData() throws Exception {
        Jdbc serverSide = new Jdbc(server.database().dataSource());
        String name = serverSide.one("SELECT head_name FROM household ORDER BY id LIMIT 1", row -> row.getString(1)).orElseThrow();
        String nik = serverSide.one("SELECT head_nik FROM household ORDER BY id LIMIT 1", row -> row.getString(1)).orElseThrow();
        try (WireTap tap = WireTap.between(server.port())) {
            Database counter = Database.openLan("jdbc:h2:tcp://localhost:" + tap.port() + "/loket", key, PASSWORD);
            clients.add(counter);
            String seen = new Jdbc(counter.dataSource()).one("SELECT head_name || ' ' || head_nik FROM household "
                    + "ORDER BY id LIMIT 1", row -> row.getString(1)).orElseThrow();
            assertThat(seen).isEqualTo(name + " " + nik);
            byte[] wire = tap.recorded();
            assertThat(wire.length).as("the answer went over the tapped wire").isGreaterThan(1000);
            for (String secret : List.of(name, nik, PASSWORD, "household", "LOKET_LAN")) {
                assertThat(contains(wire, secret.getBytes(java.nio.charset.StandardCharsets.UTF_16BE))).as(secret).isFalse();
                assertThat(contains(wire, secret.getBytes(java.nio.charset.StandardCharsets.UTF_8))).as(secret).isFalse();
            }
        }
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    /** An address of this PC that is not loopback, so the gate sees a "LAN" PC; none on an isolated box. */
    private static InetAddress nonLoopbackAddress() throws IOException {
        for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (!nic.isUp() || nic.isLoopback()) {
                continue;
            }
            for (InetAddress address : Collections.list(nic.getInetAddresses())) {
                if (address instanceof Inet4Address) {
                    return address;
                }
            }
        }
        Assumptions.abort("this PC has no non-loopback IPv4 address to connect from");
        throw new AssertionError("unreachable");
    }
}
