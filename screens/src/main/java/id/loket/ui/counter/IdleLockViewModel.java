package id.loket.ui.counter;

import id.loket.domain.account.Agent;
import id.loket.domain.text.Texts;
import id.loket.service.security.LoginService;
import id.loket.ui.Background;
import java.time.format.DateTimeFormatter;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The lock over an idle agent console: what was on screen stays there but out of sight, and only the
 * same agent's PIN opens it again (with the usual lockout after wrong PINs, all audited).
 */
public final class IdleLockViewModel {

    private final ReadOnlyBooleanWrapper locked = new ReadOnlyBooleanWrapper(false);
    private final StringProperty pin = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final BooleanProperty checking = new SimpleBooleanProperty(false);

    private final LoginService login;
    private final Background background;
    private final Texts texts;
    private final Agent agent;

    public IdleLockViewModel(LoginService login, Background background, Texts texts, Agent agent) {
        this.login = login;
        this.background = background;
        this.texts = texts;
        this.agent = agent;
    }

    public void lock() {
        pin.set("");
        message.set(texts.text("lock.prompt", agent.displayName()));
        locked.set(true);
    }

    public void unlock() {
        if (checking.get() || pin.get().isEmpty()) {
            return;
        }
        char[] secret = pin.get().toCharArray();
        pin.set("");
        checking.set(true);
        background.run(() -> login.login(agent.username(), secret), result -> {
            checking.set(false);
            if (result instanceof LoginService.LoggedIn) {
                message.set("");
                locked.set(false);
            } else if (result instanceof LoginService.Locked until) {
                message.set(texts.text("login.locked", DateTimeFormatter.ofPattern("HH.mm").format(until.until())));
            } else if (result instanceof LoginService.WrongPin wrong) {
                message.set(texts.text("login.wrongPin", wrong.triesLeft()));
            }
        }, failure -> {
            checking.set(false);
            message.set(texts.text(failure));
        });
    }

    public ReadOnlyBooleanProperty lockedProperty() {
        return locked.getReadOnlyProperty();
    }

    public StringProperty pinProperty() {
        return pin;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
