package id.loket.device.api;

import java.time.Instant;
import java.util.Objects;

/** What happens at a card reader: a card comes, is read (or fails to be), and goes. */
public sealed interface CardEvent {

    Instant time();

    /** A card was put on the reader. */
    record CardPresent(Instant time) implements CardEvent {
        public CardPresent {
            Objects.requireNonNull(time, "time");
        }
    }

    /** The card was taken away. */
    record CardRemoved(Instant time) implements CardEvent {
        public CardRemoved {
            Objects.requireNonNull(time, "time");
        }
    }

    /** A card was read. */
    record CardRead(IdentityRecord record, Instant time) implements CardEvent {
        public CardRead {
            Objects.requireNonNull(record, "record");
            Objects.requireNonNull(time, "time");
        }
    }

    /** A read failed; {@code detail} is for the log. */
    record CardReadFailed(DeviceProblem problem, String detail, Instant time) implements CardEvent {
        public CardReadFailed {
            Objects.requireNonNull(problem, "problem");
            Objects.requireNonNull(detail, "detail");
            Objects.requireNonNull(time, "time");
        }
    }
}
