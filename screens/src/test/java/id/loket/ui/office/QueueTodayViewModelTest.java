package id.loket.ui.office;

import static org.assertj.core.api.Assertions.assertThat;

import id.loket.wiring.AppContext;
import id.loket.domain.queue.Lane;
import id.loket.domain.servicerecord.ServiceKind;
import id.loket.domain.text.Texts;
import id.loket.support.SameThread;
import id.loket.support.TestApps;
import id.loket.ui.Background;
import id.loket.ui.Repeater;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Today's queue for the lurah: read when attached, again at every tick, never after close. */
class QueueTodayViewModelTest {

    @TempDir
    Path dir;
    private AppContext app;
    private Background background;
    private QueueTodayViewModel queue;
    private final Texts texts = Texts.indonesian();
    /** The ticks the test gives by hand, where the screen's Timeline would. */
    private final List<Runnable> ticks = new ArrayList<>();
    private final List<Duration> periods = new ArrayList<>();
    private boolean stopped;

    @BeforeEach
    void openTheOffice() {
        app = TestApps.withDemoData(dir, 2);
        background = SameThread.background();
        Repeater byHand = (period, work) -> {
            periods.add(period);
            ticks.add(work);
            return () -> stopped = true;
        };
        queue = new QueueTodayViewModel(app.reporting().officeDesk().queue(), background, texts, byHand);
    }

    @AfterEach
    void close() {
        queue.close();
        background.close();
        app.close();
    }

    private void tick() {
        ticks.forEach(Runnable::run);
    }

    @Test
    void attachedItReadsAtOnceAndRepeatsEveryFewSeconds() {
        queue.attach();

        assertThat(queue.totalsProperty().get()).startsWith("0 menunggu");
        assertThat(periods).containsExactly(QueueTodayViewModel.REFRESH);
    }

    @Test
    void eachTickShowsTheQueueAsItIsNow() {
        queue.attach();
        app.queue().tickets().issue(ServiceKind.PERLINSOS, Lane.REGULAR);

        tick();

        assertThat(queue.totalsProperty().get()).startsWith("1 menunggu");
    }

    @Test
    void attachingTwiceStartsOneRepeatOnly() {
        queue.attach();
        queue.attach();

        assertThat(ticks).hasSize(1);
    }

    @Test
    void closingStopsTheRepeat() {
        queue.attach();

        queue.close();

        assertThat(stopped).isTrue();
    }

    @Test
    void aDatabaseThatIsGoneIsSaidInTheUpdatedLine() {
        queue.attach();
        // The database closed under the model: what reaches the screen is Failures' general words, never a trace.
        app.close();

        tick();

        assertThat(queue.updatedProperty().get()).isEqualTo(texts.text("app.unexpected"));
    }
}
