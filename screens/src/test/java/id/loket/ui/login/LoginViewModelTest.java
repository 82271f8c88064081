package id.loket.ui.login;

import static org.assertj.core.api.Assertions.assertThat;

import id.loket.wiring.AppContext;
import id.loket.domain.account.Agent;
import id.loket.domain.account.Role;
import id.loket.domain.text.Texts;
import id.loket.support.SameThread;
import id.loket.support.TestApps;
import id.loket.ui.Background;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The login form's model on the demo office's accounts, without a screen. */
class LoginViewModelTest {

    @TempDir
    Path dir;
    private AppContext app;
    private Background background;
    private final Texts texts = Texts.indonesian();
    private final List<Agent> loggedIn = new ArrayList<>();

    @BeforeEach
    void openTheDemoOffice() {
        app = TestApps.withDemoData(dir, 2);
        background = SameThread.background();
    }

    @AfterEach
    void close() {
        background.close();
        app.close();
    }

    private LoginViewModel form(Role required) {
        return new LoginViewModel(app.security().login(), background, texts, required, loggedIn::add);
    }

    private static void type(LoginViewModel model, String user, String pin) {
        model.usernameProperty().set(user);
        model.pinProperty().set(pin);
    }

    @Test
    void theRightPinLetsTheAgentInAndLeavesNoMessage() {
        LoginViewModel model = form(Role.AGENT);
        type(model, "agen1", "111111");

        model.submit();

        assertThat(loggedIn).extracting(Agent::username).containsExactly("agen1");
        assertThat(model.messageProperty().get()).isEmpty();
        assertThat(model.busyProperty().get()).isFalse();
    }

    @Test
    void aWrongPinSaysHowManyTriesAreLeftAndForgetsThePin() {
        LoginViewModel model = form(Role.AGENT);
        type(model, "agen1", "000000");

        model.submit();

        assertThat(loggedIn).isEmpty();
        assertThat(model.messageProperty().get()).startsWith("Nama pengguna atau PIN salah");
        assertThat(model.pinProperty().get()).as("the PIN is never kept after a try").isEmpty();
    }

    @Test
    void anEmptyPinAsksForBothWithoutAskingTheDatabase() {
        LoginViewModel model = form(Role.AGENT);
        type(model, "agen1", "");
        // Closed, so a look into the database would say so instead.
        app.close();

        model.submit();

        assertThat(model.messageProperty().get()).isEqualTo(texts.text("login.fillBoth"));
    }

    @Test
    void anAgentIsNotLetIntoTheOffice() {
        LoginViewModel model = form(Role.SUPERVISOR);
        type(model, "agen1", "111111");

        model.submit();

        assertThat(loggedIn).isEmpty();
        assertThat(model.messageProperty().get()).isEqualTo(texts.text("login.supervisorOnly"));
    }

    @Test
    void aDatabaseThatIsGoneIsSaidInWordsAndTheFormCanBeUsedAgain() {
        LoginViewModel model = form(Role.AGENT);
        type(model, "agen1", "111111");
        // The database closed under the model: what reaches the screen is Failures' general words, never a trace.
        app.close();

        model.submit();

        assertThat(loggedIn).isEmpty();
        assertThat(model.messageProperty().get()).isEqualTo(texts.text("app.unexpected"));
        assertThat(model.busyProperty().get()).isFalse();
    }
}
