package id.loket.service.skm;

import id.loket.config.QueueSettings;
import id.loket.domain.skm.SkmResponse;
import id.loket.storage.SkmRepository;
import java.util.Objects;

/**
 * Keeps the questionnaires answered on the touch screen. Nothing about the resident is taken but the
 * optional, coarse profile; the response carries only the service and the day.
 */
public final class SkmSurveys {

    /** What became of a questionnaire handed in. */
    public enum Saved {
        /** Kept and counted in the IKM. */
        KEPT,
        /** Every question was skipped: nothing to count, nothing kept. */
        NOTHING_ANSWERED
    }

    private final SkmRepository store;
    private final QueueSettings queue;

    public SkmSurveys(SkmRepository store, QueueSettings queue) {
        this.store = Objects.requireNonNull(store, "store");
        this.queue = Objects.requireNonNull(queue, "queue");
    }

    /**
     * @throws IllegalArgumentException for a service this office does not offer (a screen offers only
     *                                  the configured ones)
     */
    public Saved save(SkmResponse response) {
        if (queue.service(response.serviceCode()).isEmpty()) {
            throw new IllegalArgumentException("not a service of this office: " + response.serviceCode());
        }
        if (response.unanswered()) {
            return Saved.NOTHING_ANSWERED;
        }
        store.insert(response);
        return Saved.KEPT;
    }

    public QueueSettings queue() {
        return queue;
    }
}
