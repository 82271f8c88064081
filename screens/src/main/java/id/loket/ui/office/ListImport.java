package id.loket.ui.office;

import id.loket.domain.account.Agent;
import id.loket.domain.text.Texts;
import id.loket.service.office.OfficeReports;
import id.loket.service.office.ReportPrinter;
import id.loket.ui.Background;
import id.loket.ui.PdfPreview;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * What the RT-list and the desil / PKH imports share: the file named, one import at a time in the
 * background, the summary, every row left out with its reason, and the report to print or save. Each
 * import keeps its own work and its own words; this holds the state both screens show.
 *
 * @param <R> the import's result
 */
final class ListImport<R> {

    /** The import's own work, off the screen's thread: read the file and, if there is one, make the report. */
    interface Work<R> {
        Done<R> run(Path file) throws Exception;
    }

    /** A finished import: its result, and the report made of it with its first page (null when none was made). */
    record Done<R>(R result, OfficeReports.Report made, PdfPreview.Page preview) {

        static <R> Done<R> withoutReport(R result) {
            return new Done<>(result, null, null);
        }

        static <R> Done<R> withReport(R result, String name, byte[] pdf) {
            OfficeReports.Report made = OfficeReports.Report.named(name, pdf);
            return new Done<>(result, made, Printout.firstPage(made));
        }
    }

    private final StringProperty file = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private final Background background;
    private final Texts texts;
    private final StringProperty message;
    private final Printout printout;

    /** @param message the pane's status line, where the report being ready (or saved, or printed) is said */
    ListImport(Background background, Texts texts, ReportPrinter printer, Agent supervisor, OfficeReports reports,
               StringProperty message) {
        this.background = background;
        this.texts = texts;
        this.message = message;
        this.printout = new Printout(background, texts, printer, supervisor, message, reports::saveCopy);
    }

    /**
     * Takes the named file when a new import may start, clearing what the last one showed; empty while
     * one runs, or (said in the summary) when no file is named.
     */
    Optional<String> begin(String runningKey) {
        String chosen = file.get().strip();
        if (running.get()) {
            return Optional.empty();
        }
        if (chosen.isEmpty()) {
            summary.set(texts.text("office.import.noFile"));
            return Optional.empty();
        }
        running.set(true);
        problems.clear();
        printout.clear();
        summary.set(texts.text(runningKey));
        return Optional.of(chosen);
    }

    /**
     * Runs the work on the file {@link #begin} took, in the background; a failure (a path the system
     * cannot read as one included) is said in the summary in {@code Failures}' words.
     */
    void run(String chosen, Work<R> work, Consumer<Done<R>> finished, Runnable failed) {
        background.run(() -> work.run(Path.of(chosen)), done -> {
            running.set(false);
            finished.accept(done);
        }, failure -> {
            running.set(false);
            failed.run();
            summary.set(texts.text(failure));
        });
    }

    /** Shows a finished import: its summary, the rows left out, and its report when one was made. */
    void show(List<String> summaryLines, List<String> problemLines, Done<R> done) {
        summary.set(String.join("\n", summaryLines));
        problems.setAll(problemLines);
        OfficeReports.Report made = done.made();
        if (made == null) {
            message.set("");
            return;
        }
        printout.show(made, done.preview());
        message.set(texts.text("office.report.ready", made.fileName()));
    }

    void say(String summaryText) {
        summary.set(summaryText);
    }

    Printout printout() { return printout; }
    StringProperty fileProperty() { return file; }
    ReadOnlyBooleanProperty runningProperty() { return running.getReadOnlyProperty(); }
    ReadOnlyStringProperty summaryProperty() { return summary.getReadOnlyProperty(); }
    ObservableList<String> problems() { return problems; }
}
