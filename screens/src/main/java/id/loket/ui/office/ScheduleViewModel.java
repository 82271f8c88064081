package id.loket.ui.office;

import id.loket.domain.account.Agent;
import id.loket.domain.household.RtRef;
import id.loket.domain.schedule.DayExplanation;
import id.loket.domain.schedule.PlanInputs;
import id.loket.domain.text.Message;
import id.loket.domain.text.Texts;
import id.loket.service.office.OfficeReports;
import id.loket.service.office.ReportPrinter;
import id.loket.service.schedule.PlanOutcome;
import id.loket.service.schedule.ScheduleService;
import id.loket.ui.Background;
import id.loket.ui.PdfPreview;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The lurah's per-RT schedule: the inputs the mayor's circular sets (window, days, capacity, walk-in reserve,
 * holidays, desil 1–2 first), the plan made in the background and explained day by day, and its
 * printouts, each previewed, then saved where the supervisor chooses.
 */
public final class ScheduleViewModel {

    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>(PlanInputs.DEFAULT_FROM);
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>(PlanInputs.DEFAULT_TO);
    private final StringProperty capacity = new SimpleStringProperty("");
    private final StringProperty reserve = new SimpleStringProperty(
            String.valueOf(PlanInputs.DEFAULT_WALK_IN_RESERVE_PERCENT));
    private final StringProperty holidays = new SimpleStringProperty("");
    private final BooleanProperty desilFirst = new SimpleBooleanProperty(false);
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ObservableList<DayLine> days = FXCollections.observableArrayList();
    private final ObservableList<String> shortfall = FXCollections.observableArrayList();
    private final ObservableList<RtRef> rts = FXCollections.observableArrayList();
    private final ObjectProperty<DayLine> chosenDay = new SimpleObjectProperty<>();
    private final ObjectProperty<RtRef> chosenRt = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper runText = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper replanNote = new ReadOnlyStringWrapper("");

    /** One day of the plan as the list shows it, with the day's detail for a tooltip or a printout. */
    public record DayLine(LocalDate date, String text, String detail) {
        @Override
        public String toString() {
            return text;
        }
    }

    private final ScheduleService schedules;
    private final OfficeReports reports;
    private final Background background;
    private final Texts texts;
    private final Agent supervisor;
    private final Printout printout;

    public ScheduleViewModel(ScheduleService schedules, OfficeReports reports, ReportPrinter printer, Background background,
                             Texts texts, Agent supervisor) {
        this.schedules = schedules;
        this.reports = reports;
        this.background = background;
        this.texts = texts;
        this.supervisor = supervisor;
        this.printout = new Printout(background, texts, printer, supervisor, message, reports::saveCopy);
        runText.set(texts.text("office.plan.run"));
    }

    /** Shows the plan in force, if there is one, with the inputs it was made with. */
    public void load() {
        background.run(() -> new InForce(schedules.query().current(), schedules.query().replanFrom()), inForce -> {
            sayReplan(inForce.replanFrom());
            inForce.current().ifPresent(this::showWithInputs);
        }, failure -> message.set(texts.text(failure)));
    }

    private void showWithInputs(PlanOutcome outcome) {
        PlanInputs inputs = outcome.plan().inputs();
        from.set(inputs.from());
        to.set(inputs.to());
        capacity.set(String.valueOf(inputs.capacityPerDay()));
        reserve.set(String.valueOf(inputs.walkInReservePercent()));
        holidays.set(inputs.holidays().stream().map(LocalDate::toString).collect(Collectors.joining(", ")));
        desilFirst.set(inputs.desilFirst());
        show(outcome);
    }

    private record InForce(Optional<PlanOutcome> current, Optional<LocalDate> replanFrom) {
    }

    /**
     * Once the schedule in force has begun, the action plans again from today: the button says so,
     * and a note says that the days already past stay as they were.
     */
    private void sayReplan(Optional<LocalDate> from) {
        DateTimeFormatter date = DateTimeFormatter.ofPattern("d MMMM yyyy", texts.locale());
        runText.set(texts.text(from.isPresent() ? "office.plan.replan" : "office.plan.run"));
        replanNote.set(from.map(day -> texts.text("office.plan.replanNote", date.format(day))).orElse(""));
    }

    public void plan() {
        Optional<PlanInputs> inputs = inputs();
        if (inputs.isEmpty() || busy.get()) {
            return;
        }
        busy.set(true);
        message.set(texts.text("office.plan.running"));
        background.run(() -> {
            PlanOutcome outcome = schedules.planKeepingPastDays(inputs.get(), supervisor.username());
            return new Planned(outcome, schedules.query().replanFrom());
        }, planned -> {
            busy.set(false);
            message.set("");
            sayReplan(planned.replanFrom());
            show(planned.outcome());
        }, failure -> {
            busy.set(false);
            message.set(texts.text(failure));
        });
    }

