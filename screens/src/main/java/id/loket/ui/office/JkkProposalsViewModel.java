package id.loket.ui.office;

import id.loket.domain.account.Agent;
import id.loket.domain.jkk.Proposal;
import id.loket.domain.jkk.ProposalStatus;
import id.loket.domain.jkk.Termination;
import id.loket.domain.text.EnumLabels;
import id.loket.domain.text.Message;
import id.loket.domain.text.Texts;
import id.loket.service.jkk.JkkService;
import id.loket.ui.Background;
import id.loket.ui.DayMonthYear;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The lurah's pekerja rentan proposals of a year, priority first (Pasal 5 ayat 2): the chosen one moved one
 * step along the flow the Perwali sets (a refusal with the reason the resident will be told), or a covered
 * person's cover ended for a reason of Pasal 10. The service checks and audits every change and every
 * listing; this only says in words what happened.
 */
public final class JkkProposalsViewModel {

    /** The years offered: this one and the ones before it whose proposals may still be moving. */
    private static final int YEARS_BACK = 4;
    private static final DayMonthYear DAY = new DayMonthYear();

    private final ObservableList<Integer> years = FXCollections.observableArrayList();
    private final ObjectProperty<Integer> year = new SimpleObjectProperty<>();
    private final ObservableList<Proposal> proposals = FXCollections.observableArrayList();
    private final ObjectProperty<Proposal> chosen = new SimpleObjectProperty<>();
    private final ObservableList<ProposalStatus> nextSteps = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper mayEnd = new ReadOnlyBooleanWrapper(false);
    private final StringProperty reason = new SimpleStringProperty("");
    private final ObjectProperty<Termination> termination = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> endedOn = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    private final JkkService service;
    private final Background background;
    private final Texts texts;
    private final Agent supervisor;

    public JkkProposalsViewModel(JkkService service, Background background, Texts texts, Agent supervisor,
                                 Supplier<LocalDate> today) {
        this.service = service;
        this.background = background;
        this.texts = texts;
        this.supervisor = supervisor;
        int now = today.get().getYear();
        years.setAll(IntStream.rangeClosed(0, YEARS_BACK).mapToObj(back -> now - back).toList());
        year.set(now);
        endedOn.set(today.get());
        year.addListener((obs, old, chosenYear) -> refresh());
        chosen.addListener((obs, old, proposal) -> choose(proposal));
    }

    /** Lists the chosen year again (an audited read in the service). */
    public void refresh() {
        refresh(Optional.empty());
    }

    /** Lists again; {@code done} (what a change did) is said instead of the count. */
    private void refresh(Optional<String> done) {
        Integer shown = year.get();
        if (shown == null) {
            return;
        }
        background.run(() -> service.ofYear(shown, supervisor.username()), list -> {
            proposals.setAll(list);
            message.set(done.orElseGet(() -> list.isEmpty()
                    ? texts.text("jkk.office.none", String.valueOf(shown))
                    : texts.text("jkk.office.count", String.valueOf(shown), list.size())));
        }, failure -> message.set(texts.text(failure)));
    }

    /** The steps the chosen proposal may take next, in the flow's order; ending goes its own way. */
    private void choose(Proposal proposal) {
        reason.set("");
        if (proposal == null) {
            nextSteps.clear();
            mayEnd.set(false);
            return;
        }
        nextSteps.setAll(proposal.status().next().stream().filter(step -> step != ProposalStatus.BERHENTI)
                .sorted(Comparator.naturalOrder()).toList());
        mayEnd.set(proposal.status().canMoveTo(ProposalStatus.BERHENTI));
    }

    /** Moves the chosen proposal to {@code next}; a refusal takes the reason written. */
    public void move(ProposalStatus next) {
        Proposal proposal = chosen.get();
        if (proposal == null) {
            message.set(texts.text("jkk.office.chooseFirst"));
            return;
        }
        Optional<String> written = Optional.ofNullable(reason.get());
        change(() -> service.changeStatus(proposal.id(), next, written, supervisor),
                done -> texts.text("jkk.office.moved", done.name(), label(done.status())));
    }

    /** Ends the chosen person's cover for the Pasal 10 reason chosen, from the day chosen. */
    public void end() {
        Proposal proposal = chosen.get();
        if (proposal == null) {
            message.set(texts.text("jkk.office.chooseFirst"));
            return;
        }
        Termination why = termination.get();
        LocalDate day = endedOn.get();
        if (why == null || day == null) {
            message.set(texts.text("jkk.office.endNeeds"));
            return;
        }
        Optional<String> note = Optional.ofNullable(reason.get());
        change(() -> service.terminate(proposal.id(), why, day, note, supervisor),
                done -> texts.text("jkk.office.ended", done.name(), texts.text(EnumLabels.key(why)),
                        DAY.toString(day)));
    }

    private void change(Callable<JkkService.Result> work, Function<Proposal, String> said) {
        background.run(work, result -> {
            if (result instanceof JkkService.Refused refused) {
                message.set(words(refused.problems()));
            } else if (result instanceof JkkService.Done done) {
                termination.set(null);
                refresh(Optional.of(said.apply(done.proposal())));
            }
        }, failure -> message.set(texts.text(failure)));
    }

    private String words(List<Message> problems) {
        return String.join(" ", problems.stream().map(texts::text).toList());
    }

    public String label(ProposalStatus status) {
        return texts.text(EnumLabels.key(status));
    }

    public String label(Termination value) {
        return value == null ? "" : texts.text(EnumLabels.key(value));
    }

    /** The status in words, with the reason of a refusal or an end, so the lurah can tell the resident. */
    public String status(Proposal proposal) {
        String words = label(proposal.status());
        Optional<String> why = proposal.termination().map(t -> texts.text(EnumLabels.key(t))
                + proposal.terminatedOn().map(day -> ", " + DAY.toString(day)).orElse(""))
                .or(() -> proposal.status() == ProposalStatus.DITOLAK ? proposal.statusReason() : Optional.empty());
        return why.map(text -> words + ": " + text).orElse(words);
    }

    /** "miskin ekstrem", "disabilitas", both, or nothing: who comes first (Pasal 5 ayat 2), in words. */
    public String priority(Proposal proposal) {
        if (proposal.extremePoor() && proposal.disability()) {
            return texts.text("jkk.list.priority.both");
        }
        if (proposal.extremePoor()) {
            return texts.text("jkk.list.priority.extremePoor");
        }
        return proposal.disability() ? texts.text("jkk.list.priority.disability") : "–";
    }

    public String job(Proposal proposal) {
        return texts.text(EnumLabels.key(proposal.jobType()));
    }

    public ObservableList<Integer> years() { return years; }
    public ObjectProperty<Integer> yearProperty() { return year; }
    public ObservableList<Proposal> proposals() { return proposals; }
    public ObjectProperty<Proposal> chosenProperty() { return chosen; }
    public ObservableList<ProposalStatus> nextSteps() { return nextSteps; }
    public ReadOnlyBooleanProperty mayEndProperty() { return mayEnd.getReadOnlyProperty(); }
    public StringProperty reasonProperty() { return reason; }
    public ObjectProperty<Termination> terminationProperty() { return termination; }
    public ObjectProperty<LocalDate> endedOnProperty() { return endedOn; }
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }
}
