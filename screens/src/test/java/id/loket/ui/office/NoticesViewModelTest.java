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

/** The lurah's notices: written with their days, listed, withdrawn, on a real database. */
class NoticesViewModelTest {

    private static final LocalDate TODAY = LocalDate.now(TestApps.FIRST_DAY);

    @TempDir
    Path dir;
    private AppContext app;
    private Background background;
    private NoticesViewModel notices;
    private final Texts texts = Texts.indonesian();

    @BeforeEach
    void openTheNoticesTab() {
        app = TestApps.withDemoData(dir, 2);
        background = SameThread.background();
        Agent lurah = ((LoginService.LoggedIn) app.security().login().login("lurah", "999999".toCharArray())).agent();
        notices = new NoticesViewModel(app.queue().notices(), background, texts, lurah);
    }

    @AfterEach
    void close() {
        background.close();
        app.close();
    }

    private void write(String text, LocalDate from, LocalDate to) {
        notices.textProperty().set(text);
        notices.fromProperty().set(from);
        notices.toProperty().set(to);
        notices.write();
    }

    @Test
    void aWrittenNoticeIsListedInForceAndTheFormEmpties() {
        write("Jumat pelayanan sampai pukul 11.00", TODAY, TODAY.plusDays(2));

        assertThat(notices.messageProperty().get()).isEqualTo(texts.text("notice.office.written",
                NoticesViewModel.DAY.format(TODAY), NoticesViewModel.DAY.format(TODAY.plusDays(2))));
        assertThat(notices.notices()).singleElement().satisfies(notice ->
                assertThat(notices.state(notice)).isEqualTo(texts.text("notice.office.inForce")));
        assertThat(notices.textProperty().get()).isEmpty();
    }

    @Test
    void aNoticeWithoutWordsIsRefusedAndNothingIsListed() {
        write("  ", TODAY, TODAY);

        assertThat(notices.messageProperty().get()).isNotBlank()
                .isNotEqualTo(texts.text("notice.office.written", "", ""));
        assertThat(notices.notices()).isEmpty();
    }

    @Test
    void withdrawingAsksForAChoiceFirst() {
        notices.withdraw();

        assertThat(notices.messageProperty().get()).isEqualTo(texts.text("notice.office.chooseFirst"));
    }

    @Test
    void aWithdrawnNoticeLeavesTheList() {
        write("Jumat pelayanan sampai pukul 11.00", TODAY, TODAY);
        notices.chosenProperty().set(notices.notices().get(0));

        notices.withdraw();

        assertThat(notices.messageProperty().get()).isEqualTo(texts.text("notice.office.withdrawn"));
        assertThat(notices.notices()).isEmpty();
    }

    @Test
    void aDatabaseThatIsGoneIsSaidInWordsAndTheTextIsKept() {
        // The database closed under the model: what reaches the screen is Failures' general words, never a trace.
        app.close();

        write("Jumat pelayanan sampai pukul 11.00", TODAY, TODAY);

        assertThat(notices.messageProperty().get()).isEqualTo(texts.text("app.unexpected"));
        assertThat(notices.textProperty().get()).isEqualTo("Jumat pelayanan sampai pukul 11.00");
    }
}
