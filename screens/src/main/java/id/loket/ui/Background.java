package id.loket.ui;

import id.loket.domain.text.Message;
import id.loket.service.Failures;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs slow work (database, PDF) off the JavaFX thread and hands the result back through the
 * {@link UiExecutor}, so an agent never waits on a frozen screen. A failure is logged with its stack
 * trace and reaches the screen only as a {@link Message} a person can act on.
 */
public final class Background implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Background.class);

    private final ExecutorService workers;
    private final UiExecutor ui;

    public Background(UiExecutor ui) {
        this(ui, workers());
    }

    /**
     * Runs the work on {@code workers}: a test of a ViewModel hands in one that runs it on the calling
     * thread, so the result is on screen when the call returns, without the JavaFX toolkit.
     */
    public Background(UiExecutor ui, ExecutorService workers) {
        this.ui = ui;
        this.workers = workers;
    }

    private static ExecutorService workers() {
        AtomicInteger count = new AtomicInteger();
        return Executors.newFixedThreadPool(2, work -> {
            Thread thread = new Thread(work, "loket-background-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Message> onFailure) {
        try {
            workers.execute(task(work, onSuccess, onFailure));
        } catch (RejectedExecutionException closed) {
            // The window is closing: a timer of a screen still on it (an idle reset) has nothing left to do.
            LOG.info("Background work asked for after close; not started");
        }
    }

    private <T> Runnable task(Callable<T> work, Consumer<T> onSuccess, Consumer<Message> onFailure) {
        return () -> {
            try {
                T result = work.call();
                ui.execute(() -> onSuccess.accept(result));
            } catch (Exception | Error failure) {
                LOG.error("Background work failed", failure);
                Message message = Failures.describe(failure);
                ui.execute(() -> onFailure.accept(message));
            }
        };
    }

    /** The one door to the screen, for device callbacks and for work that reports progress while it runs. */
    public UiExecutor ui() {
        return ui;
    }

    @Override
    public void close() {
        workers.shutdown();
    }
}
