package id.loket.ui.counter;

import id.loket.domain.account.Agent;
import id.loket.domain.household.Household;
import id.loket.domain.household.HouseholdFlags;
import id.loket.domain.household.HouseholdMatch;
import id.loket.domain.household.HouseholdStatus;
import id.loket.domain.household.RtRef;
import id.loket.domain.nik.KkCheck;
import id.loket.domain.registration.Registration;
import id.loket.domain.text.Message;
import id.loket.domain.text.Texts;
import id.loket.service.registration.HouseholdLookup;
import id.loket.service.registration.RegistrationService;
import id.loket.ui.Background;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The household of the resident at the counter: found by the head's NIK, a member's
 * NIK or the KK number; whether it is on an RT list and already registered; the other records the same
 * numbers point at; a walk-in added when it is on no list; the head flagged as ASN.
 */
public final class HouseholdViewModel {

    /** How the household panel should look. */
    public enum State { NONE, SEARCHING, NOT_ON_LIST, NOT_REGISTERED, REGISTERED }

    private final StringProperty kk = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper kkFeedback = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(State.NONE);
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper duplicates = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper flags = new ReadOnlyStringWrapper("");
    private final ObservableList<RtRef> rts = FXCollections.observableArrayList();
    private final ObjectProperty<RtRef> walkInRt = new SimpleObjectProperty<>();
    /** The walk-in's RT as typed ("1/3": RT 001, RW 003) and what the screen makes of it. */
    private final StringProperty walkInRtTyped = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper walkInRtSaid = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper walkInMessage = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper addingWalkIn = new ReadOnlyBooleanWrapper(false);
    private final ObservableList<String> asnUnits = FXCollections.observableArrayList();
    private final ObjectProperty<String> asnUnit = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper asnMessage = new ReadOnlyStringWrapper("");
    private final HouseholdLookup lookup;
    private final RegistrationService registrations;
    private final IdentityViewModel identity;
    private final Background background;
    private final Texts texts;
    private final Agent agent;
    private Optional<Household> household = Optional.empty();
    private Optional<Registration> latest = Optional.empty();
    private HouseholdMatch.Route route = HouseholdMatch.Route.NONE;
    /** The first line of the panel (name, RT/RW, KK), kept to say it again under a new status. */
    private String where = "";
    private long generation;
    /** The numbers last looked up, so a keystroke that changes none of them looks nothing up again. */
    private HouseholdLookup.Query lastQuery;

    public HouseholdViewModel(HouseholdLookup lookup, RegistrationService registrations, IdentityViewModel identity,
                              Background background, Texts texts, Agent agent) {
        this.lookup = lookup;
        this.registrations = registrations;
        this.identity = identity;
        this.background = background;
        this.texts = texts;
        this.agent = agent;
        identity.onChange(this::search);
        kk.addListener((obs, old, typed) -> search());
        walkInRtTyped.addListener((obs, old, typed) -> readWalkInRt());
        rts.addListener((javafx.collections.ListChangeListener<RtRef>) change -> readWalkInRt());
        asnUnits.setAll(registrations.asnUnits());
    }

    /** Loads the kelurahan's RTs for the walk-in choice (once, in the background). */
    void loadRts() {
        if (!rts.isEmpty()) {
            return;
        }
        background.run(lookup::rts, rts::setAll, failure -> walkInMessage.set(texts.text(failure)));
    }

    /**
     * Looks the household up by whatever valid number there is; a result for numbers that have changed
     * since is dropped. Nothing is looked up while neither number is valid.
     */
    void search() {
        boolean nikValid = identity.validProperty().get();
        boolean kkValid = !kk.get().isBlank() && lookup.checkKk(kk.get()).valid();
        kkFeedback.set(kk.get().isBlank() ? "" : join(kkErrors()));
        HouseholdLookup.Query query = new HouseholdLookup.Query(nikValid ? identity.nikProperty().get() : "",
                kkValid ? kk.get() : "", identity.statedBirthDate(), identity.sex());
        // Typing a digit of a number not yet complete changes nothing that can be looked up.
        if (query.equals(lastQuery)) {
            return;
        }
        lastQuery = query;
        long mine = ++generation;
        household = Optional.empty();
        latest = Optional.empty();
        duplicates.set("");
        flags.set("");
        walkInMessage.set("");
        asnMessage.set("");
        if (!nikValid && !kkValid) {
            state.set(State.NONE);
            summary.set("");
            return;
        }
        state.set(State.SEARCHING);
        summary.set(texts.text("counter.household.searching"));
        background.run(() -> lookup.find(query, agent), found -> {
            if (mine == generation) {
                show(found);
            }
        }, failure -> {
            if (mine == generation) {
                state.set(State.NONE);
                summary.set(texts.text(failure));
            }
        });
    }

