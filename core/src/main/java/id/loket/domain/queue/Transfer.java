package id.loket.domain.queue;

import java.util.Objects;

/**
 * Where an agent sends a resident on: to another service (the ticket keeps its number and its place
 * in the order of issue, and waits for any counter) or to one counter (only that counter may call it).
 */
public sealed interface Transfer {

    record ToService(String serviceCode) implements Transfer {
        public ToService {
            Objects.requireNonNull(serviceCode, "serviceCode");
        }
    }

    record ToCounter(int counterNumber) implements Transfer {
        public ToCounter {
            if (counterNumber < 1) {
                throw new IllegalArgumentException("counter number must be positive: " + counterNumber);
            }
        }
    }
}
