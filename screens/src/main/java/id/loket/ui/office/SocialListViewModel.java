package id.loket.ui.office;

import id.loket.domain.account.Agent;
import id.loket.domain.text.Texts;
import id.loket.service.office.OfficeReports;
import id.loket.service.casework.CaseworkService;
import id.loket.service.office.ReportPrinter;
import id.loket.service.casework.SocialListResult;
import id.loket.ui.Background;
import java.nio.file.Path;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;

/**
 * Importing the Dinas Sosial's desil / PKH list: the file, then the counts, every row that flagged
 * nothing with its reason (numbers masked), and the report to print.
 */
public final class SocialListViewModel {

    private final ReadOnlyStringWrapper saved = new ReadOnlyStringWrapper("");
    private final CaseworkService casework;
    private final Agent supervisor;
    private final ListImport<SocialListResult> list;

    public SocialListViewModel(CaseworkService casework, OfficeReports reports, ReportPrinter printer, Background background,
                               Texts texts, Agent supervisor) {
        this.casework = casework;
        this.supervisor = supervisor;
        this.list = new ListImport<>(background, texts, printer, supervisor, reports, saved);
    }

    public void start() {
        Optional<String> chosen = list.begin("social.office.running");
        if (chosen.isEmpty()) {
            return;
        }
        saved.set("");
        list.run(chosen.get(), this::importAndReport, done -> list.show(
                casework.socialListReport().summaryLines(done.result()),
                done.result().problems().stream().map(casework.socialListReport()::problemLine).toList(),
                done), () -> { });
    }

    private ListImport.Done<SocialListResult> importAndReport(Path file) {
        SocialListResult result = casework.socialLists().importFile(file, supervisor.username());
        if (!result.completed()) {
            return ListImport.Done.withoutReport(result);
        }
        return ListImport.Done.withReport(result, "laporan-desil-pkh",
                casework.socialListReport().pdf(result, supervisor.username()));
    }

    Printout printout() { return list.printout(); }
    public StringProperty fileProperty() { return list.fileProperty(); }
    public ReadOnlyBooleanProperty runningProperty() { return list.runningProperty(); }
    public ReadOnlyStringProperty summaryProperty() { return list.summaryProperty(); }
    public ReadOnlyStringProperty savedProperty() { return saved.getReadOnlyProperty(); }
    public ObservableList<String> problems() { return list.problems(); }
}
