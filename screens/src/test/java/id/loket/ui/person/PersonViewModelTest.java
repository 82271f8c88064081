package id.loket.ui.person;

import static org.assertj.core.api.Assertions.assertThat;

import id.loket.wiring.AppContext;
import id.loket.domain.account.Agent;
import id.loket.domain.text.Texts;
import id.loket.service.security.LoginService;
import id.loket.support.SameThread;
import id.loket.support.TestApps;
import id.loket.ui.Background;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The person page's model on a real office database: what a NIK opens, and what it says when it cannot. */
class PersonViewModelTest {

    /** A man born 15 January 1980 in Samarinda Ulu, of whom this office recorded nothing. */
    private static final String NIK = "6471051501800001";

    @TempDir
    Path dir;
    private AppContext app;
    private Background background;
    private PersonViewModel person;
    private final Texts texts = Texts.indonesian();

    @BeforeEach
    void openThePersonPage() {
        app = TestApps.withDemoData(dir, 2);
        background = SameThread.background();
        Agent agent = ((LoginService.LoggedIn) app.security().login().login("agen1", "111111".toCharArray())).agent();
        person = new PersonViewModel(app.registration().personRecords(), app.programmes().ssn().requests(),
                Optional::empty, background, texts,
                agent);
    }

    @AfterEach
    void close() {
        background.close();
        app.close();
    }

    @Test
    void aValidNikOfNobodyRecordedOpensAnEmptyPageThatSaysSo() {
        person.open(NIK);

        assertThat(person.pageProperty().get()).isNotNull();
        assertThat(person.pageProperty().get().anything()).isFalse();
        assertThat(person.messageProperty().get()).isEqualTo(texts.text("person.nothingYet"));
        assertThat(person.busyProperty().get()).isFalse();
    }

    @Test
    void thePageNeverShowsTheWholeNik() {
        person.open(NIK);

        assertThat(person.pageProperty().get().maskedNik()).isNotEqualTo(NIK).doesNotContain(NIK.substring(6, 12));
    }

    @Test
    void aNikThatIsNotValidOpensNoPageAndSaysWhy() {
        person.open("1234");

        assertThat(person.pageProperty().get()).isNull();
        assertThat(person.messageProperty().get()).isNotBlank().isNotEqualTo(texts.text("person.reading"));
    }

    @Test
    void aDatabaseThatIsGoneIsSaidInWordsAndThePageCanBeAskedAgain() {
        // The database closed under the model: what reaches the screen is Failures' general words, never a trace.
        app.close();

        person.open(NIK);

        assertThat(person.messageProperty().get()).isEqualTo(texts.text("app.unexpected"));
        assertThat(person.busyProperty().get()).isFalse();
    }
}
