package id.loket.ui.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.loket.wiring.AppContext;
import id.loket.domain.skm.SkmElement;
import id.loket.domain.skm.SkmPeriod;
import id.loket.domain.skm.SkmScale;
import id.loket.domain.text.Texts;
import id.loket.support.SameThread;
import id.loket.support.TestApps;
import id.loket.ui.Background;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The touch survey's model on a real office database: a questionnaire from first page to thanks. */
class SurveyViewModelTest {

    private static final LocalDate TODAY = LocalDate.now(TestApps.FIRST_DAY);

    @TempDir
    Path dir;
    private AppContext app;
    private Background background;
    private SurveyViewModel survey;
    private final Texts texts = Texts.indonesian();

    @BeforeEach
    void openTheSurvey() {
        app = TestApps.withDemoData(dir, 2);
        background = SameThread.background();
        survey = new SurveyViewModel(app.programmes().skm(), app.peripherals().surveyVoice(), background, texts,
                () -> TODAY);
        survey.reset();
    }

    @AfterEach
    void close() {
        background.close();
        app.close();
    }

    private long respondentsToday() {
        return app.programmes().skm().reports().table(SkmPeriod.between(TODAY, TODAY)).all().respondents();
    }

    private void answerEveryQuestion(SkmScale value) {
        survey.chooseService(survey.services().get(0));
        for (int i = 0; i < SkmElement.COUNT; i++) {
            survey.answer(value);
        }
    }

    @Test
    void aQuestionnaireAnsweredToTheEndIsKeptAndThanked() {
        answerEveryQuestion(SkmScale.values()[3]);
        survey.chooseSex(Optional.empty());
        survey.chooseAge(Optional.empty());
        survey.chooseEducation(Optional.empty());
        survey.chooseOccupation(Optional.empty());

        assertThat(survey.stepProperty().get()).isEqualTo(SurveyViewModel.Step.THANKS);
        assertThat(survey.messageProperty().get()).isEqualTo(texts.text("survey.thanks"));
        assertThat(respondentsToday()).isEqualTo(1);
    }

    @Test
    void eachAnswerLeadsToTheNextQuestionThenToTheProfile() {
        survey.chooseService(survey.services().get(0));
        survey.answer(SkmScale.values()[0]);

        assertThat(survey.element()).isEqualTo(SkmElement.values()[1]);
        assertThat(survey.progress()).isEqualTo(texts.text("survey.progress", 2, SkmElement.COUNT));
        for (int i = 1; i < SkmElement.COUNT; i++) {
            survey.skipQuestion();
        }
        assertThat(survey.stepProperty().get()).isEqualTo(SurveyViewModel.Step.SEX);
    }

    @Test
    void aQuestionnaireWithEveryQuestionSkippedIsThankedButNotCounted() {
        survey.chooseService(survey.services().get(0));
        for (int i = 0; i < SkmElement.COUNT; i++) {
            survey.skipQuestion();
        }

        survey.finish();

        assertThat(survey.messageProperty().get()).isEqualTo(texts.text("survey.thanksNothing"));
        assertThat(respondentsToday()).isZero();
    }

    @Test
    void aSurveyLeftHalfWayIsDroppedWhenTheScreenStartsAgain() {
        survey.chooseService(survey.services().get(0));
        survey.answer(SkmScale.values()[2]);

        survey.reset();
        survey.finish();

        assertThat(survey.stepProperty().get()).isEqualTo(SurveyViewModel.Step.CHOOSE_SERVICE);
        assertThat(respondentsToday()).isZero();
    }

    @Test
    void anAnswerOnAPageThatAsksNoQuestionIsRefused() {
        assertThatThrownBy(() -> survey.answer(SkmScale.values()[0])).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aDatabaseThatIsGoneShowsTheFailurePageInWords() {
        answerEveryQuestion(SkmScale.values()[1]);
        // The database closed under the model: what reaches the screen is Failures' general words, never a trace.
        app.close();

        survey.finish();

        assertThat(survey.stepProperty().get()).isEqualTo(SurveyViewModel.Step.FAILED);
        assertThat(survey.messageProperty().get()).isEqualTo(texts.text(id.loket.domain.text.Message.of(
                "survey.failed", texts.text("app.unexpected"))));
    }
}
