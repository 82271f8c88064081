package id.loket.ui.office;

import id.loket.domain.account.Agent;
import id.loket.domain.household.RtRef;
import id.loket.domain.registration.Outcome;
import id.loket.domain.text.EnumLabels;
import id.loket.domain.text.Texts;
import id.loket.service.office.OfficeReports;
import id.loket.service.casework.FollowUpList;
import id.loket.service.office.ReportPrinter;
import id.loket.ui.Background;
import id.loket.ui.PdfPreview;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Registrations to follow up (GAGAL, PERLU_TINDAK_LANJUT) per RT: the list, a day to ask the household
 * back, and the sheet for the ketua RT or for all RTs, previewed before printing. Each listing is
 * audited by the service.
 */
public final class FollowUpsViewModel {

    private final ObservableList<FollowUpList.FollowUp> rows = FXCollections.observableArrayList();
    private final ObservableList<RtRef> rts = FXCollections.observableArrayList();
    private final ObjectProperty<RtRef> chosenRt = new SimpleObjectProperty<>();
    private final ObjectProperty<FollowUpList.FollowUp> chosen = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> dueOn = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    /** The RT the list shows, or null for all RTs; the date and the sheet follow it. */
    private RtRef shown;

    private final FollowUpList followUps;
    private final Printout printout;
    private final Background background;
    private final Texts texts;
    private final Agent supervisor;

    /**
     * @param reports saves a copy of a sheet where the supervisor chooses (audited)
     * @param printer prints a sheet on this PC's printer (audited)
     */
    public FollowUpsViewModel(FollowUpList followUps, OfficeReports reports, ReportPrinter printer, Background background,
                              Texts texts, Agent supervisor) {
        this.followUps = followUps;
        this.printout = new Printout(background, texts, printer, supervisor, message, reports::saveCopy);
        this.background = background;
        this.texts = texts;
        this.supervisor = supervisor;
    }

    /** Every RT's follow-ups; the RT choice then offers the RTs that have any. */
    public void showAll() {
        show(null, null);
    }

    public void showChosenRt() {
        if (chosenRt.get() == null) {
            message.set(texts.text("followUp.office.chooseRt"));
            return;
        }
        show(chosenRt.get(), null);
    }

    /** Lists the follow-ups of {@code rt} (null: all RTs), then says {@code said} or how many there are. */
    private void show(RtRef rt, String said) {
        message.set(texts.text("office.loading"));
        background.run(() -> followUps.list(Optional.ofNullable(rt), supervisor.username()), list -> {
            shown = rt;
            rows.setAll(list);
            if (rt == null) {
                rts.setAll(list.stream().map(FollowUpList.FollowUp::rt).distinct().sorted().toList());
            }
            message.set(said != null ? said : list.isEmpty() ? texts.text("followUp.office.none")
                    : texts.text("followUp.office.count", list.size(),
                    rt == null ? texts.text("followUp.allRts") : rt.label()));
        }, failure -> message.set(texts.text(failure)));
    }

    /** The sheet for the chosen RT (for its ketua RT). */
    public void printChosenRt() {
        if (chosenRt.get() == null) {
            message.set(texts.text("followUp.office.chooseRt"));
            return;
        }
        print(Optional.of(chosenRt.get()));
    }

    /** The sheet of every RT, one table per RT. */
    public void printAll() {
        print(Optional.empty());
    }

    private void print(Optional<RtRef> rt) {
        if (busy.get()) {
            return;
        }
        busy.set(true);
        message.set(texts.text("office.report.making"));
        background.run(() -> {
            OfficeReports.Report report = followUps.sheet(rt, supervisor.username());
            return new Made(report, Printout.firstPage(report));
        }, made -> {
            busy.set(false);
            printout.show(made.report(), made.firstPage());
            message.set(texts.text("office.report.ready", made.report().fileName()));
        }, failure -> {
            busy.set(false);
            message.set(texts.text(failure));
        });
    }

    private record Made(OfficeReports.Report report, PdfPreview.Page firstPage) {
    }

    /** Sets the chosen row's day to come back (or clears it when no day is picked), then lists again. */
    public void setDueOn() {
        FollowUpList.FollowUp row = chosen.get();
        if (row == null) {
            message.set(texts.text("followUp.office.chooseRow"));
            return;
        }
        Optional<LocalDate> day = Optional.ofNullable(dueOn.get());
        RtRef again = shown;
        background.run(() -> {
            followUps.setDueOn(row.registrationId(), day, supervisor.username());
            return List.of();
        }, done -> show(again, day.map(d -> texts.text("followUp.office.dueSet", row.headName(), d.toString()))
                .orElseGet(() -> cleared(row))), failure -> message.set(texts.text(failure)));
    }

    /** Clearing the office's day brings back the one given at the counter, if there was one: say so. */
    private String cleared(FollowUpList.FollowUp row) {
        return row.counterDueOn()
                .map(d -> texts.text("followUp.office.dueBackToCounter", row.headName(), d.toString()))
                .orElseGet(() -> texts.text("followUp.office.dueCleared", row.headName()));
    }

    public String label(Outcome outcome) {
        return texts.text(EnumLabels.key(outcome));
    }

    public ObservableList<FollowUpList.FollowUp> rows() { return rows; }
    public ObservableList<RtRef> rts() { return rts; }
    public ObjectProperty<RtRef> chosenRtProperty() { return chosenRt; }
    public ObjectProperty<FollowUpList.FollowUp> chosenProperty() { return chosen; }
    public ObjectProperty<LocalDate> dueOnProperty() { return dueOn; }
    Printout printout() { return printout; }
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }
}
