package id.loket.ui.office;

import id.loket.domain.account.Agent;
import id.loket.domain.household.RtProgress;
import id.loket.domain.household.RtRef;
import id.loket.domain.text.Texts;
import id.loket.service.OfficeReports;
import id.loket.service.ProgressReport;
import id.loket.service.schedule.ScheduleQuery;
import id.loket.ui.Background;
import id.loket.ui.PdfPreview;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import javafx.scene.image.Image;

/**
 * The lurah's office: registrations per RT against the RT lists (furthest behind first), per day,
 * and the printouts made from them, each shown before it is handed on.
 */
public final class OfficeViewModel {

    /** How many days of registrations the chart shows, up to today. */
    static final int DAYS_SHOWN = 14;

    private final ObservableList<RtProgress> rows = FXCollections.observableArrayList();
    private final ObservableList<RtRef> rts = FXCollections.observableArrayList();
    private final ObservableMap<LocalDate, Integer> perDay = FXCollections.observableHashMap();
    private final ObservableMap<LocalDate, Integer> plannedPerDay = FXCollections.observableHashMap();
    private final StringProperty totals = new SimpleStringProperty("");
    private final ObjectProperty<RtRef> chosenRt = new SimpleObjectProperty<>();
    private final ObjectProperty<Image> reportPreview = new SimpleObjectProperty<>();
    private final StringProperty reportMessage = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final SavableFile copy;

    private final ProgressReport progress;
    private final ScheduleQuery schedule;
    private final OfficeReports reports;
    private final Background background;
    private final Texts texts;
    private final Agent supervisor;

    public OfficeViewModel(ProgressReport progress, ScheduleQuery schedule, OfficeReports reports,
                           Background background, Texts texts, Agent supervisor) {
        this.progress = progress;
        this.schedule = schedule;
        this.reports = reports;
        this.background = background;
        this.texts = texts;
        this.supervisor = supervisor;
        this.copy = new SavableFile(background, texts, reportMessage);
    }

    public void refresh() {
        totals.set(texts.text("office.loading"));
        background.run(() -> {
            LocalDate today = progress.today();
            Map<LocalDate, Integer> planned = new TreeMap<>();
            schedule.current().ifPresent(plan -> plan.plan().days().forEach(day -> planned.put(day.date(), day.planned())));
            // With a plan, the chart is the plan's window against what was done; without one, the last days.
            LocalDate from = planned.isEmpty() ? today.minusDays(DAYS_SHOWN - 1L) : ((TreeMap<LocalDate, Integer>) planned).firstKey();
            LocalDate to = planned.isEmpty() ? today : ((TreeMap<LocalDate, Integer>) planned).lastKey();
            Map<LocalDate, Integer> done = new TreeMap<>(progress.perDay(from, to));
            if (!planned.isEmpty()) {
                done.keySet().retainAll(planned.keySet());
            }
            return new Snapshot(progress.current(), done, planned);
        }, snapshot -> {
            ProgressReport.Totals current = snapshot.totals();
            rows.setAll(current.perRt());
            rts.setAll(current.perRt().stream().map(RtProgress::rt).sorted().toList());
            if (chosenRt.get() == null && !rts.isEmpty()) {
                chosenRt.set(current.perRt().get(0).rt());
            }
            plannedPerDay.clear();
            plannedPerDay.putAll(snapshot.planned());
            perDay.clear();
            perDay.putAll(snapshot.perDay());
            totals.set(texts.text("office.totals", current.registered(), current.households(), current.percent(),
                    current.perRt().size(), current.kelurahan().explained(), current.kelurahan().percentDone()));
        }, failure -> totals.set(texts.text(failure)));
    }

    private record Snapshot(ProgressReport.Totals totals, Map<LocalDate, Integer> perDay,
                            Map<LocalDate, Integer> planned) {
    }

    public void makeChecklist() {
        RtRef rt = chosenRt.get();
        if (rt != null) {
            make(() -> reports.checklist(rt, supervisor.username()));
        }
    }

    public void makeSummary() {
        make(() -> reports.dailySummary(supervisor.username()));
    }

    public void makeAsnReport() {
        make(() -> reports.asn(supervisor.username()));
    }

    /** Today's queue fairness sheet (waits per lane, service and counter). */
    public void makeFairnessReport() {
        make(() -> reports.fairnessToday(supervisor.username()));
    }

    /** Makes a report in the background and shows its first page; the supervisor then saves a copy. */
    private void make(Callable<OfficeReports.Report> work) {
        if (busy.get()) {
            return;
        }
        busy.set(true);
        reportMessage.set(texts.text("office.report.making"));
        background.run(() -> {
            OfficeReports.Report report = work.call();
            return new Made(report, PdfPreview.render(report.pdf()));
        }, made -> {
            busy.set(false);
            reportPreview.set(made.preview());
            OfficeReports.Report report = made.report();
            copy.offer(report.fileName(), target -> reports.saveCopy(report, target, supervisor.username()));
            reportMessage.set(texts.text("office.report.ready", report.fileName()));
        }, failure -> {
            busy.set(false);
            reportMessage.set(texts.text(failure));
        });
    }

    private record Made(OfficeReports.Report report, Image preview) {
    }

    SavableFile copy() {
        return copy;
    }

    public ObservableList<RtProgress> rows() {
        return rows;
    }

    public ObservableList<RtRef> rts() {
        return rts;
    }

    /** Households registered per day; set after {@link #plannedPerDay()} on each refresh. */
    public ObservableMap<LocalDate, Integer> perDay() {
        return perDay;
    }

    /** Households the plan in force puts on each day; empty without a plan. */
    public ObservableMap<LocalDate, Integer> plannedPerDay() {
        return plannedPerDay;
    }

    public StringProperty totalsProperty() {
        return totals;
    }

    public ObjectProperty<RtRef> chosenRtProperty() {
        return chosenRt;
    }

    public ObjectProperty<Image> reportPreviewProperty() {
        return reportPreview;
    }

    public StringProperty reportMessageProperty() {
        return reportMessage;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }
}
