package id.loket.ui.office;

import id.loket.domain.account.Agent;
import id.loket.domain.text.Texts;
import id.loket.service.OfficeReports;
import id.loket.service.casework.Casework;
import id.loket.service.office.ReportPrinter;
import id.loket.service.casework.SocialListResult;
import id.loket.ui.Background;
import id.loket.ui.PdfPreview;
import java.nio.file.Path;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Importing the Dinas Sosial's desil / PKH list (PRODUCT R7): the file, then the counts, every row
 * that flagged nothing with its reason (numbers masked), and the report to print.
 */
public final class SocialListViewModel {

    private final StringProperty file = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper saved = new ReadOnlyStringWrapper("");
    private final ObservableList<String> problems = FXCollections.observableArrayList();

    private final Casework casework;
    private final Background background;
    private final Texts texts;
    private final Agent supervisor;
    private final Printout printout;

    public SocialListViewModel(Casework casework, OfficeReports reports, ReportPrinter printer, Background background,
                               Texts texts, Agent supervisor) {
        this.casework = casework;
        this.background = background;
        this.texts = texts;
        this.supervisor = supervisor;
        this.printout = new Printout(background, texts, printer, supervisor, saved, reports::saveCopy);
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
        running.set(true);
        problems.clear();
        printout.clear();
        saved.set("");
        summary.set(texts.text("social.office.running"));
        background.run(() -> {
            SocialListResult result = casework.socialLists().importFile(Path.of(chosen), supervisor.username());
            if (!result.completed()) {
                return new Done(result, null, null);
            }
            OfficeReports.Report made = OfficeReports.Report.named("laporan-desil-pkh",
                    casework.socialListReport().pdf(result, supervisor.username()));
            return new Done(result, made, Printout.firstPage(made));
        }, done -> {
            running.set(false);
            summary.set(String.join("\n", casework.socialListReport().summaryLines(done.result())));
            problems.setAll(done.result().problems().stream().map(casework.socialListReport()::problemLine).toList());
            OfficeReports.Report made = done.made();
            if (made != null) {
                printout.show(made, done.preview());
                saved.set(texts.text("office.report.ready", made.fileName()));
            }
        }, failure -> {
            running.set(false);
            summary.set(texts.text(failure));
        });
    }

    private record Done(SocialListResult result, OfficeReports.Report made, PdfPreview.Page preview) {
    }

    Printout printout() { return printout; }
    public StringProperty fileProperty() { return file; }
    public ReadOnlyBooleanProperty runningProperty() { return running.getReadOnlyProperty(); }
    public ReadOnlyStringProperty summaryProperty() { return summary.getReadOnlyProperty(); }
    public ReadOnlyStringProperty savedProperty() { return saved.getReadOnlyProperty(); }
    public ObservableList<String> problems() { return problems; }
}
