package id.loket.ui;

/**
 * A ViewModel that does something by itself while its view is on screen: watches a device, reads the
 * database again and again, runs a timer. {@link #attach()} starts that work and {@link #close()} ends
 * it; both may be called again and again (a face left and shown again), and close without attach does
 * nothing. A view never calls them itself: {@link WhileShowing#bind} does, once, so nothing keeps
 * running for a view that is gone (after Bisq's activatable pattern).
 */
public interface Activatable extends AutoCloseable {

    /** Starts what runs while the view shows; a second call while attached changes nothing. */
    void attach();

    /** Stops it and lets go of devices and timers; safe to call when not attached. */
    @Override
    void close();
}
