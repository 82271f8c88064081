package id.loket.ui.office;

import static org.assertj.core.api.Assertions.assertThat;

import id.loket.wiring.AppContext;
import id.loket.domain.account.Agent;
import id.loket.domain.text.Texts;
import id.loket.service.security.LoginService;
import id.loket.support.SameThread;
import id.loket.support.TestApps;
import id.loket.ui.Background;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The supervisor's audit trail and backup on request, on a real database. */
class SecurityViewModelTest {

    private static final LocalDate TODAY = LocalDate.now(TestApps.FIRST_DAY);

    @TempDir
    Path dir;
    private AppContext app;
    private Background background;
    private SecurityViewModel security;
    private final Texts texts = Texts.indonesian();

    @BeforeEach
    void openTheSecurityTab() {
        app = TestApps.withDemoData(dir, 2);
        background = SameThread.background();
        Agent lurah = ((LoginService.LoggedIn) app.security().login().login("lurah", "999999".toCharArray())).agent();
        security = new SecurityViewModel(app.security().auditTrail(), app.security().backups(), background, texts,
                lurah, TODAY);
    }

    @AfterEach
    void close() {
        background.close();
        app.close();
    }

    @Test
    void theLastWeeksSearchFindsTheSupervisorsOwnLogin() {
        security.search();

        assertThat(security.events()).isNotEmpty();
        assertThat(security.messageProperty().get())
                .isEqualTo(texts.text("office.audit.found", security.events().size()));
    }

    @Test
    void anEndBeforeTheStartIsRefusedWithoutSearching() {
        security.toProperty().set(TODAY.minusDays(10));

        security.search();

        assertThat(security.messageProperty().get()).isEqualTo(texts.text("office.audit.badDates"));
        assertThat(security.events()).isEmpty();
    }

    @Test
    void aBackupOnRequestSaysWhereItWasMade() {
        security.backupNow();

        assertThat(security.messageProperty().get()).startsWith("Cadangan dibuat: ");
    }

    @Test
    void aDatabaseThatIsGoneIsSaidInWords() {
        // The database closed under the model: what reaches the screen is Failures' general words, never a trace.
        app.close();

        security.search();

        assertThat(security.messageProperty().get()).isEqualTo(texts.text("app.unexpected"));
    }
}
