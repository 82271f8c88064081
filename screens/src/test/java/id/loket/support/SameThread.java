package id.loket.support;

import id.loket.ui.Background;
import java.util.List;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * Background work for a ViewModel test: the work, its result and its failure all run on the test's own
 * thread before the call returns, so a test reads what the screen would show next without waiting and
 * without the JavaFX toolkit. After {@link Background#close()} it refuses work, as the real one does.
 */
public final class SameThread extends AbstractExecutorService {

    private volatile boolean shutdown;

    private SameThread() {
    }

    /** A {@link Background} whose workers and screen thread are both the caller's. */
    public static Background background() {
        return new Background(Runnable::run, new SameThread());
    }

    @Override
    public void execute(Runnable command) {
        if (shutdown) {
            throw new RejectedExecutionException("closed");
        }
        command.run();
    }

    @Override
    public void shutdown() {
        shutdown = true;
    }

    @Override
    public List<Runnable> shutdownNow() {
        shutdown = true;
        return List.of();
    }

    @Override
    public boolean isShutdown() {
        return shutdown;
    }

    @Override
    public boolean isTerminated() {
        return shutdown;
    }

    @Override
    public boolean awaitTermination(long timeout, TimeUnit unit) {
        return shutdown;
    }
}
