package id.loket.domain.board;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

/**
 * Everything the board shows at one moment.
 *
 * @param serving the ticket each counter serves now, by counter number
 * @param recent  the latest calls, newest first
 * @param waiting waiting tickets per service, in the order the ticket screen offers the services
 * @param readAt  when this was read (the board's clock)
 * @param closed  the counters closed today (their agent logged out), by number
 * @param notices the office's notices to the public in force today, for the board's ticker
 */
public record BoardSnapshot(List<BoardCall> serving, List<BoardCall> recent, List<WaitingCount> waiting,
                            LocalDateTime readAt, Set<Integer> closed, List<String> notices) {

    public BoardSnapshot {
        closed = Set.copyOf(closed);
        serving = List.copyOf(serving);
        recent = List.copyOf(recent);
        waiting = List.copyOf(waiting);
        notices = List.copyOf(notices);
    }
}
