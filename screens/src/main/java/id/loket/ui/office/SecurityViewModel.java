package id.loket.ui.office;

import id.loket.domain.audit.AuditEvent;
import id.loket.domain.audit.AuditAction;
import id.loket.domain.account.Agent;
import id.loket.domain.text.Texts;
import id.loket.service.security.AuditTrail;
import id.loket.service.security.BackupService;
import id.loket.ui.Background;
import java.time.LocalDate;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The supervisor's view of the audit trail, its export for a breach notice, and backups on request. */
public final class SecurityViewModel {

    private final ObservableList<AuditEvent> events = FXCollections.observableArrayList();
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final StringProperty actor = new SimpleStringProperty("");
    private final ObjectProperty<AuditAction> action = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    private final AuditTrail trail;
    private final BackupService backups;
    private final Background background;
    private final Texts texts;
    private final Agent supervisor;
    private final SavableFile copy;

    public SecurityViewModel(AuditTrail trail, BackupService backups, Background background, Texts texts,
                             Agent supervisor, LocalDate today) {
        this.trail = trail;
        this.backups = backups;
        this.background = background;
        this.texts = texts;
        this.supervisor = supervisor;
        this.copy = new SavableFile(background, texts, message);
        from.set(today.minusDays(7));
        to.set(today);
    }

    public void search() {
        LocalDate start = from.get();
        LocalDate end = to.get();
        if (start == null || end == null || end.isBefore(start)) {
            message.set(texts.text("office.audit.badDates"));
            return;
        }
        Optional<String> who = Optional.ofNullable(actor.get());
        Optional<AuditAction> what = Optional.ofNullable(action.get());
        background.run(() -> trail.search(start, end, who, what), found -> {
            events.setAll(found);
            message.set(found.size() >= AuditTrail.SCREEN_LIMIT
                    ? texts.text("office.audit.limited", AuditTrail.SCREEN_LIMIT)
                    : texts.text("office.audit.found", found.size()));
        }, failure -> message.set(texts.text(failure)));
    }

    public void export() {
        LocalDate start = from.get();
        LocalDate end = to.get();
        if (start == null || end == null || end.isBefore(start)) {
            message.set(texts.text("office.audit.badDates"));
            return;
        }
        background.run(() -> trail.export(start, end, supervisor.username()), export -> {
            copy.offer(export.fileName(), target -> trail.saveCopy(export, target, supervisor.username()));
            message.set(texts.text("office.audit.exported", export.fileName(), export.rows()));
        }, failure -> message.set(texts.text(failure)));
    }

    public void backupNow() {
        message.set(texts.text("office.backup.running"));
        background.run(() -> backups.backupNow(supervisor.username(), Optional.empty()),
                backup -> message.set(texts.text("office.backup.done", backup.toString())),
                failure -> message.set(texts.text(failure)));
    }

    SavableFile copy() {
        return copy;
    }

    public ObservableList<AuditEvent> events() {
        return events;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public StringProperty actorProperty() {
        return actor;
    }

    public ObjectProperty<AuditAction> actionProperty() {
        return action;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
