package id.loket.ui.office;

import static org.assertj.core.api.Assertions.assertThat;

import id.loket.wiring.AppContext;
import id.loket.domain.text.Texts;
import id.loket.support.CaseworkFixtures;
import id.loket.support.SameThread;
import id.loket.support.TestApps;
import id.loket.ui.Background;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lurah's progress page on the demo office: the totals, the RTs, and a printout made to look at. */
class OfficeViewModelTest {

    @TempDir
    Path dir;
    private AppContext app;
    private Background background;
    private OfficeViewModel office;
    private final Texts texts = Texts.indonesian();

    @BeforeEach
    void openTheOffice() {
        app = TestApps.withDemoData(dir, 20);
        background = SameThread.background();
        office = new OfficeViewModel(app.reporting().progress(), app.lists().schedules().query(),
                app.reporting().reports(), app.reporting().officeDesk().printer(),
                background, texts, new CaseworkFixtures(app).supervisor());
    }

    @AfterEach
    void close() {
        background.close();
        app.close();
    }

    @Test
    void theTotalsCountEveryListedHouseholdAndTheFirstRtIsChosen() {
        office.refresh();

        assertThat(office.totalsProperty().get())
                .contains(" dari " + app.reporting().progress().current().households() + " kepala");
        assertThat(office.rows()).isNotEmpty();
        assertThat(office.chosenRtProperty().get()).isEqualTo(office.rows().get(0).rt());
    }

    @Test
    void aSummaryIsMadeAndReadyToLookAtBeforePrinting() {
        office.makeSummary();

        assertThat(office.reportMessageProperty().get()).startsWith("PDF ").contains(" siap.");
        assertThat(office.busyProperty().get()).isFalse();
    }

    @Test
    void aDatabaseThatIsGoneIsSaidWhereTheTotalsStand() {
        // The database closed under the model: what reaches the screen is Failures' general words, never a trace.
        app.close();

        office.refresh();

        assertThat(office.totalsProperty().get()).isEqualTo(texts.text("app.unexpected"));
    }
}
