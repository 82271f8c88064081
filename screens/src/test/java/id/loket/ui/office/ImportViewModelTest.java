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

/** The RT-list import tab on the demo office: a list kept, rows refused, a file that is not there, a cancel. */
class ImportViewModelTest {

    private static final String HEADER = "No,No KK,NIK,Nama,Alamat,RT,RW,No HP\n";

    @TempDir
    Path dir;
    private AppContext app;
    private Background background;
    private Listed neighbour;
    private ImportViewModel importer;
    private final Texts texts = Texts.indonesian();

    @BeforeEach
    void openTheImportTab() {
        app = TestApps.withDemoData(dir.resolve("data"), 20);
        background = SameThread.background();
        CaseworkFixtures fixtures = new CaseworkFixtures(app);
        neighbour = fixtures.households().get(0);
        importer = importerRunningOn(background.ui(), fixtures);
    }

    private ImportViewModel importerRunningOn(id.loket.ui.UiExecutor ui, CaseworkFixtures fixtures) {
        return new ImportViewModel(app.lists().rtListImport(), app.reporting().reports(),
                app.reporting().officeDesk().printer(), background, ui,
                texts, fixtures.supervisor(), app.foundation().office().kelurahanCode());
    }

    @AfterEach
    void close() {
        background.close();
        app.close();
    }

    private void importCsv(String name, String text) throws IOException {
        importer.fileProperty().set(Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8).toString());
        importer.start();
    }

    @Test
    void aGoodListIsImportedAndTheSummarySaysHowManyHeadsWereKept() throws IOException {
        importCsv("rt.csv", HEADER + "1,6471052010269878,6471051203609878,BUDI BARU,Jl. Uji 1,"
                + neighbour.rt() + "," + neighbour.rw() + ",\n");

        assertThat(importer.summaryProperty().get().lines().findFirst())
                .contains(texts.text("import.summary.counts", 1, 1, 0, 0));
        assertThat(importer.problems()).isEmpty();
        assertThat(importer.runningProperty().get()).isFalse();
        assertThat(importer.progressProperty().get()).isEqualTo(1.0);
        assertThat(importer.progressTextProperty().get()).startsWith("PDF ").contains(" siap.");
        assertThat(importer.printout().copy().fileNameProperty().get()).startsWith("laporan-impor");
    }

    @Test
    void aRowMangledByExcelIsListedWithItsReasonAndTheRestIsKept() throws IOException {
        importCsv("rt.csv", HEADER
                + "1,6471052010269878,6471051203609878,BUDI BARU,Jl. Uji 1," + neighbour.rt() + "," + neighbour.rw() + ",\n"
                + "2,6471052010269879,6.47105E+15,SITI RUSAK,Jl. Uji 2," + neighbour.rt() + "," + neighbour.rw() + ",\n");

        assertThat(importer.summaryProperty().get().lines().findFirst())
                .contains(texts.text("import.summary.counts", 2, 1, 0, 1));
        assertThat(importer.problems()).singleElement().asString().contains("6.47105E+15");
    }

    @Test
    void noFileNamedAsksForOneAndStartsNothing() {
        importer.start();

        assertThat(importer.summaryProperty().get()).isEqualTo(texts.text("office.import.noFile"));
        assertThat(importer.runningProperty().get()).isFalse();
    }

    @Test
    void aFileThatIsNotThereIsSaidByNameAndNothingIsImported() {
        importer.fileProperty().set(dir.resolve("tidak-ada.csv").toString());

        importer.start();

        assertThat(importer.summaryProperty().get()).isEqualTo(texts.text("import.file.notFound", "tidak-ada.csv")
                + "\n" + texts.text("import.summary.nothingImported"));
        assertThat(importer.printout().copy().fileNameProperty().get()).isEmpty();
        assertThat(importer.runningProperty().get()).isFalse();
    }

    @Test
    void anImportCancelledOnItsFirstProgressSaysSoAndLeavesNoReport() throws IOException {
        // The cancel is pressed as the first progress reaches the screen: the import stops and rolls back.
        ImportViewModel[] cancelling = new ImportViewModel[1];
        importer = importerRunningOn(work -> {
            work.run();
            cancelling[0].cancel();
        }, new CaseworkFixtures(app));
        cancelling[0] = importer;
        long before = app.reporting().progress().current().households();

        importCsv("rt.csv", HEADER + "1,6471052010269878,6471051203609878,BUDI BARU,Jl. Uji 1,"
                + neighbour.rt() + "," + neighbour.rw() + ",\n");

        assertThat(importer.summaryProperty().get()).isEqualTo(texts.text("office.import.cancelled"));
        assertThat(importer.progressTextProperty().get()).isEmpty();
        assertThat(importer.progressProperty().get()).isZero();
        assertThat(importer.printout().copy().fileNameProperty().get()).isEmpty();
        assertThat(app.reporting().progress().current().households()).isEqualTo(before);
    }

    @Test
    void aDatabaseThatIsGoneIsSaidInWordsAndTheTabIsFreeAgain() throws IOException {
        // The database closed under the model: what reaches the screen is Failures' general words, never a trace.
        Path list = Files.writeString(dir.resolve("rt.csv"), HEADER + "1,6471052010269878,6471051203609878,"
                + "BUDI BARU,Jl. Uji 1," + neighbour.rt() + "," + neighbour.rw() + ",\n");
        app.close();
        importer.fileProperty().set(list.toString());

        importer.start();

        assertThat(importer.summaryProperty().get()).isEqualTo(texts.text("app.unexpected"));
        assertThat(importer.runningProperty().get()).isFalse();
        assertThat(importer.progressProperty().get()).isZero();
    }
}
