package id.loket.domain.queue;

/**
 * What happens when the agent says a called resident did not come.
 *
 * @param outcome          call again first, postpone, or close as a no-show
 * @param callsStillNeeded for {@link Outcome#CALL_AGAIN_FIRST}: calls still to make before it may be postponed
 * @param callableFromCall for {@link Outcome#POSTPONED}: the day's call number from which it comes back
 */
public record NoShowDecision(Outcome outcome, int callsStillNeeded, long callableFromCall) {

    public enum Outcome {
        /** Called fewer than N times: a resident may be slow or hard of hearing, so call again first. */
        CALL_AGAIN_FIRST,
        /** Put in the postponed pool; callable again after K further calls. */
        POSTPONED,
        /** Already postponed once and still not here: the ticket is closed as a no-show. */
        CLOSED
    }
}
