package id.loket.device.support;

import id.loket.device.api.Subscription;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Listeners of one kind of event. A listener that throws is logged with its stack trace and the
 * others still hear the event: a bug in a screen must not stop a driver's thread.
 */
public final class Listeners<T> {

    private static final Logger LOG = LoggerFactory.getLogger(Listeners.class);

    private final String what;
    private final CopyOnWriteArrayList<Consumer<? super T>> listeners = new CopyOnWriteArrayList<>();

    /** @param what names the events in the log, e.g. "scanner serial: scan" */
    public Listeners(String what) {
        this.what = what;
    }

    public Subscription add(Consumer<? super T> listener) {
        Objects.requireNonNull(listener, "listener");
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    public void fire(T event) {
        for (Consumer<? super T> listener : listeners) {
            try {
                listener.accept(event);
            } catch (RuntimeException e) {
                LOG.error("A listener of {} failed on {}", what, event, e);
            }
        }
    }

    public boolean isEmpty() {
        return listeners.isEmpty();
    }
}
