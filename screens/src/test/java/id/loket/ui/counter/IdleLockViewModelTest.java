package id.loket.ui.counter;

import static org.assertj.core.api.Assertions.assertThat;

import id.loket.wiring.AppContext;
import id.loket.domain.account.Agent;
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

/** The idle lock over the counter: only the same agent's PIN opens it. */
class IdleLockViewModelTest {

    @TempDir
    Path dir;
    private AppContext app;
    private Background background;
    private IdleLockViewModel lock;
    private final Texts texts = Texts.indonesian();

    @BeforeEach
    void lockAnAgentsConsole() {
        app = TestApps.withDemoData(dir, 2);
        background = SameThread.background();
        Agent agent = ((LoginService.LoggedIn) app.security().login().login("agen1", "111111".toCharArray())).agent();
        lock = new IdleLockViewModel(app.security().login(), background, texts, agent);
        lock.lock();
    }

    @AfterEach
    void close() {
        background.close();
        app.close();
    }

    @Test
    void theLockNamesTheAgentWhoseConsoleItHides() {
        assertThat(lock.lockedProperty().get()).isTrue();
        assertThat(lock.messageProperty().get()).isEqualTo(texts.text("lock.prompt", "Agen Demo Satu"));
    }

    @Test
    void theAgentsOwnPinOpensIt() {
        lock.pinProperty().set("111111");

        lock.unlock();

        assertThat(lock.lockedProperty().get()).isFalse();
        assertThat(lock.messageProperty().get()).isEmpty();
    }

    @Test
    void anotherAgentsPinKeepsItLockedAndSaysSo() {
        lock.pinProperty().set("222222");

        lock.unlock();

        assertThat(lock.lockedProperty().get()).isTrue();
        assertThat(lock.messageProperty().get()).startsWith("Nama pengguna atau PIN salah");
        assertThat(lock.pinProperty().get()).isEmpty();
    }

    @Test
    void aDatabaseThatIsGoneKeepsItLockedAndSaysWhy() {
        lock.pinProperty().set("111111");
        // The database closed under the model: what reaches the screen is Failures' general words, never a trace.
        app.close();

        lock.unlock();

        assertThat(lock.lockedProperty().get()).isTrue();
        assertThat(lock.messageProperty().get()).isEqualTo(texts.text("app.unexpected"));
    }
}
