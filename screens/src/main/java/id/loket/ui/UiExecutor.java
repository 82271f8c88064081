package id.loket.ui;

/**
 * The one door from background work and device callbacks to the screen. In the application it is
 * {@code Platform::runLater}; a test can run the work on the calling thread.
 */
@FunctionalInterface
public interface UiExecutor {

    void execute(Runnable work);
}
