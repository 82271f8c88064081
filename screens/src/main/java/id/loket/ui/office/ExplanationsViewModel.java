package id.loket.ui.office;

import id.loket.domain.account.Agent;
import id.loket.domain.household.ExplanationDraft;
import id.loket.domain.household.ExplanationReason;
import id.loket.domain.household.HouseholdExplanation;
import id.loket.domain.household.OpenHousehold;
import id.loket.domain.household.RtRef;
import id.loket.domain.text.EnumLabels;
import id.loket.domain.text.Texts;
import id.loket.service.casework.ExplanationService;
import id.loket.ui.Background;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Why households of an RT are not registered: the open households (neither registered nor explained),
 * the form the lurah fills from the ketua RT's ticked checklist, and the explanations in force, which a
 * supervisor can take back. Every listing is audited by the service.
 */
public final class ExplanationsViewModel {

    /** The two lists of one RT, fetched together. */
    private record Lists(List<OpenHousehold> open, List<HouseholdExplanation> explained) {
    }

    private final ObservableList<RtRef> rts = FXCollections.observableArrayList();
    private final ObservableList<OpenHousehold> open = FXCollections.observableArrayList();
    private final ObservableList<HouseholdExplanation> explained = FXCollections.observableArrayList();
    private final ObjectProperty<RtRef> chosenRt = new SimpleObjectProperty<>();
    private final ObjectProperty<OpenHousehold> chosenOpen = new SimpleObjectProperty<>();
    private final ObjectProperty<HouseholdExplanation> chosenExplained = new SimpleObjectProperty<>();
    private final ObjectProperty<ExplanationReason> reason = new SimpleObjectProperty<>();
    private final StringProperty reportedBy = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> reportedOn = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    private final ExplanationService explanations;
    private final Background background;
    private final Texts texts;
    private final Agent supervisor;
    private final Supplier<LocalDate> today;

    public ExplanationsViewModel(ExplanationService explanations, Background background, Texts texts,
                                 Agent supervisor, Supplier<LocalDate> today) {
        this.explanations = explanations;
        this.background = background;
        this.texts = texts;
        this.supervisor = supervisor;
        this.today = today;
        reportedOn.set(today.get());
    }

    /** The RTs to choose from; the first is shown when none is chosen yet. */
    public void loadRts() {
        background.run(explanations::rts, list -> {
            rts.setAll(list);
            if (chosenRt.get() == null && !list.isEmpty()) {
                chosenRt.set(list.get(0));
                show(null);
            }
        }, failure -> message.set(texts.text(failure)));
    }

    public void showChosenRt() {
        show(null);
    }

    private void show(String said) {
        RtRef rt = chosenRt.get();
        if (rt == null) {
            message.set(texts.text("explanation.office.chooseRt"));
            return;
        }
        message.set(texts.text("office.loading"));
        background.run(() -> new Lists(explanations.open(rt, supervisor.username()),
                explanations.explained(rt, supervisor.username())), lists -> {
                    open.setAll(lists.open());
                    explained.setAll(lists.explained());
                    message.set(said != null ? said : texts.text("explanation.office.count", rt.label(),
                            lists.open().size(), lists.explained().size()));
                }, failure -> message.set(texts.text(failure)));
    }

    /** Records the chosen household's explanation from the form; the form's problems are said, nothing lost. */
    public void record() {
        OpenHousehold household = chosenOpen.get();
        if (household == null) {
            message.set(texts.text("explanation.office.chooseHousehold"));
            return;
        }
        ExplanationDraft draft = new ExplanationDraft(reason.get(), reportedBy.get(), reportedOn.get());
        background.run(() -> explanations.record(household.householdId(), draft, supervisor.username()), result -> {
            if (result instanceof ExplanationService.Refused refused) {
                message.set(String.join(" ", refused.problems().stream().map(texts::text).toList()));
            } else {
                reason.set(null);
                show(texts.text("explanation.office.recorded", household.headName(),
                        texts.text(EnumLabels.key(draft.reason()))));
            }
        }, failure -> message.set(texts.text(failure)));
    }

    /** Takes back the chosen explanation: the household is open again. */
    public void undo() {
        HouseholdExplanation row = chosenExplained.get();
        if (row == null) {
            message.set(texts.text("explanation.office.chooseExplained"));
            return;
        }
        background.run(() -> explanations.undo(row.id(), supervisor.username()), result -> {
            if (result instanceof ExplanationService.Refused refused) {
                message.set(String.join(" ", refused.problems().stream().map(texts::text).toList()));
            } else {
                show(texts.text("explanation.office.undone", row.headName()));
            }
        }, failure -> message.set(texts.text(failure)));
    }

    public String label(ExplanationReason value) {
        return value == null ? "" : texts.text(EnumLabels.key(value));
    }

    public LocalDate today() { return today.get(); }
    public ObservableList<RtRef> rts() { return rts; }
    public ObservableList<OpenHousehold> open() { return open; }
    public ObservableList<HouseholdExplanation> explained() { return explained; }
    public ObjectProperty<RtRef> chosenRtProperty() { return chosenRt; }
    public ObjectProperty<OpenHousehold> chosenOpenProperty() { return chosenOpen; }
    public ObjectProperty<HouseholdExplanation> chosenExplainedProperty() { return chosenExplained; }
    public ObjectProperty<ExplanationReason> reasonProperty() { return reason; }
    public StringProperty reportedByProperty() { return reportedBy; }
    public ObjectProperty<LocalDate> reportedOnProperty() { return reportedOn; }
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }
}
