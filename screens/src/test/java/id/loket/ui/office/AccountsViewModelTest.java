package id.loket.ui.office;

import static org.assertj.core.api.Assertions.assertThat;

import id.loket.wiring.AppContext;
import id.loket.domain.account.Agent;
import id.loket.domain.account.Role;
import id.loket.domain.text.Texts;
import id.loket.service.security.AccountService;
import id.loket.service.security.LoginService;
import id.loket.support.SameThread;
import id.loket.support.TestApps;
import id.loket.ui.Background;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The office's accounts tab on the demo office: a new account, a deactivation, and what is refused. */
class AccountsViewModelTest {

    @TempDir
    Path dir;
    private AppContext app;
    private Background background;
    private AccountsViewModel accounts;
    private final Texts texts = Texts.indonesian();

    @BeforeEach
    void openTheAccountsTab() {
        app = TestApps.withDemoData(dir, 2);
        background = SameThread.background();
        Agent lurah = ((LoginService.LoggedIn) app.security().login().login("lurah", "999999".toCharArray())).agent();
        accounts = new AccountsViewModel(app.security().accounts(), background, texts, lurah);
        accounts.refresh();
    }

    @AfterEach
    void close() {
        background.close();
        app.close();
    }

    private AccountService.Row row(String username) {
        return accounts.rows().stream().filter(r -> r.agent().username().equals(username)).findFirst().orElseThrow();
    }

    @Test
    void aNewAgentIsCreatedListedAndCanLogIn() {
        accounts.newUsernameProperty().set("Siti.Agen");
        accounts.newNameProperty().set("Siti Rahma");
        accounts.newRoleProperty().set(Role.AGENT);
        accounts.newPinProperty().set("583920");
        accounts.newPinAgainProperty().set("583920");

        accounts.create();

        assertThat(accounts.messageProperty().get()).isEqualTo(texts.text("account.created", "siti.agen"));
        assertThat(row("siti.agen").active()).isTrue();
        assertThat(app.security().login().login("siti.agen",
                "583920".toCharArray())).isInstanceOf(LoginService.LoggedIn.class);
        assertThat(accounts.newPinProperty().get()).as("a PIN is never kept on screen").isEmpty();
    }

    @Test
    void twoDifferentPinsCreateNothingAndSayWhy() {
        accounts.newUsernameProperty().set("siti.agen");
        accounts.newNameProperty().set("Siti Rahma");
        accounts.newPinProperty().set("583920");
        accounts.newPinAgainProperty().set("583921");

        accounts.create();

        assertThat(accounts.messageProperty().get()).isNotBlank()
                .isNotEqualTo(texts.text("account.created", "siti.agen"));
        assertThat(accounts.rows()).noneMatch(r -> r.agent().username().equals("siti.agen"));
    }

    @Test
    void aDeactivatedAgentIsShownInactive() {
        accounts.chosenProperty().set(row("agen2"));

        accounts.deactivate();

        assertThat(accounts.messageProperty().get()).isEqualTo(texts.text("account.deactivated", "Agen Demo Dua"));
        assertThat(accounts.state(row("agen2"))).isEqualTo(texts.text("account.state.inactive"));
    }

    @Test
    void anActionWithoutAChosenAccountAsksForOne() {
        accounts.unlock();

        assertThat(accounts.messageProperty().get()).isEqualTo(texts.text("account.chooseFirst"));
    }

    @Test
    void aDatabaseThatIsGoneIsSaidInWords() {
        // The database closed under the model: what reaches the screen is Failures' general words, never a trace.
        app.close();

        accounts.refresh();

        assertThat(accounts.messageProperty().get()).isEqualTo(texts.text("app.unexpected"));
    }
}
