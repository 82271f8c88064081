package id.loket.device.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/** Waiting for something a driver's thread does. */
public final class Await {

    private Await() {
    }

    /** Waits until {@code condition} holds; fails with {@code what} and the last state after the time-out. */
    public static void until(Duration timeout, String what, BooleanSupplier condition, Supplier<?> state) {
        long end = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < end) {
            if (condition.getAsBoolean()) {
                return;
            }
            sleep(10);
        }
        if (!condition.getAsBoolean()) {
            fail("waited " + timeout.toMillis() + " ms for " + what + "; state: " + state.get());
        }
    }

    public static void until(Duration timeout, String what, BooleanSupplier condition) {
        until(timeout, what, condition, () -> "(not shown)");
    }

    public static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting", e);
        }
    }
}
