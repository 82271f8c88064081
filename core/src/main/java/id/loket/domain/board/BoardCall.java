package id.loket.domain.board;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * One call of a ticket to a counter, as the board sees it. {@code callCount} goes up by one with
 * every call and recall, so (ticket, callCount) names one announcement.
 */
public record BoardCall(long ticketId, char letter, int number, int counter, LocalDateTime calledAt, int callCount) {

    public BoardCall {
        Objects.requireNonNull(calledAt, "calledAt");
    }

    /** "A-023", as printed on the ticket. */
    public String displayNumber() {
        return String.format("%c-%03d", letter, number);
    }
}
