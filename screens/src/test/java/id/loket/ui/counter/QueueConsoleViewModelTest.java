package id.loket.ui.counter;

import static org.assertj.core.api.Assertions.assertThat;

import id.loket.wiring.AppContext;
import id.loket.domain.account.Agent;
import id.loket.domain.queue.Lane;
import id.loket.domain.servicerecord.ServiceKind;
import id.loket.domain.text.Texts;
import id.loket.service.security.LoginService;
import id.loket.support.SameThread;
import id.loket.support.TestApps;
import id.loket.ui.Background;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The counter's queue console on a real database: call, finish, and what it says when it cannot. */
class QueueConsoleViewModelTest {

    @TempDir
    Path dir;
    private AppContext app;
    private Background background;
    private QueueConsoleViewModel console;
    private final Texts texts = Texts.indonesian();

    @BeforeEach
    void openTheConsole() {
        app = TestApps.withDemoData(dir, 2);
        background = SameThread.background();
        Agent agent = ((LoginService.LoggedIn) app.security().login().login("agen1", "111111".toCharArray())).agent();
        console = new QueueConsoleViewModel(app.queue().counter(), app.peripherals().devices(), background, texts,
                agent);
    }

    @AfterEach
    void close() {
        console.close();
        background.close();
        app.close();
    }

    @Test
    void anEmptyQueueCallsNobodyAndSaysSo() {
        console.callNext();

        assertThat(console.ticketProperty().get()).isNull();
        assertThat(console.queueMessageProperty().get()).isEqualTo(texts.text("counter.queue.empty"));
    }

    @Test
    void theFirstTicketOfTheDayIsCalledToThisCounter() {
        app.queue().tickets().issue(ServiceKind.PERLINSOS, Lane.REGULAR);

        console.callNext();

        assertThat(console.currentTicketProperty().get()).isEqualTo("A-001");
        assertThat(console.busyProperty().get()).isFalse();
    }

    @Test
    void aFinishedTicketLeavesTheCounterFreeAndSaysWhichWasDone() {
        app.queue().tickets().issue(ServiceKind.PERLINSOS, Lane.REGULAR);
        console.callNext();

        console.finish();

        assertThat(console.ticketProperty().get()).isNull();
        assertThat(console.queueMessageProperty().get()).isEqualTo(texts.text("queue.finished", "A-001"));
    }

    @Test
    void aDatabaseThatIsGoneIsSaidInWordsAndTheConsoleIsFreeAgain() {
        app.queue().tickets().issue(ServiceKind.PERLINSOS, Lane.REGULAR);
        // The database closed under the model: what reaches the screen is Failures' general words, never a trace.
        app.close();

        console.callNext();

        assertThat(console.queueMessageProperty().get()).isEqualTo(texts.text("app.unexpected"));
        assertThat(console.busyProperty().get()).isFalse();
        assertThat(console.ticketProperty().get()).isNull();
    }
}
