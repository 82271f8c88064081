package id.loket.ui.office;

import id.loket.domain.account.Agent;
import id.loket.domain.text.Texts;
import id.loket.service.office.OfficeReports;
import id.loket.service.office.ReportPrinter;
import id.loket.ui.Background;
import id.loket.ui.PdfPreview;
import java.nio.file.Path;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.image.Image;

/**
 * The report a pane has made, as the supervisor handles it: read page by page ("page 2 of 3"), printed
 * on this PC's printer, or saved as a copy where they choose. Pages are drawn one at a time, when
 * turned to, so a long import report costs no more than the page on screen.
 */
final class Printout {

    /** Writes a report's copy to a place the supervisor chose, and records it. */
    interface Saving {
        Path save(OfficeReports.Report report, Path target, String supervisor);
    }

    private final ObjectProperty<Image> image = new SimpleObjectProperty<>();
    private final IntegerProperty page = new SimpleIntegerProperty(0);
    private final IntegerProperty pages = new SimpleIntegerProperty(0);
    private final StringProperty pageText = new SimpleStringProperty("");
    private final BooleanProperty printing = new SimpleBooleanProperty(false);
    private final Background background;
    private final Texts texts;
    private final ReportPrinter printer;
    private final Agent supervisor;
    private final StringProperty message;
    private final SavableFile copy;
    private final Saving saving;
    private OfficeReports.Report report;

    /**
     * @param message the pane's feedback line, where printing and saving say how they went
     * @param saving  saves a copy of a report where the supervisor chose (audited)
     */
    Printout(Background background, Texts texts, ReportPrinter printer, Agent supervisor, StringProperty message,
             Saving saving) {
        this.background = background;
        this.texts = texts;
        this.printer = printer;
        this.supervisor = supervisor;
        this.message = message;
        this.copy = new SavableFile(background, texts, message);
        this.saving = saving;
    }

    /** The first page of a newly made report, drawn in the background work that made it. */
    static PdfPreview.Page firstPage(OfficeReports.Report report) {
        return PdfPreview.page(report.pdf(), 0);
    }

    /** Shows a newly made report from its first page; it replaces the one shown before. */
    void show(OfficeReports.Report made, PdfPreview.Page first) {
        report = made;
        copy.offer(made.fileName(), target -> saving.save(made, target, supervisor.username()));
        showPage(first);
    }

    /** Nothing shown (a new import started). */
    void clear() {
        report = null;
        image.set(null);
        page.set(0);
        pages.set(0);
        pageText.set("");
    }

    void next() {
        turnTo(page.get() + 1);
    }

    void previous() {
        turnTo(page.get() - 1);
    }

    private void turnTo(int index) {
        OfficeReports.Report shown = report;
        if (shown == null || index < 0 || index >= pages.get()) {
            return;
        }
        background.run(() -> PdfPreview.page(shown.pdf(), index), drawn -> {
            // A page of a report replaced meanwhile is not shown over the new one.
            if (shown == report) {
                showPage(drawn);
            }
        }, failure -> message.set(texts.text(failure)));
    }

    private void showPage(PdfPreview.Page drawn) {
        image.set(drawn.image());
        page.set(drawn.index());
        pages.set(drawn.pages());
        pageText.set(texts.text("office.preview.page", drawn.index() + 1, drawn.pages()));
    }

    /** Sends every page to the printer; the pane's message says when it is printed, or what to do. */
    void print() {
        OfficeReports.Report shown = report;
        if (shown == null || printing.get()) {
            return;
        }
        printing.set(true);
        message.set(texts.text("office.print.printing", shown.fileName()));
        background.run(() -> printer.print(shown, supervisor.username()), outcome -> {
            printing.set(false);
            message.set(outcome.printed() ? texts.text("office.print.done", shown.fileName(), pages.get())
                    : texts.text("office.print.failed", shown.fileName(),
                    outcome.problem().map(texts::text).orElse("")));
        }, failure -> {
            printing.set(false);
            message.set(texts.text(failure));
        });
    }

    SavableFile copy() {
        return copy;
    }

    ReadOnlyObjectProperty<Image> imageProperty() {
        return image;
    }

    ReadOnlyIntegerProperty pageProperty() {
        return page;
    }

    ReadOnlyIntegerProperty pagesProperty() {
        return pages;
    }

    ReadOnlyStringProperty pageTextProperty() {
        return pageText;
    }

    ReadOnlyBooleanProperty printingProperty() {
        return printing;
    }
}
