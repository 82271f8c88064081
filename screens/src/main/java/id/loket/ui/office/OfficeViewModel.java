package id.loket.ui.office;

import id.loket.domain.account.Agent;
import id.loket.domain.household.RtProgress;
import id.loket.domain.household.RtRef;
import id.loket.domain.text.Texts;
import id.loket.service.office.OfficeReports;
import id.loket.service.office.ProgressReport;
import id.loket.service.office.ReportPrinter;
import id.loket.service.schedule.ScheduleQuery;
import id.loket.ui.Background;
import id.loket.ui.PdfPreview;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The lurah's office: registrations per RT against the RT lists (furthest behind first), per day,
 * and the printouts made from them, each shown before it is handed on.
 */
public final class OfficeViewModel {

    /** How many days of registrations the chart shows, up to today. */
    static final int DAYS_SHOWN = 14;

    private final ObservableList<RtProgress> rows = FXCollections.observableArrayList();
    private final ObservableList<RtRef> rts = FXCollections.observableArrayList();
    private final ObservableList<DayBar> perDay = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper totals = new ReadOnlyStringWrapper("");
    private final ObjectProperty<RtRef> chosenRt = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper reportMessage = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final Printout printout;

    private final ProgressReport progress;
    private final ScheduleQuery schedule;
    private final OfficeReports reports;
    private final Background background;
    private final Texts texts;
    private final Agent supervisor;

    public OfficeViewModel(ProgressReport progress, ScheduleQuery schedule, OfficeReports reports,
                           ReportPrinter printer, Background background, Texts texts, Agent supervisor) {
        this.progress = progress;
        this.schedule = schedule;
        this.reports = reports;
        this.background = background;
        this.texts = texts;
        this.supervisor = supervisor;
        this.printout = new Printout(background, texts, printer, supervisor, reportMessage, reports::saveCopy);
    }

    public void refresh() {
        totals.set(texts.text("office.loading"));
        background.run(() -> {
            LocalDate today = progress.today();
            TreeMap<LocalDate, Integer> planned = new TreeMap<>();
            schedule.current().ifPresent(plan -> plan.plan().days().forEach(day -> planned.put(day.date(), day.planned())));
            LocalDate lastDays = today.minusDays(DAYS_SHOWN - 1L);
            LocalDate from = planned.isEmpty() || lastDays.isBefore(planned.firstKey()) ? lastDays : planned.firstKey();
            LocalDate to = planned.isEmpty() || today.isAfter(planned.lastKey()) ? today : planned.lastKey();
            return new Snapshot(progress.current(), dayBars(planned, progress.perDay(from, to)));
        }, snapshot -> {
            ProgressReport.Totals current = snapshot.totals();
            rows.setAll(current.perRt());
            rts.setAll(current.perRt().stream().map(RtProgress::rt).sorted().toList());
            if (chosenRt.get() == null && !rts.isEmpty()) {
                chosenRt.set(current.perRt().get(0).rt());
            }
            perDay.setAll(snapshot.perDay());
            totals.set(texts.text("office.totals", current.registered(), current.households(), current.percent(),
                    current.perRt().size(), current.kelurahan().explained(), current.kelurahan().percentDone()));
        }, failure -> totals.set(texts.text(failure)));
    }

    private record Snapshot(ProgressReport.Totals totals, List<DayBar> perDay) {
    }

    /** One day of the per-day chart: households the plan put on it (0 off the plan), and those registered. */
    public record DayBar(LocalDate day, int planned, int registered) {
    }

    /**
     * The days the chart shows, in order: every day of the plan, and every day anyone registered, on the
     * plan or not (the office works on a holiday, or before the window opens). Without a plan, every
     * day counted, registrations or none.
     */
    static List<DayBar> dayBars(Map<LocalDate, Integer> planned, Map<LocalDate, Integer> registered) {
        TreeSet<LocalDate> days = new TreeSet<>(planned.keySet());
        registered.forEach((day, count) -> {
            if (count > 0 || planned.isEmpty()) {
                days.add(day);
            }
        });
        return days.stream().map(day -> new DayBar(day, planned.getOrDefault(day, 0),
                registered.getOrDefault(day, 0))).toList();
    }

    /** Whether a plan is in force: the chart then draws it beside the registrations. */
    public boolean hasPlan() {
        return perDay.stream().anyMatch(bar -> bar.planned() > 0);
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

    /** Makes a report in the background and shows its first page; the supervisor then prints or saves it. */
    private void make(Callable<OfficeReports.Report> work) {
        if (busy.get()) {
            return;
        }
        busy.set(true);
        reportMessage.set(texts.text("office.report.making"));
        background.run(() -> {
            OfficeReports.Report report = work.call();
            return new Made(report, Printout.firstPage(report));
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

    Printout printout() {
        return printout;
    }

    public ObservableList<RtProgress> rows() {
        return rows;
    }

    public ObservableList<RtRef> rts() {
        return rts;
    }

    /** Planned and registered households per day, set whole on each refresh. */
    public ObservableList<DayBar> perDay() {
        return perDay;
    }

    public ReadOnlyStringProperty totalsProperty() {
        return totals.getReadOnlyProperty();
    }

    public ObjectProperty<RtRef> chosenRtProperty() {
        return chosenRt;
    }

    public ReadOnlyStringProperty reportMessageProperty() {
        return reportMessage.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
