package id.loket.ui.counter.jkk;

import id.loket.domain.account.Agent;
import id.loket.domain.jkk.Applicant;
import id.loket.domain.jkk.Assessment;
import id.loket.domain.jkk.DataOffice;
import id.loket.domain.jkk.JobType;
import id.loket.domain.jkk.Poverty;
import id.loket.domain.jkk.Proposal;
import id.loket.domain.jkk.ProposalDraft;
import id.loket.domain.jkk.RuleVerdict;
import id.loket.domain.nik.NikCheck;
import id.loket.domain.queue.Ticket;
import id.loket.domain.servicerecord.ServiceKind;
import id.loket.domain.text.Texts;
import id.loket.service.device.DeviceService;
import id.loket.service.jkk.IncomeInput;
import id.loket.service.jkk.JkkDocuments;
import id.loket.service.jkk.JkkService;
import id.loket.service.jkk.JkkTexts;
import id.loket.ui.Background;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.Observable;
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
 * The pekerja rentan proposal at the counter (service C): the resident's data, the verdict of every rule
 * of Pasal 5 as it is typed, then one save that stores the proposal and prints the Lampiran II form.
 * Shown instead of the registration while a ticket of that service is served ({@link #activeProperty()}).
 */
public final class PekerjaRentanViewModel {

    /** One line of the live table: the rule's words and whether it holds (null: not judged yet). */
    public record VerdictLine(String text, Boolean holds) {
    }

    private final ReadOnlyBooleanWrapper active = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final StringProperty nik = new SimpleStringProperty("");
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty birthPlace = new SimpleStringProperty("");
    private final StringProperty address = new SimpleStringProperty("");
    private final StringProperty phone = new SimpleStringProperty("");
    private final ObjectProperty<JobType> job = new SimpleObjectProperty<>();
    private final ObservableList<DataOffice> dataOffices = FXCollections.observableArrayList();
    private final ObjectProperty<DataOffice> dataOffice = new SimpleObjectProperty<>();
    private final StringProperty jobSpecific = new SimpleStringProperty("");
    private final StringProperty ktpOccupation = new SimpleStringProperty("");
    private final StringProperty income = new SimpleStringProperty("");
    private final StringProperty domicileText = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> domicileSince = new SimpleObjectProperty<>();
    private final ObjectProperty<Poverty> poverty = new SimpleObjectProperty<>();
    private final BooleanProperty bpjsMember = new SimpleBooleanProperty(false);
    private final BooleanProperty ktpOtherCity = new SimpleBooleanProperty(false);
    private final BooleanProperty extremePoor = new SimpleBooleanProperty(false);
    private final BooleanProperty disability = new SimpleBooleanProperty(false);
    private final ObservableList<VerdictLine> verdicts = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper eligible = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper saved = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    private final JkkService proposals;
    private final JkkDocuments documents;
    private final DeviceService devices;
    private final Background background;
    private final Texts texts;
    private final Agent agent;
    private Optional<Ticket> ticket = Optional.empty();

    public PekerjaRentanViewModel(JkkService proposals, JkkDocuments documents, DeviceService devices,
                                  Background background, Texts texts, Agent agent) {
        this.proposals = proposals;
        this.documents = documents;
        this.devices = devices;
        this.background = background;
        this.texts = texts;
        this.agent = agent;
        job.addListener((obs, old, now) -> offerDataOffices(now));
        domicileText.addListener((obs, old, now) -> domicileSince.set(DayInput.parse(now).orElse(null)));
        Observable[] inputs = {nik, job, income, domicileSince, poverty, bpjsMember, ktpOtherCity, extremePoor,
                disability};
        for (Observable input : inputs) {
            input.addListener(changed -> judge());
        }
        judge();
    }

    /** The ticket now served: the form opens for a pekerja rentan ticket and starts empty. */
    public void serve(Ticket now) {
        ticket = Optional.ofNullable(now);
        clear();
        boolean mine = ticket.filter(t -> ServiceKind.PEKERJA_RENTAN.equals(t.serviceCode())).isPresent();
        active.set(false);
        active.set(mine);
        title.set(ticket.filter(t -> mine).map(t -> texts.text("jkk.counter.title", t.displayNumber())).orElse(""));
    }

    /** Whether something typed or chosen is not saved yet. */
    public boolean unsaved() {
        return active.get() && !saved.get() && (!nik.get().isBlank() || !name.get().isBlank() || job.get() != null
                || !income.get().isBlank() || poverty.get() != null || domicileSince.get() != null);
    }

    public void save() {
        save(done -> { });
    }

    /** Saves the proposal and prints its form; {@code done} hears whether it was saved. */
    public void save(Consumer<Boolean> done) {
        if (!active.get() || saving.get() || saved.get()) {
            done.accept(saved.get());
            return;
        }
        Optional<Applicant> applicant = applicant();
        if (applicant.isEmpty()) {
            message.set(texts.text("jkk.counter.incomplete"));
            done.accept(false);
            return;
        }
        ProposalDraft draft = new ProposalDraft(applicant.get(), name.get(), birthPlace.get(), address.get(),
                Optional.of(phone.get()), jobSpecific.get(), Optional.of(ktpOccupation.get()),
                Optional.ofNullable(dataOffice.get()).map(DataOffice::rowNo).orElse(0), ticket.map(Ticket::id));
        saving.set(true);
        message.set(texts.text("counter.saving"));
        background.run(() -> proposals.save(draft, agent), result -> {
            saving.set(false);
            if (result instanceof JkkService.Refused refused) {
                message.set(refused.problems().stream().map(texts::text).collect(Collectors.joining("\n")));
                done.accept(false);
                return;
            }
            Proposal proposal = ((JkkService.Done) result).proposal();
            saved.set(true);
            message.set(texts.text("jkk.counter.saved", JkkDocuments.number(proposal)));
            done.accept(true);
            print(proposal);
        }, failure -> {
            saving.set(false);
            message.set(texts.text(failure));
            done.accept(false);
        });
    }

    /** After the commit: a printer that fails never undoes the proposal; the form can be printed again. */
    private void print(Proposal proposal) {
        String number = JkkDocuments.number(proposal);
        background.run(() -> devices.printPdf("usulan-pekerja-rentan-" + number.replace('/', '-'),
                documents.form(proposal, agent.username())), outcome -> {
                    message.set(outcome.printed() ? texts.text("jkk.counter.printed", number)
                            : texts.text("jkk.counter.notPrinted", number,
                                    outcome.problem().map(texts::text).orElse("")));
                }, failure -> message.set(texts.text("jkk.counter.notPrinted", number, texts.text(failure))));
    }

    /** The applicant as far as the rules need it, once NIK, job, income, domicile and poverty are given. */
    private Optional<Applicant> applicant() {
        NikCheck check = proposals.checkNik(nik.get());
        Optional<BigDecimal> amount = IncomeInput.parse(income.get());
        if (check.nik().isEmpty() || job.get() == null || amount.isEmpty() || domicileSince.get() == null
                || poverty.get() == null) {
            return Optional.empty();
        }
        return Optional.of(new Applicant(check.nik().get(), job.get(), amount.get(), domicileSince.get(),
                poverty.get(), bpjsMember.get(), !ktpOtherCity.get(), extremePoor.get(), disability.get()));
    }

    /** The table of rules, again after every change: each rule said with its reason, or what is missing. */
    private void judge() {
        Optional<Applicant> applicant = applicant();
        if (applicant.isEmpty()) {
            verdicts.setAll(List.of(new VerdictLine(missing(), null)));
            summary.set("");
            eligible.set(false);
            return;
        }
        Assessment assessment = proposals.assess(applicant.get());
        if (!assessment.inputValid()) {
            verdicts.setAll(assessment.inputProblems().stream().map(p -> new VerdictLine(texts.text(p), false)).toList());
            summary.set("");
            eligible.set(false);
            return;
        }
        verdicts.setAll(assessment.verdicts().stream()
                .map(v -> new VerdictLine(JkkTexts.ruleLine(texts, v), v.holds() ? Boolean.TRUE
                        : v.verdict() == id.loket.domain.jkk.Verdict.FAILS ? Boolean.FALSE : null))
                .toList());
        eligible.set(assessment.eligible());
        summary.set(assessment.eligible() ? texts.text("jkk.counter.eligible")
                : texts.text("jkk.counter.notEligible", assessment.notHolding().stream()
                        .map(RuleVerdict::rule).map(r -> String.valueOf(r.letter())).collect(Collectors.joining(", "))));
    }

    /** What the agent still has to give before the rules can be judged. */
    private String missing() {
        if (!nik.get().isBlank() && proposals.checkNik(nik.get()).nik().isEmpty()) {
            return proposals.checkNik(nik.get()).errors().stream().map(texts::text).collect(Collectors.joining(" "));
        }
        if (!domicileText.get().isBlank() && domicileSince.get() == null) {
            return texts.text("jkk.counter.badDay", domicileText.get());
        }
        if (!income.get().isBlank() && IncomeInput.parse(income.get()).isEmpty()) {
            return texts.text("jkk.cli.badIncome", income.get());
        }
        return texts.text("jkk.counter.fillIn");
    }

    private void offerDataOffices(JobType type) {
        dataOffices.setAll(type == null ? List.of() : proposals.dataOfficesOf(type));
        // One row for most jobs: chosen at once; type f (kaki lima or keliling) waits for the agent.
        dataOffice.set(dataOffices.size() == 1 ? dataOffices.get(0) : null);
    }

    private void clear() {
        nik.set("");
        name.set("");
        birthPlace.set("");
        address.set("");
        phone.set("");
        job.set(null);
        jobSpecific.set("");
        ktpOccupation.set("");
        income.set("");
        domicileText.set("");
        poverty.set(null);
        bpjsMember.set(false);
        ktpOtherCity.set(false);
        extremePoor.set(false);
        disability.set(false);
        saving.set(false);
        saved.set(false);
        message.set("");
    }

    public ReadOnlyBooleanProperty activeProperty() { return active.getReadOnlyProperty(); }
    public ReadOnlyStringProperty titleProperty() { return title.getReadOnlyProperty(); }
    public StringProperty nikProperty() { return nik; }
    public StringProperty nameProperty() { return name; }
    public StringProperty birthPlaceProperty() { return birthPlace; }
    public StringProperty addressProperty() { return address; }
    public StringProperty phoneProperty() { return phone; }
    public ObjectProperty<JobType> jobProperty() { return job; }
    public ObservableList<DataOffice> dataOffices() { return dataOffices; }
    public ObjectProperty<DataOffice> dataOfficeProperty() { return dataOffice; }
    public StringProperty jobSpecificProperty() { return jobSpecific; }
    public StringProperty ktpOccupationProperty() { return ktpOccupation; }
    public StringProperty incomeProperty() { return income; }
    public StringProperty domicileTextProperty() { return domicileText; }
    public ObjectProperty<Poverty> povertyProperty() { return poverty; }
    public BooleanProperty bpjsMemberProperty() { return bpjsMember; }
    public BooleanProperty ktpOtherCityProperty() { return ktpOtherCity; }
    public BooleanProperty extremePoorProperty() { return extremePoor; }
    public BooleanProperty disabilityProperty() { return disability; }
    public ObservableList<VerdictLine> verdicts() { return verdicts; }
    public ReadOnlyStringProperty summaryProperty() { return summary.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty eligibleProperty() { return eligible.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty savingProperty() { return saving.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty savedProperty() { return saved.getReadOnlyProperty(); }
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }
}
