package id.loket.ui.office;

import id.loket.domain.account.Agent;
import id.loket.domain.text.Texts;
import id.loket.service.office.OfficeReports;
import id.loket.service.rtlist.RtListImportResult;
import id.loket.service.rtlist.RtListImportService;
import id.loket.service.office.ReportPrinter;
import id.loket.ui.Background;
import id.loket.ui.UiExecutor;
import java.nio.file.Path;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;

/**
 * Importing an RT list: the file, a progress bar with counts that can be cancelled safely (the
 * import is all-or-nothing), then the summary, every row that was not imported with its reason, and
 * the report to print.
 */
public final class ImportViewModel {

    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper("");

    private final RtListImportService imports;
    private final UiExecutor ui;
    private final Texts texts;
    private final Agent supervisor;
    private final String kelurahanCode;
    private final ListImport<RtListImportResult> list;
    private RtListImportService.Cancellation cancellation;

    public ImportViewModel(RtListImportService imports, OfficeReports reports, ReportPrinter printer,
                           Background background, UiExecutor ui, Texts texts, Agent supervisor, String kelurahanCode) {
        this.imports = imports;
        this.ui = ui;
        this.texts = texts;
        this.supervisor = supervisor;
        this.kelurahanCode = kelurahanCode;
        this.list = new ListImport<>(background, texts, printer, supervisor, reports, progressText);
    }

    public void start() {
        Optional<String> chosen = list.begin("office.import.running");
        if (chosen.isEmpty()) {
            return;
        }
        cancellation = new RtListImportService.Cancellation();
        RtListImportService.Cancellation mine = cancellation;
        progress.set(-1);
        list.run(chosen.get(), file -> importAndReport(file, mine), done -> {
            progress.set(done.result().completed() ? 1 : 0);
            show(done);
        }, () -> progress.set(0));
    }

    private ListImport.Done<RtListImportResult> importAndReport(Path file, RtListImportService.Cancellation mine) {
        long[] lastShown = {0};
        RtListImportResult result = imports.importFile(file, kelurahanCode, supervisor.username(), p -> {
            // At most ten updates a second reach the screen, however fast the rows go.
            long now = System.nanoTime();
            if (now - lastShown[0] > 100_000_000L) {
                lastShown[0] = now;
                ui.execute(() -> showProgress(p));
            }
        }, mine);
        // Only a completed import has a report; a file that could not be read is said in the summary alone.
        if (!result.completed()) {
            return ListImport.Done.withoutReport(result);
        }
        return ListImport.Done.withReport(result, "laporan-impor", imports.reports().pdf(result, supervisor.username()));
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

    private void show(ListImport.Done<RtListImportResult> done) {
        RtListImportResult result = done.result();
        if (result.status() == RtListImportResult.Status.CANCELLED) {
            list.say(texts.text("office.import.cancelled"));
            progressText.set("");
            return;
        }
        list.show(imports.reports().summaryLines(result),
                result.problems().stream().map(p -> imports.reports().problemLine(result, p)).toList(), done);
    }

    Printout printout() { return list.printout(); }
    public StringProperty fileProperty() { return list.fileProperty(); }
    public ReadOnlyDoubleProperty progressProperty() { return progress.getReadOnlyProperty(); }
    public ReadOnlyStringProperty progressTextProperty() { return progressText.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty runningProperty() { return list.runningProperty(); }
    public ReadOnlyStringProperty summaryProperty() { return list.summaryProperty(); }
    public ObservableList<String> problems() { return list.problems(); }
}
