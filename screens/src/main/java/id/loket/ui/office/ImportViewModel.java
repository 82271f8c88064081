package id.loket.ui.office;

import id.loket.domain.account.Agent;
import id.loket.domain.text.Texts;
import id.loket.service.OfficeReports;
import id.loket.service.RtListImportResult;
import id.loket.service.RtListImportService;
import id.loket.service.office.ReportPrinter;
import id.loket.ui.Background;
import id.loket.ui.PdfPreview;
import id.loket.ui.UiExecutor;
import java.nio.file.Path;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Importing an RT list: the file, a progress bar with counts that can be cancelled safely (the
 * import is all-or-nothing), then the summary, every row that was not imported with its reason, and
 * the report to print.
 */
public final class ImportViewModel {

    private final StringProperty file = new SimpleStringProperty("");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ObservableList<String> problems = FXCollections.observableArrayList();

    private final RtListImportService imports;
    private final Background background;
    private final UiExecutor ui;
    private final Texts texts;
    private final Agent supervisor;
    private final String kelurahanCode;
    private final Printout printout;
    private RtListImportService.Cancellation cancellation;

    public ImportViewModel(RtListImportService imports, OfficeReports reports, ReportPrinter printer,
                           Background background, UiExecutor ui, Texts texts, Agent supervisor, String kelurahanCode) {
        this.imports = imports;
        this.background = background;
        this.ui = ui;
        this.texts = texts;
        this.supervisor = supervisor;
        this.kelurahanCode = kelurahanCode;
        this.printout = new Printout(background, texts, printer, supervisor, progressText, reports::saveCopy);
    }

    public void start() {
        String chosen = file.get().strip();
        if (running.get()) {
            return;
        }
        if (chosen.isEmpty()) {
            summary.set(texts.text("office.import.noFile"));
            return;
        }
        Path path = Path.of(chosen);
        cancellation = new RtListImportService.Cancellation();
        RtListImportService.Cancellation mine = cancellation;
        running.set(true);
        progress.set(-1);
        problems.clear();
        printout.clear();
        summary.set(texts.text("office.import.running"));
        background.run(() -> {
            long[] lastShown = {0};
            RtListImportResult result = imports.importFile(path, kelurahanCode, supervisor.username(), p -> {
                // At most ten updates a second reach the screen, however fast the rows go.
                long now = System.nanoTime();
                if (now - lastShown[0] > 100_000_000L) {
                    lastShown[0] = now;
                    ui.execute(() -> showProgress(p));
                }
            }, mine);
            PdfPreview.Page preview = null;
            OfficeReports.Report made = null;
            if (result.status() != RtListImportResult.Status.CANCELLED) {
                made = OfficeReports.Report.named("laporan-impor",
                        imports.reports().pdf(result, supervisor.username()));
                preview = Printout.firstPage(made);
            }
            return new Done(result, made, preview);
        }, done -> {
            running.set(false);
            progress.set(done.result().completed() ? 1 : 0);
            show(done);
        }, failure -> {
            running.set(false);
            progress.set(0);
            summary.set(texts.text(failure));
        });
    }

    /** Stops the import; what was already written is rolled back, so the database stays as it was. */
    public void cancel() {
        if (cancellation != null) {
            cancellation.cancel();
            progressText.set(texts.text("office.import.cancelling"));
        }
    }

    private void showProgress(RtListImportService.Progress p) {
        progress.set(p.fraction().orElse(-1));
        String key = switch (p.phase()) {
            case READING -> "office.import.progress.reading";
            case CHECKING -> "office.import.progress.checking";
            case WRITING -> "office.import.progress.writing";
            case COMMITTING -> "office.import.progress.committing";
        };
        progressText.set(texts.text(key, p.rowsRead(), p.done(), Math.max(p.total(), 0)));
    }

    private void show(Done done) {
        RtListImportResult result = done.result();
        if (result.status() == RtListImportResult.Status.CANCELLED) {
            summary.set(texts.text("office.import.cancelled"));
            progressText.set("");
            return;
        }
        summary.set(String.join("\n", imports.reports().summaryLines(result)));
        problems.setAll(result.problems().stream().map(p -> imports.reports().problemLine(result, p)).toList());
        OfficeReports.Report made = done.made();
        if (made == null) {
            progressText.set("");
            return;
        }
        printout.show(made, done.preview());
        progressText.set(texts.text("office.report.ready", made.fileName()));
    }

    private record Done(RtListImportResult result, OfficeReports.Report made, PdfPreview.Page preview) {
    }

    Printout printout() { return printout; }
    public StringProperty fileProperty() { return file; }
    public ReadOnlyDoubleProperty progressProperty() { return progress.getReadOnlyProperty(); }
    public ReadOnlyStringProperty progressTextProperty() { return progressText.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty runningProperty() { return running.getReadOnlyProperty(); }
    public ReadOnlyStringProperty summaryProperty() { return summary.getReadOnlyProperty(); }
    public ObservableList<String> problems() { return problems; }
}