    private List<Message> kkErrors() {
        KkCheck check = lookup.checkKk(kk.get());
        return check.errors();
    }

    private void show(HouseholdLookup.Found found) {
        route = found.match().route();
        duplicates.set(found.duplicates().stream().map(this::describe).collect(Collectors.joining("\n")));
        if (found.status().isEmpty()) {
            state.set(State.NOT_ON_LIST);
            summary.set(texts.text("counter.household.notOnList"));
            loadRts();
            return;
        }
        show(found.status().get(), found.flags());
    }

    private void show(HouseholdStatus status, HouseholdFlags householdFlags) {
        Household found = status.household();
        household = Optional.of(found);
        latest = status.latest();
        where = found.kkNumber().map(kkNumber -> texts.text("counter.household.summary", found.headName(),
                found.rt().rt(), found.rt().rw(), kkNumber.masked()))
                .orElseGet(() -> texts.text("counter.household.summaryNoKk", found.headName(), found.rt().rt(),
                        found.rt().rw()));
        flags.set(flagsText(householdFlags));
        asnUnit.set(householdFlags.asnUnit().orElse(null));
        if (status.alreadyRegistered()) {
            registered(status.latest().orElseThrow());
        } else {
            state.set(State.NOT_REGISTERED);
            summary.set(where + "\n" + texts.text("counter.household.notRegistered")
                    + status.latest().map(attempt -> "\n" + texts.text("counter.reprint.attempt", attempt.code())).orElse(""));
        }
    }

    /** The household now has a successful registration: said at once, with its receipt to reprint. */
    void registered(Registration done) {
        latest = Optional.of(done);
        state.set(State.REGISTERED);
        summary.set(where + "\n" + texts.text("counter.household.registered", done.code(),
                DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(texts.locale()).format(done.savedAt())));
    }

    /** A registration found from a scanned receipt: its household is shown as if looked up. */
    void showReceipt(RegistrationService.Found found) {
        generation++;
        lastQuery = null;
        route = HouseholdMatch.Route.NONE;
        duplicates.set("");
        // A receipt of a failed attempt shows the household as still to be registered, with that attempt named.
        show(new HouseholdStatus(found.household(), Optional.of(found.registration())), found.flags());
    }

    private String flagsText(HouseholdFlags householdFlags) {
        StringBuilder text = new StringBuilder();
        if (!householdFlags.onRtList()) {
            text.append(texts.text("counter.household.walkInFlag"));
        }
        householdFlags.asnUnit().filter(unit -> householdFlags.asn()).ifPresent(unit -> {
            if (text.length() > 0) {
                text.append('\n');
            }
            text.append(texts.text("counter.asn.flagged", unit));
        });
        return text.toString();
    }

    private String describe(HouseholdLookup.Duplicate duplicate) {
        String record = texts.text("counter.duplicate.record", duplicate.headName(), duplicate.maskedHeadNik(),
                duplicate.maskedKk(), duplicate.rt().rt(), duplicate.rt().rw());
        return switch (duplicate.kind()) {
            case NIK_MEMBER_ELSEWHERE -> texts.text("counter.duplicate.memberElsewhere", record);
            case KK_ELSEWHERE -> texts.text("counter.duplicate.kkElsewhere", record);
            case NIK_NOT_HEAD -> texts.text("counter.duplicate.notHead", record);
        };
    }

