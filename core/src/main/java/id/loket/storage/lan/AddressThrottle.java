package id.loket.storage.lan;

import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Failed LAN logins counted per address: {@code maxFailures} within {@code window} bar that address for
 * {@code ban}. Each address has its own count and its own lock, so a PC that floods the server with
 * wrong logins slows down and then shuts out itself, never the other counters (H2's own delay after a
 * wrong password is one lock for the whole server, which made good logins wait behind a flood).
 */
final class AddressThrottle {

    private final Clock clock;
    private final int maxFailures;
    private final Duration window;
    private final Duration ban;
    private final Map<InetAddress, Record> records = new ConcurrentHashMap<>();

    AddressThrottle(Clock clock, int maxFailures, Duration window, Duration ban) {
        if (maxFailures < 1) {
            throw new IllegalArgumentException("maxFailures must be at least 1");
        }
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.window = window;
        this.ban = ban;
    }

    /** True while the address is barred; its connections are hung up on at once. */
    boolean isBanned(InetAddress address) {
        Record record = records.get(address);
        return record != null && record.bannedAt(clock.instant());
    }

    /** Counts a failed login; returns true when this failure starts a ban. */
    boolean failed(InetAddress address) {
        return records.computeIfAbsent(address, a -> new Record()).fail(clock.instant(), maxFailures, window, ban);
    }

    /** A good login clears the address's failures (a mistyped password once is not an attack). */
    void succeeded(InetAddress address) {
        records.remove(address);
    }

    private static final class Record {
        private final Deque<Instant> failures = new ArrayDeque<>();
        private Instant bannedUntil = Instant.MIN;

        synchronized boolean bannedAt(Instant now) {
            return now.isBefore(bannedUntil);
        }

        synchronized boolean fail(Instant now, int maxFailures, Duration window, Duration ban) {
            failures.addLast(now);
            while (!failures.isEmpty() && failures.peekFirst().isBefore(now.minus(window))) {
                failures.removeFirst();
            }
            if (failures.size() >= maxFailures && !bannedAt(now)) {
                bannedUntil = now.plus(ban);
                failures.clear();
                return true;
            }
            return false;
        }
    }
}
