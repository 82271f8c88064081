package id.loket.service.board;

import id.loket.domain.board.BoardCall;
import id.loket.storage.BoardRepository;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the calls made since the last look, so each call and each recall is announced exactly once.
 *
 * <p>A counter's call or recall sets {@code called_at} and adds one to {@code call_count} in one
 * update. The watch remembers, for every ticket called lately, the call count it has announced; a
 * higher count means new calls (two recalls between two looks are two announcements), an unknown
 * ticket a new call. It reads back {@link #OVERLAP} before the newest call it has seen, because the
 * counters' clocks differ a little and a transaction may commit after a later one: a call whose
 * time is a bit older than the newest still shows up. Tickets older than that window are forgotten;
 * they come back only with a new {@code called_at}, which is a new call.
 */
public final class CallWatch {

    static final Duration OVERLAP = Duration.ofMinutes(2);
    /** A counter that presses recall many times between two looks gets three announcements, not a flood. */
    static final int MAX_REPEATS_PER_LOOK = 3;
    private static final LocalDateTime BEFORE_ANY_CALL = LocalDateTime.of(2000, 1, 1, 0, 0);

    private final BoardRepository calls;
    private final Map<Long, Integer> announcedCallCount = new HashMap<>();
    private LocalDateTime readFrom;

    CallWatch(BoardRepository calls) {
        this.calls = calls;
    }

    /**
     * The calls to announce, oldest first. The first look only learns what was called before the
     * board started, and announces nothing.
     */
    public synchronized List<BoardCall> newCalls() {
        boolean firstLook = readFrom == null;
        if (firstLook) {
            readFrom = calls.latestCallTime().map(latest -> latest.minus(OVERLAP)).orElse(BEFORE_ANY_CALL);
        }
        List<BoardCall> recent = calls.callsSince(readFrom);
        List<BoardCall> toAnnounce = new ArrayList<>();
        Set<Long> stillRecent = new HashSet<>();
        LocalDateTime newest = readFrom;
        for (BoardCall call : recent) {
            stillRecent.add(call.ticketId());
            Integer announced = announcedCallCount.put(call.ticketId(), call.callCount());
            int repeats = announced == null ? 1 : Math.min(call.callCount() - announced, MAX_REPEATS_PER_LOOK);
            if (!firstLook) {
                for (int i = 0; i < repeats; i++) {
                    toAnnounce.add(call);
                }
            }
            if (call.calledAt().isAfter(newest)) {
                newest = call.calledAt();
            }
        }
        // Everything not read back is older than readFrom, which only moves forward: it can only return with a new call.
        announcedCallCount.keySet().retainAll(stillRecent);
        LocalDateTime next = newest.minus(OVERLAP);
        if (next.isAfter(readFrom)) {
            readFrom = next;
        }
        return toAnnounce;
    }
}
