package id.loket.device.bridge;

import id.loket.device.support.StatusKeeper;

/**
 * How messages come from the vendor's service: HTTP, WebSocket or a serial line. A transport sets
 * the connection part of the status (READY when it hears the service, an error when it cannot) and
 * hands every message text to the receiver.
 */
public interface BridgeTransport {

    interface Receiver {
        /** One message as text. */
        void message(String text);

        /** Something arrived that cannot be a message (too long, not UTF-8, a binary frame). */
        void unreadable(String detail);
    }

    /** Starts listening; returns at once. */
    void start(Receiver receiver, StatusKeeper status);

    /** Stops and waits for the transport's threads. */
    void stop();

    /** Where it listens, e.g. "http://127.0.0.1:8123/ktp (poll every 500 ms)". */
    String describe();
}
