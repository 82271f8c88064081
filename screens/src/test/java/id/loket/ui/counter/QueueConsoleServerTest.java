package id.loket.ui.counter;

import static org.assertj.core.api.Assertions.assertThat;

import id.loket.wiring.AppContext;
import id.loket.config.LanSettings;
import id.loket.domain.account.Agent;
import id.loket.domain.queue.Lane;
import id.loket.domain.text.Texts;
import id.loket.service.security.LoginService;
import id.loket.storage.Database;
import id.loket.storage.DatabaseKey;
import id.loket.storage.Jdbc;
import id.loket.storage.LanServer;
import id.loket.storage.TicketRepository;
import id.loket.support.TestApps;
import id.loket.ui.Background;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A counter PC in LAN mode whose server goes away: the console says so plainly, and says
 * by itself that the server is back, without the agent pressing anything; a call the server saved as it went
 * away comes on screen then. Real H2 server on loopback.
 */
class QueueConsoleServerTest {

    private static final String PASSWORD = "kata-sandi-lan-2026";

    @TempDir
    Path dir;
    private Path serverData;
    private DatabaseKey key;
    private LanServer server;
    private AppContext counterPc;
    private Background background;
    private QueueConsoleViewModel console;

    @BeforeEach
    void serveAnOfficeAndOpenACounterPc() {
        serverData = dir.resolve("server");
        TestApps.withDemoData(serverData, 20).close();
        key = DatabaseKey.loadOrCreate(TestApps.keyFile(serverData));
        server = LanServer.start(serverData, key, lan(), 0, Clock.systemUTC());
        counterPc = TestApps.open(dir.resolve("counter"), "database.url", server.localUrl(), "lan.password", PASSWORD,
                "security.key-file", TestApps.keyFile(serverData).toString());
        Agent agent = ((LoginService.LoggedIn) counterPc.security().login().login("agen1",
                "111111".toCharArray())).agent();
        // The screen's thread is the worker's own here: the console's texts are read once they settle.
        background = new Background(Runnable::run);
        console = new QueueConsoleViewModel(counterPc.queue().counter(), counterPc.peripherals().devices(), background,
                Texts.indonesian(), agent);
        // The console's first look at the queue is done: what it says next comes from what the test does.
        waitUntil(() -> console.queueMessageProperty().get().startsWith("0 menunggu"));
    }

    @AfterEach
    void close() {
        console.close();
        background.close();
        counterPc.close();
        if (server != null) {
            server.close();
        }
    }

    @Test
    void theConsoleSaysTheServerIsGoneAndThenThatItIsBackByItself() {
        int port = serverGoesAwayAsTheAgentCallsOneWaitingTicket();
        assertThat(console.ticketProperty().get()).as("nothing was called while the server was away").isNull();

        server = LanServer.start(serverData, key, lan(), port, Clock.systemUTC());
        waitUntil(() -> console.queueMessageProperty().get().startsWith("Server database tersambung lagi"));
        assertThat(console.queueMessageProperty().get()).contains("1 menunggu");

        console.callNext();
        waitUntil(() -> "A-001".equals(console.currentTicketProperty().get()));
    }

    @Test
    void aCallTheServerSavedJustAsItWentAwayComesOnScreenWhenTheServerIsBack() throws Exception {
        int port = serverGoesAwayAsTheAgentCallsOneWaitingTicket();
        // The server had saved this counter's call and lost the line before the answer reached it (a power cut
        // at the server PC): the ticket is called here, and this screen never heard of it.
        LocalDateTime now = LocalDateTime.now(counterPc.foundation().clock());
        try (Database serverPc = Database.openEmbedded(serverData, key)) {
            assertThat(new TicketRepository(new Jdbc(serverPc.dataSource())).claimNext(now.toLocalDate(), 1, 1, now))
                    .isPresent();
        }

        server = LanServer.start(serverData, key, lan(), port, Clock.systemUTC());

        waitUntil(() -> console.queueMessageProperty().get().startsWith("Server database tersambung lagi"));
        assertThat(console.currentTicketProperty().get()).isEqualTo("A-001");
        assertThat(console.queueMessageProperty().get()).contains("A-001 sudah dipanggil ke loket ini");
    }

    /**
     * One ticket waits; the server stops and the agent presses call-next: the console says the server is
     * unreachable. Returns the server's port, for starting it again on the same one.
     */
    private int serverGoesAwayAsTheAgentCallsOneWaitingTicket() {
        counterPc.queue().tickets().issue("PERLINSOS", Lane.REGULAR);
        int port = server.port();
        server.close();
        server = null;
        console.callNext();
        waitUntil(() -> console.queueMessageProperty().get().startsWith("Server database di PC localhost tidak"));
        return port;
    }

    private static LanSettings lan() {
        return new LanSettings(9092, List.of(), Optional.of(PASSWORD));
    }

    /** Waits up to 20 s (the console asks every few seconds); fails with what it last said. */
    private void waitUntil(Supplier<Boolean> condition) {
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (!condition.get()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not reached; the console says: " + console.queueMessageProperty().get());
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
