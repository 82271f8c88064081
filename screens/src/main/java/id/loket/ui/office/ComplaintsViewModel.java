package id.loket.ui.office;

import id.loket.domain.account.Agent;
import id.loket.domain.complaint.Complaint;
import id.loket.domain.text.EnumLabels;
import id.loket.domain.text.Texts;
import id.loket.service.office.OfficeReports;
import id.loket.service.complaint.ComplaintLine;
import id.loket.service.complaint.ComplaintReport;
import id.loket.service.complaint.ComplaintView;
import id.loket.service.complaint.ComplaintService;
import id.loket.service.office.ReportPrinter;
import id.loket.ui.Background;
import id.loket.ui.PdfPreview;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The lurah's complaints: the open ones (late ones marked), only the late ones, or the closed ones; one
 * opened whole to assign, answer and close; and the report of a period for SKM element 8. Every list and
 * every complaint opened is an audited read (the service records it).
 */
public final class ComplaintsViewModel {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    private final ObjectProperty<ComplaintView> view = new SimpleObjectProperty<>(ComplaintView.OPEN);
    private final ObservableList<ComplaintLine> lines = FXCollections.observableArrayList();
    private final ObjectProperty<ComplaintLine> chosen = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper detail = new ReadOnlyStringWrapper("");
    private final StringProperty assignee = new SimpleStringProperty("");
    private final StringProperty answer = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper reportMessage = new ReadOnlyStringWrapper("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final ComplaintService complaints;
    private final ComplaintReport report;
    private final Background background;
    private final Texts texts;
    private final Agent supervisor;
    private final Printout printout;

    public ComplaintsViewModel(ComplaintService complaints, ComplaintReport report, OfficeReports reports,
                               ReportPrinter printer, Background background, Texts texts, Agent supervisor,
                               Supplier<LocalDate> today) {
        this.complaints = complaints;
        this.report = report;
        this.background = background;
        this.texts = texts;
        this.supervisor = supervisor;
        this.printout = new Printout(background, texts, printer, supervisor, reportMessage, reports::saveCopy);
        // The report's usual period: the month so far.
        to.set(today.get());
        from.set(today.get().withDayOfMonth(1));
        view.addListener((obs, old, now) -> refresh());
        chosen.addListener((obs, old, now) -> open(now));
    }

    /** Lists the chosen view again (masked), keeping nothing of the complaint opened before. */
    public void refresh() {
        refresh(Optional.empty());
    }

    /** Lists again; {@code done} (what a change did) is said instead of the count. */
    private void refresh(Optional<String> done) {
        ComplaintView shown = view.get();
        background.run(() -> complaints.list(shown, supervisor), listing -> {
            lines.setAll(listing.lines());
            message.set(listing.refused().map(texts::text).or(() -> done)
                    .orElseGet(() -> texts.text("complaint.office.count", listing.lines().size(),
                            texts.text(viewKey(shown)))));
        }, failure -> message.set(texts.text(failure)));
    }

    private void open(ComplaintLine line) {
        detail.set("");
        assignee.set("");
        answer.set("");
        if (line == null) {
            return;
        }
        background.run(() -> complaints.open(line.id(), supervisor), found -> found.ifPresent(this::showWhole),
                failure -> message.set(texts.text(failure)));
    }

    private void showWhole(Complaint complaint) {
        detail.set(texts.text("complaint.office.detail", complaint.number(),
                texts.text(EnumLabels.key(complaint.kind())), complaint.text().orElse(texts.text("complaint.office.purged")),
                complaint.contact().orElse("–"), complaint.recordedBy(), complaint.counterNumber()));
        assignee.set(complaint.assignee().orElse(""));
        answer.set(complaint.answer().orElse(""));
    }

    public void assign() {
        handle(line -> complaints.assign(line.id(), assignee.get(), supervisor), "complaint.office.assigned");
    }

    public void saveAnswer() {
        handle(line -> complaints.answer(line.id(), answer.get(), supervisor), "complaint.office.answered");
    }

    public void close() {
        handle(line -> complaints.close(line.id(), supervisor), "complaint.office.closed");
    }

    private interface Change {
        ComplaintService.Handled apply(ComplaintLine line);
    }

    private void handle(Change change, String doneKey) {
        ComplaintLine line = chosen.get();
        if (line == null) {
            message.set(texts.text("complaint.office.chooseFirst"));
            return;
        }
        background.run(() -> change.apply(line), handled -> {
            if (handled instanceof ComplaintService.Refused refused) {
                message.set(texts.text(refused.reason()));
                return;
            }
            refresh(Optional.of(texts.text(doneKey, line.number())));
        }, failure -> message.set(texts.text(failure)));
    }

    /** Makes the period's report and shows its first page, to print or save. */
    public void makeReport() {
        if (from.get() == null || to.get() == null || to.get().isBefore(from.get())) {
            reportMessage.set(texts.text("complaint.office.badPeriod"));
            return;
        }
        if (busy.get()) {
            return;
        }
        busy.set(true);
        reportMessage.set(texts.text("office.report.making"));
        LocalDate first = from.get();
        LocalDate last = to.get();
        background.run(() -> {
            OfficeReports.Report made = report.pdf(first, last, supervisor.username());
            return new Made(made, Printout.firstPage(made));
        }, made -> {
            busy.set(false);
            printout.show(made.report(), made.firstPage());
            reportMessage.set(texts.text("office.report.ready", made.report().fileName()));
        }, failure -> {
            busy.set(false);
            reportMessage.set(texts.text(failure));
        });
    }

    private record Made(OfficeReports.Report report, PdfPreview.Page firstPage) {
    }

    /** The words of a list's name. */
    static String viewKey(ComplaintView view) {
        return switch (view) {
            case OPEN -> "complaint.office.view.OPEN";
            case LATE -> "complaint.office.view.LATE";
            case CLOSED -> "complaint.office.view.CLOSED";
        };
    }

    /** "Terbuka · terlambat", "Sudah dijawab": the state in words, never by colour alone. */
    public String status(ComplaintLine line) {
        String state = texts.text(EnumLabels.key(line.status()));
        return line.late() ? texts.text("complaint.office.late", state) : state;
    }

    public String received(ComplaintLine line) {
        return DAY.format(line.receivedAt());
    }

    public String what(ComplaintLine line) {
        return texts.text(EnumLabels.key(line.kind())) + " · " + line.serviceName();
    }

    public Optional<String> handler(ComplaintLine line) {
        return line.assignee();
    }

    public ObjectProperty<ComplaintView> viewProperty() { return view; }
    public ObservableList<ComplaintLine> lines() { return lines; }
    public ObjectProperty<ComplaintLine> chosenProperty() { return chosen; }
    public ReadOnlyStringProperty detailProperty() { return detail.getReadOnlyProperty(); }
    public StringProperty assigneeProperty() { return assignee; }
    public StringProperty answerProperty() { return answer; }
    public ObjectProperty<LocalDate> fromProperty() { return from; }
    public ObjectProperty<LocalDate> toProperty() { return to; }
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }
    public ReadOnlyStringProperty reportMessageProperty() { return reportMessage.getReadOnlyProperty(); }
    Printout printout() { return printout; }
}
