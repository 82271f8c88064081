package id.loket.ui.office;

import static org.assertj.core.api.Assertions.assertThat;

import id.loket.wiring.AppContext;
import id.loket.domain.skm.RespondentProfile;
import id.loket.domain.skm.SkmResponse;
import id.loket.domain.skm.SkmSource;
import id.loket.domain.text.Texts;
import id.loket.support.SameThread;
import id.loket.support.TestApps;
import id.loket.ui.Background;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lurah's IKM tab on a real database: a period with answers, one without, and days that make no period. */
class IkmViewModelTest {

    private static final LocalDate TODAY = LocalDate.now(TestApps.FIRST_DAY);

    @TempDir
    Path dir;
    private AppContext app;
    private Background background;
    private IkmViewModel ikm;
    private IkmViewModel.Scope all;
    private final Texts texts = Texts.indonesian();

    @BeforeEach
    void openTheIkmTab() {
        app = TestApps.withDemoData(dir, 2);
        background = SameThread.background();
        ikm = new IkmViewModel(app.programmes().skm().reports(), app.programmes().skm().surveys().queue().services(),
                background, texts,
                () -> TODAY);
        all = ikm.scopes().get(0);
    }

    @AfterEach
    void close() {
        background.close();
        app.close();
    }

    private void answeredToday(int value) {
        int[] answers = new int[9];
        Arrays.fill(answers, value);
        app.programmes().skm().surveys().save(new SkmResponse(TODAY,
                app.programmes().skm().surveys().queue().services().get(0).code(), answers,
                new RespondentProfile(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()),
                SkmSource.TOUCH));
    }

    @Test
    void aMonthWithoutAnswersSaysSo() {
        ikm.show(IkmViewModel.PeriodChoice.THIS_MONTH, null, null, all);

        assertThat(ikm.summaryProperty().get()).isEqualTo(texts.text("office.ikm.none"));
    }

    @Test
    void aMonthWithAnswersShowsItsIndexAndHowManyAnswered() {
        answeredToday(4);
        answeredToday(3);

        ikm.show(IkmViewModel.PeriodChoice.THIS_MONTH, null, null, all);

        assertThat(ikm.summaryProperty().get()).startsWith("IKM ").endsWith("2 responden");
        assertThat(ikm.figuresProperty().get().ikm().respondents()).isEqualTo(2);
    }

    @Test
    void fromToWithTheEndBeforeTheStartIsSaidAndNothingIsRead() {
        ikm.show(IkmViewModel.PeriodChoice.FROM_TO, TODAY, TODAY.minusDays(1), all);

        assertThat(ikm.summaryProperty().get()).isEqualTo(texts.text("office.ikm.badDays"));
        assertThat(ikm.figuresProperty().get()).isNull();
    }

    @Test
    void aDatabaseThatIsGoneIsSaidInWords() {
        // The database closed under the model: what reaches the screen is Failures' general words, never a trace.
        app.close();

        ikm.show(IkmViewModel.PeriodChoice.THIS_MONTH, null, null, all);

        assertThat(ikm.summaryProperty().get()).isEqualTo(texts.text("app.unexpected"));
    }
}
