package id.loket.ui.office;

import id.loket.domain.account.Agent;
import id.loket.domain.notice.NoticeDraft;
import id.loket.domain.notice.ServiceNotice;
import id.loket.domain.text.Texts;
import id.loket.service.notice.NoticeService;
import id.loket.ui.Background;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The lurah's notices to the public (Surat Edaran item 8f): write one with its first and last day, see
 * those in force and to come, withdraw one that no longer holds.
 */
public final class NoticesViewModel {

    private final StringProperty text = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final ObservableList<ServiceNotice> notices = FXCollections.observableArrayList();
    private final ObjectProperty<ServiceNotice> chosen = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final NoticeService service;
    private final Background background;
    private final Texts texts;
    private final Agent supervisor;

    public NoticesViewModel(NoticeService service, Background background, Texts texts, Agent supervisor) {
        this.service = service;
        this.background = background;
        this.texts = texts;
        this.supervisor = supervisor;
    }

    public void refresh() {
        background.run(service::currentAndUpcoming, notices::setAll, failure -> message.set(texts.text(failure)));
    }

    public void write() {
        NoticeDraft draft = new NoticeDraft(text.get(), Optional.ofNullable(from.get()), Optional.ofNullable(to.get()));
        background.run(() -> service.write(draft, supervisor), result -> {
            if (result instanceof NoticeService.Refused refused) {
                message.set(refused.problems().stream().map(texts::text).collect(Collectors.joining("\n")));
                return;
            }
            ServiceNotice written = ((NoticeService.Written) result).notice();
            text.set("");
            from.set(null);
            to.set(null);
            message.set(texts.text("notice.office.written", DAY.format(written.from()), DAY.format(written.to())));
            refresh();
        }, failure -> message.set(texts.text(failure)));
    }

    public void withdraw() {
        ServiceNotice notice = chosen.get();
        if (notice == null) {
            message.set(texts.text("notice.office.chooseFirst"));
            return;
        }
        background.run(() -> service.withdraw(notice.id(), supervisor), done -> {
            message.set(texts.text(done ? "notice.office.withdrawn" : "notice.office.alreadyWithdrawn"));
            refresh();
        }, failure -> message.set(texts.text(failure)));
    }

    /** "Berlaku" or "Mulai 12-06-2026", as the list says where a notice stands. */
    public String state(ServiceNotice notice) {
        return notice.upcoming(service.today()) ? texts.text("notice.office.upcoming", DAY.format(notice.from()))
                : texts.text("notice.office.inForce");
    }

    public String days(ServiceNotice notice) {
        return DAY.format(notice.from()) + " – " + DAY.format(notice.to());
    }

    static final java.time.format.DateTimeFormatter DAY = java.time.format.DateTimeFormatter.ofPattern("dd-MM-yyyy");

    public StringProperty textProperty() { return text; }
    public ObjectProperty<LocalDate> fromProperty() { return from; }
    public ObjectProperty<LocalDate> toProperty() { return to; }
    public ObservableList<ServiceNotice> notices() { return notices; }
    public ObjectProperty<ServiceNotice> chosenProperty() { return chosen; }
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }
    List<ServiceNotice> shown() { return List.copyOf(notices); }
}
