package id.loket.ui.login;

import id.loket.domain.account.Agent;
import id.loket.domain.account.Role;
import id.loket.domain.text.Texts;
import id.loket.service.security.LoginService;
import id.loket.ui.Background;
import java.time.format.DateTimeFormatter;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** Login by user name and PIN, for the counter (any role) or the office (supervisors only). */
public final class LoginViewModel {

    private final StringProperty username = new SimpleStringProperty("");
    private final StringProperty pin = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);

    private final LoginService login;
    private final Background background;
    private final Texts texts;
    private final Role required;
    private final Consumer<Agent> onLoggedIn;

    public LoginViewModel(LoginService login, Background background, Texts texts, Role required,
                          Consumer<Agent> onLoggedIn) {
        this.login = login;
        this.background = background;
        this.texts = texts;
        this.required = required;
        this.onLoggedIn = onLoggedIn;
    }

    public void submit() {
        if (busy.get()) {
            return;
        }
        if (username.get().isBlank() || pin.get().isEmpty()) {
            message.set(texts.text("login.fillBoth"));
            return;
        }
        busy.set(true);
        message.set(texts.text("login.checking"));
        String name = username.get();
        char[] secret = pin.get().toCharArray();
        pin.set("");
        background.run(() -> login.login(name, secret), this::show, failure -> {
            busy.set(false);
            message.set(texts.text(failure));
        });
    }

    private void show(LoginService.LoginResult result) {
        busy.set(false);
        if (result instanceof LoginService.LoggedIn in) {
            if (required == Role.SUPERVISOR && !in.agent().role().mayUseOffice()) {
                message.set(texts.text("login.supervisorOnly"));
                return;
            }
            message.set("");
            onLoggedIn.accept(in.agent());
        } else if (result instanceof LoginService.WrongPin wrong) {
            message.set(texts.text("login.wrongPin", wrong.triesLeft()));
        } else if (result instanceof LoginService.Locked locked) {
            message.set(texts.text("login.locked", DateTimeFormatter.ofPattern("HH.mm").format(locked.until())));
        }
    }

    public StringProperty usernameProperty() {
        return username;
    }

    public StringProperty pinProperty() {
        return pin;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public Role required() {
        return required;
    }
}
