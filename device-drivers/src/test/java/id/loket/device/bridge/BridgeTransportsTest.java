package id.loket.device.bridge;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import id.loket.device.api.CardEvent;
import id.loket.device.api.DeviceProblem;
import id.loket.device.api.DeviceRegistry;
import id.loket.device.api.DeviceStatus;
import id.loket.device.api.IdentityCardReader;
import id.loket.device.testing.Await;
import id.loket.device.testing.Collector;
import id.loket.device.testing.Contexts;
import id.loket.device.testing.SocatPair;
import id.loket.device.testing.TinyWebSocketServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The vendor-bridge card reader against real peers: an HTTP server, a WebSocket server, a pty pair. */
class BridgeTransportsTest {

    private static final Duration WAIT = Duration.ofSeconds(5);
    private static final String READ = "{\"event\":\"card-read\",\"data\":{\"nik\":\"6471054707500003\",\"nama\":\"SITI\"}}";

    @TempDir
    Path dir;
    private IdentityCardReader reader;
    private HttpServer http;
    private final Collector<CardEvent> events = new Collector<>();

    @AfterEach
    void tearDown() {
        if (reader != null) {
            reader.stop();
        }
        if (http != null) {
            http.stop(0);
        }
    }

    private IdentityCardReader start(String driver, String... parameters) {
        reader = DeviceRegistry.load().cardReader(Contexts.choice(driver, parameters), Contexts.context(dir));
        reader.onCardEvent(events);
        reader.start();
        return reader;
    }

    private long reads() {
        return events.items().stream().filter(CardEvent.CardRead.class::isInstance).count();
    }