    /**
     * The RT typed for the walk-in, when the kelurahan has it: said back in words as it is typed, so a
     * slip ("3/1" for RT 001 / RW 003) is seen before the household is added.
     */
    private void readWalkInRt() {
        Optional<RtRef> typed = RtRef.parse(walkInRtTyped.get());
        walkInRt.set(typed.filter(rts::contains).orElse(null));
        if (walkInRtTyped.get().isBlank()) {
            walkInRtSaid.set("");
        } else if (typed.isEmpty()) {
            walkInRtSaid.set(texts.text("counter.walkIn.rtUnread", walkInRtTyped.get().strip()));
        } else if (rts.isEmpty()) {
            walkInRtSaid.set("");
        } else {
            walkInRtSaid.set(rts.contains(typed.get()) ? typed.get().label()
                    : texts.text("counter.walkIn.rtUnknown", typed.get().label()));
        }
    }

    /** Adds the resident's household as a walk-in (on no RT list), with the RT the agent typed. */
    public void addWalkIn() {
        if (state.get() != State.NOT_ON_LIST || addingWalkIn.get()) {
            return;
        }
        HouseholdLookup.WalkIn walkIn = new HouseholdLookup.WalkIn(identity.nikProperty().get(), kk.get(),
                identity.nameProperty().get(), Optional.ofNullable(walkInRt.get()));
        addingWalkIn.set(true);
        walkInMessage.set("");
        long mine = generation;
        background.run(() -> lookup.addWalkIn(walkIn, agent), result -> {
            addingWalkIn.set(false);
            if (result instanceof HouseholdLookup.NotAdded notAdded) {
                walkInMessage.set(join(notAdded.problems()));
            } else if (result instanceof HouseholdLookup.Added added && mine == generation) {
                generation++;
                show(added.status(), new HouseholdFlags(false, false, Optional.empty()));
                walkInMessage.set(texts.text("counter.walkIn.added"));
            }
        }, failure -> {
            addingWalkIn.set(false);
            walkInMessage.set(texts.text(failure));
        });
    }

    /** Flags the head as ASN of the Perangkat Daerah chosen. */
    public void flagAsn() {
        if (household.isEmpty()) {
            return;
        }
        long id = household.get().id();
        String unit = asnUnit.get();
        background.run(() -> registrations.flagAsn(id, unit, agent), problems -> {
            if (!problems.isEmpty()) {
                asnMessage.set(join(problems));
            } else {
                asnMessage.set(texts.text("counter.asn.saved", unit));
                flags.set(texts.text("counter.asn.flagged", unit));
            }
        }, failure -> asnMessage.set(texts.text(failure)));
    }

    void clear() {
        generation++;
        lastQuery = null;
        kk.set("");
        walkInRt.set(null);
        walkInRtTyped.set("");
        asnUnit.set(null);
        household = Optional.empty();
        latest = Optional.empty();
        state.set(State.NONE);
        summary.set("");
        duplicates.set("");
        flags.set("");
        walkInMessage.set("");
        asnMessage.set("");
        kkFeedback.set("");
    }

    private String join(List<Message> messages) {
        return messages.stream().map(texts::text).collect(Collectors.joining("\n"));
    }

    public Optional<Household> household() { return household; }
    public Optional<Registration> latest() { return latest; }
    public HouseholdMatch.Route route() { return route; }
    public StringProperty kkProperty() { return kk; }
    public ReadOnlyStringProperty kkFeedbackProperty() { return kkFeedback.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<State> stateProperty() { return state.getReadOnlyProperty(); }
    public ReadOnlyStringProperty summaryProperty() { return summary.getReadOnlyProperty(); }
    public ReadOnlyStringProperty duplicatesProperty() { return duplicates.getReadOnlyProperty(); }
    public ReadOnlyStringProperty flagsProperty() { return flags.getReadOnlyProperty(); }
    public ObservableList<RtRef> rts() { return rts; }
    public ObjectProperty<RtRef> walkInRtProperty() { return walkInRt; }
    public StringProperty walkInRtTypedProperty() { return walkInRtTyped; }
    public ReadOnlyStringProperty walkInRtSaidProperty() { return walkInRtSaid.getReadOnlyProperty(); }
    public ReadOnlyStringProperty walkInMessageProperty() { return walkInMessage.getReadOnlyProperty(); }
    public ObservableList<String> asnUnits() { return asnUnits; }
    public ObjectProperty<String> asnUnitProperty() { return asnUnit; }
    public ReadOnlyStringProperty asnMessageProperty() { return asnMessage.getReadOnlyProperty(); }
}
