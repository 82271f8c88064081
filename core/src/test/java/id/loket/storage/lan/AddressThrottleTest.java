package id.loket.storage.lan;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class AddressThrottleTest {

    private final MovableClock clock = new MovableClock();
    private final AddressThrottle throttle = new AddressThrottle(clock, 3, Duration.ofMinutes(10), Duration.ofMinutes(15));
    private final InetAddress flooder = address("10.77.3.2");
    private final InetAddress counter = address("10.77.1.2");

    @Test
    void theThirdFailureWithinTheWindowBarsThatAddressOnly() {
        assertThat(throttle.failed(flooder)).isFalse();
        assertThat(throttle.failed(flooder)).isFalse();
        assertThat(throttle.failed(flooder)).isTrue();
        assertThat(throttle.isBanned(flooder)).isTrue();
        assertThat(throttle.isBanned(counter)).isFalse();
    }

    @Test
    void theBarEndsAfterItsTime() {
        for (int i = 0; i < 3; i++) {
            throttle.failed(flooder);
        }
        clock.pass(Duration.ofMinutes(14));
        assertThat(throttle.isBanned(flooder)).isTrue();
        clock.pass(Duration.ofMinutes(1));
        assertThat(throttle.isBanned(flooder)).isFalse();
    }

    @Test
    void failuresOlderThanTheWindowAreForgotten() {
        throttle.failed(counter);
        throttle.failed(counter);
        clock.pass(Duration.ofMinutes(11));
        assertThat(throttle.failed(counter)).isFalse();
        assertThat(throttle.isBanned(counter)).isFalse();
    }

    @Test
    void aGoodLoginClearsTheCount() {
        throttle.failed(counter);
        throttle.failed(counter);
        throttle.succeeded(counter);
        assertThat(throttle.failed(counter)).isFalse();
        assertThat(throttle.failed(counter)).isFalse();
        assertThat(throttle.isBanned(counter)).isFalse();
    }

    private static InetAddress address(String text) {
        try {
            return InetAddress.getByName(text);
        } catch (java.net.UnknownHostException e) {
            throw new AssertionError(e);
        }
    }

    private static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2026-06-04T08:00:00Z");

        void pass(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