    /** The inputs as typed, or empty with every problem said. */
    private Optional<PlanInputs> inputs() {
        List<String> problems = new ArrayList<>();
        int perDay = number(capacity.get(), "office.plan.capacity", problems);
        int percent = number(reserve.get(), "office.plan.reserve", problems);
        TreeSet<LocalDate> off = new TreeSet<>();
        for (String day : holidays.get().split("[,;\\s]+")) {
            if (day.isBlank()) {
                continue;
            }
            try {
                off.add(LocalDate.parse(day.strip()));
            } catch (DateTimeParseException e) {
                problems.add(texts.text("office.plan.badHoliday", day.strip()));
            }
        }
        if (from.get() == null || to.get() == null) {
            problems.add(texts.text("office.plan.noWindow"));
        }
        if (!problems.isEmpty()) {
            message.set(String.join("\n", problems));
            return Optional.empty();
        }
        PlanInputs inputs = PlanInputs.defaults(perDay).withWindow(from.get(), to.get()).withHolidays(off)
                .withWalkInReservePercent(percent).withDesilFirst(desilFirst.get());
        List<Message> invalid = inputs.problems();
        if (!invalid.isEmpty()) {
            message.set(invalid.stream().map(texts::text).collect(Collectors.joining("\n")));
            return Optional.empty();
        }
        return Optional.of(inputs);
    }

    private int number(String text, String labelKey, List<String> problems) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            problems.add(texts.text("office.plan.notANumber", texts.text(labelKey), text.strip()));
            return 0;
        }
    }

    private void show(PlanOutcome outcome) {
        DateTimeFormatter date = DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy", texts.locale());
        List<DayLine> lines = new ArrayList<>();
        for (DayExplanation day : outcome.explanation()) {
            String detail = day.lines().stream().map(texts::text).collect(Collectors.joining("\n"));
            lines.add(new DayLine(day.date(), date.format(day.date()) + " \u2014 " + texts.text(day.headline()),
                    detail));
        }
        days.setAll(lines);
        shortfall.setAll(outcome.plan().shortfalls().stream()
                .map(missing -> texts.text("office.plan.shortfall", missing.rt().label(), missing.households()))
                .toList());
        rts.setAll(outcome.explanation().stream().flatMap(d -> d.rts().stream()).distinct().sorted().toList());
        if (!lines.isEmpty()) {
            chosenDay.set(lines.get(0));
        }
        if (!rts.isEmpty()) {
            chosenRt.set(rts.get(0));
        }
        // Last, so whoever waits for the summary finds the days already listed.
        summary.set(texts.text(outcome.summary()));
    }

    public void previewDay() {
        DayLine day = chosenDay.get();
        if (day != null) {
            make("jadwal-" + day.date(), () -> schedules.printouts().daySheet(day.date()).orElseThrow());
        }
    }

    public void previewRtNotice() {
        RtRef rt = chosenRt.get();
        if (rt != null) {
            make("pemberitahuan-" + rt.fileNamePart(),
                    () -> schedules.printouts().rtNotice(rt, supervisor.username()).orElseThrow());
        }
    }

    public void previewOverview() {
        make("jadwal-keseluruhan", () -> schedules.printouts().overview());
    }

    private void make(String name, Callable<byte[]> pdf) {
        background.run(() -> {
            OfficeReports.Report report = OfficeReports.Report.named(name, pdf.call());
            return new Made(report, Printout.firstPage(report));
        }, made -> {
            printout.show(made.report(), made.firstPage());
            message.set(texts.text("office.report.ready", made.report().fileName()));
        }, failure -> message.set(texts.text(failure)));
    }

    private record Planned(PlanOutcome outcome, Optional<LocalDate> replanFrom) {
    }

    private record Made(OfficeReports.Report report, PdfPreview.Page firstPage) {
    }

    Printout printout() { return printout; }
    public ObjectProperty<LocalDate> fromProperty() { return from; }
    public ObjectProperty<LocalDate> toProperty() { return to; }
    public StringProperty capacityProperty() { return capacity; }
    public StringProperty reserveProperty() { return reserve; }
    public StringProperty holidaysProperty() { return holidays; }
    public BooleanProperty desilFirstProperty() { return desilFirst; }
    public ReadOnlyStringProperty summaryProperty() { return summary.getReadOnlyProperty(); }
    public ObservableList<DayLine> days() { return days; }
    /** The RTs that found no place in the window, each with its households left out; empty when all fit. */
    public ObservableList<String> shortfall() { return shortfall; }
    public ObservableList<RtRef> rts() { return rts; }
    public ObjectProperty<DayLine> chosenDayProperty() { return chosenDay; }
    public ObjectProperty<RtRef> chosenRtProperty() { return chosenRt; }
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }
    /** "Make the schedule", or once the schedule in force has begun, "plan again from today". */
    public ReadOnlyStringProperty runTextProperty() { return runText.getReadOnlyProperty(); }
    /** Says which days a new plan leaves alone; empty before the schedule in force begins. */
    public ReadOnlyStringProperty replanNoteProperty() { return replanNote.getReadOnlyProperty(); }
}
