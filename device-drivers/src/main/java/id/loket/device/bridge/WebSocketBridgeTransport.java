package id.loket.device.bridge;

import id.loket.device.api.DeviceProblem;
import id.loket.device.api.DeviceStatus;
import id.loket.device.support.DeviceThreads;
import id.loket.device.support.StatusKeeper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Listens to the vendor's local WebSocket: every text message is one JSON message. When the
 * connection cannot be made or drops, it tries again every reconnect interval.
 */
public final class WebSocketBridgeTransport implements BridgeTransport {

    private static final Logger LOG = LoggerFactory.getLogger(WebSocketBridgeTransport.class);

    private final URI uri;
    private final Duration reconnect;
    private final int maxChars;
    private final HttpClient client;

    private ScheduledExecutorService thread;
    private volatile WebSocket socket;
    private volatile boolean running;

    public WebSocketBridgeTransport(URI uri, Duration reconnect, int maxChars) {
        this.uri = Objects.requireNonNull(uri, "uri");
        this.reconnect = reconnect;
        this.maxChars = maxChars;
        this.client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    }

    @Override
    public synchronized void start(Receiver receiver, StatusKeeper status) {
        if (thread != null) {
            return;
        }
        running = true;
        thread = DeviceThreads.single("card-reader websocket " + uri);
        status.set(DeviceStatus.of(DeviceStatus.State.CONNECTING));
        thread.execute(() -> connect(receiver, status));
    }

    @Override
    public void stop() {
        ScheduledExecutorService owner;
        synchronized (this) {
            owner = thread;
            thread = null;
            running = false;
        }
        if (owner == null) {
            return;
        }
        WebSocket open = socket;
        socket = null;
        if (open != null) {
            open.abort();
        }
        owner.shutdownNow();
        try {
            if (!owner.awaitTermination(5, TimeUnit.SECONDS)) {
                LOG.warn("The WebSocket bridge thread for {} did not end within 5 s", uri);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public String describe() {
        return uri + " (WebSocket)";
    }

    private void connect(Receiver receiver, StatusKeeper status) {
        if (!running) {
            return;
        }
        client.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(3))
                .buildAsync(uri, new Listener(receiver, status))
                .whenComplete((ws, failure) -> {
                    if (failure != null) {
                        status.set(DeviceStatus.error(DeviceProblem.BRIDGE_UNREACHABLE, uri + ": " + failure));
                        retry(receiver, status);
                    } else if (!running) {
                        ws.abort();
                    } else {
                        socket = ws;
                        status.set(DeviceStatus.ready());
                    }
                });
    }

    private void retry(Receiver receiver, StatusKeeper status) {
        ScheduledExecutorService owner;
        synchronized (this) {
            owner = thread;
        }
        if (owner == null || !running) {
            return;
        }
        try {
            owner.schedule(() -> connect(receiver, status), reconnect.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            LOG.debug("WebSocket reconnect after stop skipped");
        }
    }

    private final class Listener implements WebSocket.Listener {
        private final Receiver receiver;
        private final StatusKeeper status;
        private final StringBuilder text = new StringBuilder();
        private boolean tooLong;

        Listener(Receiver receiver, StatusKeeper status) {
            this.receiver = receiver;
            this.status = status;
        }

        @Override
        public void onOpen(WebSocket webSocket) {
            webSocket.request(1);
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            if (!tooLong) {
                if (text.length() + data.length() > maxChars) {
                    tooLong = true;
                    text.setLength(0);
                } else {
                    text.append(data);
                }
            }
            if (last) {
                if (tooLong) {
                    receiver.unreadable("WebSocket message longer than " + maxChars + " characters");
                } else {
                    receiver.message(text.toString());
                }
                text.setLength(0);
                tooLong = false;
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onBinary(WebSocket webSocket, ByteBuffer data, boolean last) {
            if (last) {
                receiver.unreadable("binary WebSocket message; the bridge sends JSON as text");
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            if (running) {
                status.set(DeviceStatus.error(DeviceProblem.BRIDGE_UNREACHABLE,
                        uri + " closed the connection (" + statusCode + " " + reason + ")"));
                socket = null;
                retry(receiver, status);
            }
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            if (running) {
                status.set(DeviceStatus.error(DeviceProblem.BRIDGE_UNREACHABLE, uri + ": " + error));
                socket = null;
                retry(receiver, status);
            }
        }
    }
}
