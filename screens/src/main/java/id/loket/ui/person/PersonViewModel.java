package id.loket.ui.person;

import id.loket.domain.account.Agent;
import id.loket.domain.person.PersonPage;
import id.loket.domain.ssn.SsnRequestDraft;
import id.loket.domain.ssn.SsnRequestKind;
import id.loket.domain.text.Texts;
import id.loket.service.person.PersonRecords;
import id.loket.service.ssn.SsnCardRequests;
import id.loket.ui.Background;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The person page at the counter: a NIK (typed, or from the card the counter read) opens everything this
 * office recorded for that person, by programme, so the agent sees at once what is already done and
 * enters nothing twice. Where the office takes SSN card requests, the page also takes one for the person
 * shown.
 */
public final class PersonViewModel {

    private final StringProperty nik = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<PersonPage> page = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final SsnForm ssn;
    private final PersonRecords records;
    private final Background background;
    private final Texts texts;
    private final Agent agent;
    /** The NIK of the page shown, for the SSN request (the field may have been changed since). */
    private String shownNik = "";

    public PersonViewModel(PersonRecords records, SsnCardRequests ssnRequests, Supplier<Optional<Long>> ticketId,
                           Background background, Texts texts, Agent agent) {
        this.records = records;
        this.background = background;
        this.texts = texts;
        this.agent = agent;
        this.ssn = new SsnForm(ssnRequests, ticketId);
    }

    /** Opens the page of the NIK in the field. A NIK that is not valid is said, and nothing is read. */
    public void open() {
        if (busy.get()) {
            return;
        }
        String typed = nik.get() == null ? "" : nik.get().strip();
        busy.set(true);
        message.set(texts.text("person.reading"));
        background.run(() -> records.open(typed, agent), result -> {
            if (result instanceof PersonRecords.Shown shown) {
                shownNik = typed;
                ssn.forPerson(shown.page());
                page.set(shown.page());
                message.set(shown.page().anything() ? "" : texts.text("person.nothingYet"));
            } else if (result instanceof PersonRecords.BadNik bad) {
                page.set(null);
                message.set(bad.problems().stream().map(texts::text).collect(Collectors.joining(" ")));
            }
            // Last: whoever waits for the page (the SSN form's confirmation) sees it complete.
            busy.set(false);
        }, failure -> {
            busy.set(false);
            message.set(texts.text(failure));
        });
    }

    /** Opens the page of this NIK (from the counter's NIK field or a card) at once. */
    public void open(String given) {
        nik.set(given == null ? "" : given.strip());
        if (!nik.get().isEmpty()) {
            open();
        }
    }

    public StringProperty nikProperty() { return nik; }
    public ReadOnlyObjectProperty<PersonPage> pageProperty() { return page.getReadOnlyProperty(); }
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }
    public SsnForm ssn() { return ssn; }

    /** The SSN card request for the person on the page; shown only where the office takes them. */
    public final class SsnForm {

        private final ObjectProperty<SsnRequestKind> kind = new SimpleObjectProperty<>();
        private final StringProperty name = new SimpleStringProperty("");
        private final StringProperty cardNumber = new SimpleStringProperty("");
        private final StringProperty policeLetter = new SimpleStringProperty("");
        private final StringProperty phone = new SimpleStringProperty("");
        private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
        private final ReadOnlyBooleanWrapper policeLetterAsked = new ReadOnlyBooleanWrapper(false);
        private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(false);
        private final SsnCardRequests requests;
        private final Supplier<Optional<Long>> ticketId;

        private SsnForm(SsnCardRequests requests, Supplier<Optional<Long>> ticketId) {
            this.requests = requests;
            this.ticketId = ticketId;
            kind.addListener((obs, old, now) -> policeLetterAsked.set(now != null && requests.policeLetterRequired(now)));
        }

        public boolean enabled() {
            return requests.enabled();
        }

        /** A new page: a new request, with the name the records hold. */
        private void forPerson(PersonPage shown) {
            kind.set(null);
            name.set(shown.name().orElse(""));
            cardNumber.set("");
            policeLetter.set("");
            phone.set("");
            message.set("");
        }

        /** Records the request and prints its receipt; the page then shows it. */
        public void save() {
            if (!enabled() || saving.get() || page.get() == null) {
                return;
            }
            SsnRequestDraft draft = new SsnRequestDraft(shownNik, name.get(), Optional.ofNullable(kind.get()),
                    cardNumber.get(), policeLetter.get(), phone.get());
            saving.set(true);
            background.run(() -> requests.record(draft, ticketId.get(), agent), result -> {
                saving.set(false);
                if (result instanceof SsnCardRequests.Saved saved) {
                    String printed = saved.printed().printed() ? texts.text("person.ssn.printed")
                            : texts.text("person.ssn.notPrinted", saved.printed().problem().map(texts::text).orElse(""));
                    refreshThen(texts.text("person.ssn.saved", saved.request().code(),
                            texts.text(id.loket.domain.text.EnumLabels.key(saved.request().kind())), printed));
                } else if (result instanceof SsnCardRequests.Rejected rejected) {
                    message.set(rejected.problems().stream().map(p -> texts.text(p.message()))
                            .collect(Collectors.joining(" ")));
                }
            }, failure -> {
                saving.set(false);
                message.set(texts.text(failure));
            });
        }

        private void refreshThen(String said) {
            nik.set(shownNik);
            open();
            // open() clears the form for the page it reads; the saved request's words come after it, also
            // when the page was read before open() returned.
            if (!busy.get()) {
                SsnForm.this.message.set(said);
                return;
            }
            busy.addListener(new javafx.beans.value.ChangeListener<>() {
                @Override
                public void changed(javafx.beans.value.ObservableValue<? extends Boolean> obs, Boolean was,
                                    Boolean now) {
                    if (!now) {
                        busy.removeListener(this);
                        SsnForm.this.message.set(said);
                    }
                }
            });
        }

        public ObjectProperty<SsnRequestKind> kindProperty() { return kind; }
        public StringProperty nameProperty() { return name; }
        public StringProperty cardNumberProperty() { return cardNumber; }
        public StringProperty policeLetterProperty() { return policeLetter; }
        public StringProperty phoneProperty() { return phone; }
        public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }
        public ReadOnlyBooleanProperty policeLetterAskedProperty() { return policeLetterAsked.getReadOnlyProperty(); }
        public ReadOnlyBooleanProperty savingProperty() { return saving.getReadOnlyProperty(); }
    }
}
