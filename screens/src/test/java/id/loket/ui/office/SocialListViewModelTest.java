package id.loket.ui.office;

import static org.assertj.core.api.Assertions.assertThat;

import id.loket.domain.text.Texts;
import id.loket.support.CaseworkFixtures;
import id.loket.support.CaseworkFixtures.Listed;
import id.loket.support.SameThread;
import id.loket.support.TestApps;
import id.loket.ui.Background;
import id.loket.wiring.AppContext;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The desil / PKH tab on the demo office: a list that flags households, rows not used, a file that is not there. */
class SocialListViewModelTest {

    /** A NIK of this kelurahan that no household of the demo office has. */
    private static final String UNKNOWN_NIK = "6471050101900099";

    @TempDir
    Path dir;
    private AppContext app;
    private Background background;
    private Listed household;
    private SocialListViewModel lists;
    private final Texts texts = Texts.indonesian();

    @BeforeEach
    void openTheDesilPkhTab() {
        app = TestApps.withDemoData(dir.resolve("data"), 20);
        background = SameThread.background();
        CaseworkFixtures fixtures = new CaseworkFixtures(app);
        household = fixtures.households().get(0);
        lists = new SocialListViewModel(app.lists().casework(), app.reporting().reports(),
                app.reporting().officeDesk().printer(), background, texts,
                fixtures.supervisor());
    }

    @AfterEach
    void close() {
        background.close();
        app.close();
    }

    private Path csv(String text) throws IOException {
        return Files.writeString(dir.resolve("dinsos.csv"), text, StandardCharsets.UTF_8);
    }

    @Test
    void aGoodListFlagsTheHouseholdAndTheSummarySaysHowManyWereKept() throws IOException {
        lists.fileProperty().set(csv("NIK;Desil;PKH\n" + household.nik() + ";1;ya\n").toString());

        lists.start();

        assertThat(lists.summaryProperty().get().lines().findFirst())
                .contains(texts.text("social.summary.counts", 1, 1, 0));
        assertThat(lists.problems()).isEmpty();
        assertThat(lists.savedProperty().get()).startsWith("PDF ").contains(" siap.");
        assertThat(lists.printout().copy().fileNameProperty().get()).startsWith("laporan-desil-pkh");
        assertThat(lists.runningProperty().get()).isFalse();
    }

    @Test
    void aNikNotFoundIsListedMaskedWithItsReason() throws IOException {
        lists.fileProperty().set(csv("NIK;Desil;PKH\n" + household.nik() + ";1;ya\n" + UNKNOWN_NIK + ";2;\n").toString());

        lists.start();

        assertThat(lists.problems()).singleElement().asString()
                .contains("647105******0099", "tidak ditemukan")
                .doesNotContain(UNKNOWN_NIK);
        assertThat(lists.summaryProperty().get()).contains(texts.text("social.summary.counts", 2, 1, 1));
    }

    @Test
    void noFileNamedAsksForOneAndStartsNothing() {
        lists.start();

        assertThat(lists.summaryProperty().get()).isEqualTo(texts.text("office.import.noFile"));
        assertThat(lists.runningProperty().get()).isFalse();
    }

    @Test
    void aFileThatIsNotThereIsSaidByNameAndNothingChanges() {
        lists.fileProperty().set(dir.resolve("tidak-ada.csv").toString());

        lists.start();

        assertThat(lists.summaryProperty().get()).isEqualTo(texts.text("import.file.notFound", "tidak-ada.csv")
                + "\n" + texts.text("social.summary.nothingChanged"));
        assertThat(lists.savedProperty().get()).isEmpty();
        assertThat(lists.printout().copy().fileNameProperty().get()).isEmpty();
    }

    @Test
    void aDatabaseThatIsGoneIsSaidInWordsAndTheTabIsFreeAgain() throws IOException {
        // The database closed under the model: what reaches the screen is Failures' general words, never a trace.
        lists.fileProperty().set(csv("NIK;Desil;PKH\n" + household.nik() + ";1;ya\n").toString());
        app.close();

        lists.start();

        assertThat(lists.summaryProperty().get()).isEqualTo(texts.text("app.unexpected"));
        assertThat(lists.runningProperty().get()).isFalse();
    }
}