    private HttpServer server(int port) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        server.start();
        return server;
    }

    private static void answer(HttpExchange exchange, int code, String body) throws IOException {
        byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(code, code == 204 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Test
    void httpPollTakesEachCardOnceEvenFromAServiceThatRepeatsIt() throws Exception {
        AtomicReference<String> current = new AtomicReference<>();
        http = server(0);
        http.createContext("/ktp", exchange -> {
            String now = current.get();
            answer(exchange, now == null ? 204 : 200, now);
        });
        start("vendor-bridge-http", "url", "http://127.0.0.1:" + http.getAddress().getPort() + "/ktp", "poll-ms", "100");
        Await.until(WAIT, "READY", () -> reader.status().usable(), reader::status);
        current.set(READ);
        Await.until(WAIT, "a read", () -> reads() == 1, events::items);
        Await.sleep(400);
        assertThat(reads()).as("the same card answered again is not a new read").isEqualTo(1);
        current.set(null);
        Await.sleep(300);
        current.set(READ);
        Await.until(WAIT, "the card read again after it was gone", () -> reads() == 2, events::items);
        CardEvent.CardRead read = (CardEvent.CardRead) events.items().get(0);
        assertThat(read.record().nik()).contains("6471054707500003");
    }

    @Test
    void httpLongPollDeliversAsSoonAsTheServiceAnswers() throws Exception {
        BlockingQueue<String> queue = new LinkedBlockingQueue<>();
        http = server(0);
        http.createContext("/events", exchange -> {
            try {
                String next = queue.poll(2, TimeUnit.SECONDS);
                answer(exchange, next == null ? 204 : 200, next);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                answer(exchange, 503, "{}");
            }
        });
        start("vendor-bridge-http", "url", "http://127.0.0.1:" + http.getAddress().getPort() + "/events",
                "mode", "long-poll", "timeout-ms", "5000");
        Await.sleep(300);
        long sent = System.nanoTime();
        queue.add("[{\"event\":\"card-inserted\"}," + READ + "]");
        Await.until(WAIT, "present and read", () -> events.size() == 2, events::items);
        assertThat(Duration.ofNanos(System.nanoTime() - sent)).isLessThan(Duration.ofSeconds(1));
        assertThat(events.items().get(0)).isInstanceOf(CardEvent.CardPresent.class);
        queue.add(READ);
        Await.until(WAIT, "the same card again: long poll takes every answer", () -> reads() == 2, events::items);
    }

    @Test
    void anUnreachableServiceIsAnErrorUntilItStarts() throws Exception {
        int port;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        }
        start("vendor-bridge-http", "url", "http://127.0.0.1:" + port + "/ktp", "poll-ms", "100");
        Await.until(WAIT, "BRIDGE_UNREACHABLE", () -> reader.status().problem().orElse(null)
                == DeviceProblem.BRIDGE_UNREACHABLE, reader::status);
        assertThat(reader.status().state()).isEqualTo(DeviceStatus.State.ERROR);
        http = server(port);
        http.createContext("/ktp", exchange -> answer(exchange, 204, null));
        Await.until(WAIT, "READY once the service answers", () -> reader.status().usable(), reader::status);
    }

    @Test
    void anHttpErrorAndABrokenBodyAreReported() throws Exception {
        AtomicReference<Integer> code = new AtomicReference<>(500);
        http = server(0);
        http.createContext("/ktp", exchange -> answer(exchange, code.get(), "{\"event\":"));
        start("vendor-bridge-http", "url", "http://127.0.0.1:" + http.getAddress().getPort() + "/ktp", "poll-ms", "100");
        Await.until(WAIT, "BRIDGE_ERROR", () -> reader.status().problem().orElse(null) == DeviceProblem.BRIDGE_ERROR,
                reader::status);
        code.set(200);
        Await.until(WAIT, "an invalid-message event", () -> events.size() >= 1, events::items);
        assertThat(events.items().get(0)).isInstanceOfSatisfying(CardEvent.CardReadFailed.class,
                f -> assertThat(f.problem()).isEqualTo(DeviceProblem.BRIDGE_MESSAGE_INVALID));
        assertThat(reader.status().usable()).isTrue();
    }

    @Test
    void webSocketMessagesFragmentsBinaryAndReconnect() throws Exception {
        try (TinyWebSocketServer ws = new TinyWebSocketServer()) {
            start("vendor-bridge-ws", "url", ws.url("/ktp"), "reconnect-ms", "200");
            Await.until(WAIT, "READY", () -> reader.status().usable() && ws.connected(), reader::status);
            ws.sendText("{\"event\":\"card-present\"}");
            int half = READ.length() / 2;
            ws.sendFragmented(READ.substring(0, half), READ.substring(half));
            ws.sendBinary(new byte[] {1, 2, 3});
            Await.until(WAIT, "three events", () -> events.size() == 3, events::items);
            assertThat(events.items().get(0)).isInstanceOf(CardEvent.CardPresent.class);
            assertThat(events.items().get(1)).isInstanceOf(CardEvent.CardRead.class);
            assertThat(events.items().get(2)).isInstanceOfSatisfying(CardEvent.CardReadFailed.class,
                    f -> assertThat(f.detail()).contains("binary"));

            ws.drop();
            Await.until(WAIT, "BRIDGE_UNREACHABLE after the drop", () -> reader.status().problem().orElse(null)
                    == DeviceProblem.BRIDGE_UNREACHABLE, reader::status);
            Await.until(WAIT, "reconnected", () -> ws.connections() == 2 && ws.connected() && reader.status().usable(),
                    reader::status);
            ws.sendText("{\"event\":\"card-removed\"}");
            Await.until(WAIT, "an event after reconnecting", () -> events.size() == 4, events::items);
            assertThat(events.last()).isInstanceOf(CardEvent.CardRemoved.class);
        }
    }

    @Test
    void serialJsonLinesWithUnplugAndReplug() throws Exception {
        try (SocatPair pair = SocatPair.start(dir)) {
            start("vendor-bridge-serial", "port", pair.device().toString(), "baud", "115200", "poll-ms", "100");
            Await.until(WAIT, "READY", () -> reader.status().usable(), reader::status);
            pair.write("{\"event\":\"card-inserted\"}\n" + READ.substring(0, 20));
            Await.sleep(50);
            pair.write(READ.substring(20) + "\r\n{broken\n");
            Await.until(WAIT, "three events", () -> events.size() == 3, events::items);
            assertThat(events.items().get(1)).isInstanceOf(CardEvent.CardRead.class);
            assertThat(events.items().get(2)).isInstanceOfSatisfying(CardEvent.CardReadFailed.class,
                    f -> assertThat(f.problem()).isEqualTo(DeviceProblem.BRIDGE_MESSAGE_INVALID));
            pair.close();
            Await.until(Duration.ofSeconds(2), "DISCONNECTED", () -> reader.status().state()
                    == DeviceStatus.State.DISCONNECTED, reader::status);
            pair.restart();
            Await.until(Duration.ofSeconds(2), "READY again", () -> reader.status().usable(), reader::status);
            pair.write(READ + "\n");
            Await.until(WAIT, "a read after replugging", () -> reads() == 2, events::items);
        }
    }
}
