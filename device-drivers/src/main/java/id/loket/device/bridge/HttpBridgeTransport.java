package id.loket.device.bridge;

import id.loket.device.api.DeviceProblem;
import id.loket.device.api.DeviceStatus;
import id.loket.device.support.DeviceThreads;
import id.loket.device.support.StatusKeeper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Asks the vendor's local service for messages with HTTP GET, over and over.
 *
 * <p>In {@code poll} mode it asks every poll interval and expects an answer at once: 200 with a
 * message (or an array of them), or 204 when there is nothing new. A 200 equal to the previous one is
 * not taken again, so a service that keeps answering with the card on the reader works as well as one
 * that answers each event once. In {@code long-poll} mode the service holds the request until there is
 * a message or its own time-out, and the next request goes out as soon as one returns.
 */
public final class HttpBridgeTransport implements BridgeTransport {

    private static final Logger LOG = LoggerFactory.getLogger(HttpBridgeTransport.class);

    public enum Mode { POLL, LONG_POLL }

    private final URI uri;
    private final Mode mode;
    private final Duration pollInterval;
    private final Duration requestTimeout;
    private final int maxBytes;
    private final HttpClient client;

    private volatile boolean running;
    private Thread thread;
    private String previous;

    public HttpBridgeTransport(URI uri, Mode mode, Duration pollInterval, Duration requestTimeout, int maxBytes) {
        this.uri = Objects.requireNonNull(uri, "uri");
        this.mode = Objects.requireNonNull(mode, "mode");
        this.pollInterval = pollInterval;
        this.requestTimeout = requestTimeout;
        this.maxBytes = maxBytes;
        this.client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    }

    @Override
    public synchronized void start(Receiver receiver, StatusKeeper status) {
        if (thread != null) {
            return;
        }
        running = true;
        status.set(DeviceStatus.of(DeviceStatus.State.CONNECTING));
        thread = DeviceThreads.named("card-reader http " + uri).newThread(() -> loop(receiver, status));
        thread.start();
    }

    @Override
    public void stop() {
        Thread running;
        synchronized (this) {
            running = thread;
            thread = null;
            this.running = false;
        }
        if (running == null) {
            return;
        }
        running.interrupt();
        try {
            running.join(5000);
            if (running.isAlive()) {
                LOG.warn("The HTTP bridge thread for {} did not end within 5 s", uri);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public String describe() {
        return uri + (mode == Mode.POLL ? " (poll every " + pollInterval.toMillis() + " ms)" : " (long poll)");
    }

    private void loop(Receiver receiver, StatusKeeper status) {
        while (running) {
            boolean wait = mode == Mode.POLL;
            try {
                once(receiver, status);
            } catch (HttpTimeoutException e) {
                if (mode == Mode.POLL) {
                    status.set(DeviceStatus.error(DeviceProblem.BRIDGE_UNREACHABLE, uri + " did not answer within "
                            + requestTimeout.toMillis() + " ms"));
                }
                // In long-poll mode a time-out only means nothing happened.
            } catch (IOException e) {
                status.set(DeviceStatus.error(DeviceProblem.BRIDGE_UNREACHABLE, uri + ": " + e));
                wait = true;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            if (wait && !sleep()) {
                return;
            }
        }
    }

    private void once(Receiver receiver, StatusKeeper status) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(requestTimeout)
                .header("Accept", "application/json").GET().build();
        HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        byte[] body;
        try (InputStream in = response.body()) {
            body = in.readNBytes(maxBytes + 1);
        }
        int code = response.statusCode();
        if (code == 204) {
            status.set(DeviceStatus.ready());
            previous = null;
            return;
        }
        if (code != 200) {
            status.set(DeviceStatus.error(DeviceProblem.BRIDGE_ERROR, uri + " answered HTTP " + code));
            return;
        }
        status.set(DeviceStatus.ready());
        if (body.length > maxBytes) {
            receiver.unreadable("HTTP answer longer than " + maxBytes + " bytes");
            previous = null;
            return;
        }
        String text = Utf8.decode(body).orElse(null);
        if (text == null) {
            receiver.unreadable("HTTP answer of " + body.length + " bytes is not UTF-8");
            previous = null;
            return;
        }
        if (mode == Mode.POLL && text.equals(previous)) {
            return;
        }
        previous = text;
        if (!text.isBlank()) {
            receiver.message(text);
        }
    }

    private boolean sleep() {
        try {
            Thread.sleep(pollInterval.toMillis());
            return running;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
