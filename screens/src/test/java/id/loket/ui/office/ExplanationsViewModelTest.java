package id.loket.ui.office;

import static org.assertj.core.api.Assertions.assertThat;

import id.loket.wiring.AppContext;
import id.loket.domain.household.ExplanationReason;
import id.loket.domain.household.OpenHousehold;
import id.loket.domain.text.Texts;
import id.loket.support.CaseworkFixtures;
import id.loket.support.SameThread;
import id.loket.support.TestApps;
import id.loket.ui.Background;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Why households of an RT are not registered: the ketua RT's explanations, recorded and taken back. */
class ExplanationsViewModelTest {

    private static final LocalDate TODAY = LocalDate.now(TestApps.FIRST_DAY);

    @TempDir
    Path dir;
    private AppContext app;
    private Background background;
    private ExplanationsViewModel explanations;
    private final Texts texts = Texts.indonesian();

    @BeforeEach
    void openTheFirstRt() {
        app = TestApps.withDemoData(dir, 20);
        background = SameThread.background();
        explanations = new ExplanationsViewModel(app.lists().casework().explanations(), background, texts,
                new CaseworkFixtures(app).supervisor(), () -> TODAY);
        explanations.loadRts();
    }

    @AfterEach
    void close() {
        background.close();
        app.close();
    }

    @Test
    void theFirstRtIsShownWithItsOpenHouseholdsCounted() {
        assertThat(explanations.chosenRtProperty().get()).isNotNull();
        assertThat(explanations.messageProperty().get()).isEqualTo(texts.text("explanation.office.count",
                explanations.chosenRtProperty().get().label(), explanations.open().size(),
                explanations.explained().size()));
    }

    @Test
    void anExplainedHouseholdMovesFromOpenToExplained() {
        OpenHousehold household = explanations.open().get(0);
        int open = explanations.open().size();
        int explained = explanations.explained().size();
        explanations.chosenOpenProperty().set(household);
        explanations.reasonProperty().set(ExplanationReason.MOVED_OUT);
        explanations.reportedByProperty().set("Pak Darto, ketua RT");

        explanations.record();

        assertThat(explanations.messageProperty().get()).isEqualTo(texts.text("explanation.office.recorded",
                household.headName(), explanations.label(ExplanationReason.MOVED_OUT)));
        assertThat(explanations.open()).hasSize(open - 1);
        assertThat(explanations.explained()).hasSize(explained + 1);
    }

    @Test
    void anExplanationWithoutItsReasonIsRefusedAndTheFormKept() {
        int explained = explanations.explained().size();
        explanations.chosenOpenProperty().set(explanations.open().get(0));
        explanations.reportedByProperty().set("Pak Darto, ketua RT");

        explanations.record();

        assertThat(explanations.messageProperty().get()).contains(texts.text("explanation.problem.reason"));
        assertThat(explanations.reportedByProperty().get()).isEqualTo("Pak Darto, ketua RT");
        assertThat(explanations.explained()).hasSize(explained);
    }

    @Test
    void recordingWithoutAChosenHouseholdAsksForOne() {
        explanations.record();

        assertThat(explanations.messageProperty().get()).isEqualTo(texts.text("explanation.office.chooseHousehold"));
    }

    @Test
    void aDatabaseThatIsGoneIsSaidInWords() {
        // The database closed under the model: what reaches the screen is Failures' general words, never a trace.
        app.close();

        explanations.showChosenRt();

        assertThat(explanations.messageProperty().get()).isEqualTo(texts.text("app.unexpected"));
    }
}
