package id.loket.ui.office;

import id.loket.domain.account.Agent;
import id.loket.domain.account.Role;
import id.loket.domain.text.Message;
import id.loket.domain.text.Texts;
import id.loket.service.security.AccountService;
import id.loket.ui.Background;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** Accounts in the office: the list, a new PIN or an unlock for the chosen one, and new accounts. */
public final class AccountsViewModel {

    private final ObservableList<AccountService.Row> rows = FXCollections.observableArrayList();
    private final ObjectProperty<AccountService.Row> chosen = new SimpleObjectProperty<>();
    private final StringProperty pin = new SimpleStringProperty("");
    private final StringProperty pinAgain = new SimpleStringProperty("");
    private final StringProperty newUsername = new SimpleStringProperty("");
    private final StringProperty newName = new SimpleStringProperty("");
    private final ObjectProperty<Role> newRole = new SimpleObjectProperty<>(Role.AGENT);
    private final StringProperty newPin = new SimpleStringProperty("");
    private final StringProperty newPinAgain = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    private final AccountService accounts;
    private final Background background;
    private final Texts texts;
    private final Agent supervisor;

    public AccountsViewModel(AccountService accounts, Background background, Texts texts, Agent supervisor) {
        this.accounts = accounts;
        this.background = background;
        this.texts = texts;
        this.supervisor = supervisor;
    }

    public void refresh() {
        background.run(accounts::list, rows::setAll, failure -> message.set(texts.text(failure)));
    }

    public void unlock() {
        AccountService.Row row = chosen.get();
        if (row == null) {
            message.set(texts.text("account.chooseFirst"));
            return;
        }
        change(() -> {
            accounts.unlock(row.agent(), supervisor.username());
            return List.of();
        }, texts.text("account.unlocked", row.agent().displayName()));
    }

    /** Shuts the chosen account (someone left the office); refused for oneself and the last supervisor. */
    public void deactivate() {
        AccountService.Row row = chosen.get();
        if (row == null) {
            message.set(texts.text("account.chooseFirst"));
            return;
        }
        if (!row.active()) {
            message.set(texts.text("account.alreadyInactive", row.agent().displayName()));
            return;
        }
        change(() -> accounts.deactivate(row.agent(), supervisor.username()),
                texts.text("account.deactivated", row.agent().displayName()));
    }

    /** Opens a deactivated account again. */
    public void reactivate() {
        AccountService.Row row = chosen.get();
        if (row == null) {
            message.set(texts.text("account.chooseFirst"));
            return;
        }
        if (row.active()) {
            message.set(texts.text("account.alreadyActive", row.agent().displayName()));
            return;
        }
        change(() -> {
            accounts.reactivate(row.agent(), supervisor.username());
            return List.of();
        }, texts.text("account.reactivated", row.agent().displayName()));
    }

    /** The state column's words: deactivated, locked, demo or active, in that order of importance. */
    public String state(AccountService.Row row) {
        String key = !row.active() ? "account.state.inactive" : row.lockedNow() ? "account.state.locked"
                : row.agent().demo() ? "account.state.demo" : "account.state.active";
        return texts.text(key);
    }

    public void setPin() {
        AccountService.Row row = chosen.get();
        if (row == null) {
            message.set(texts.text("account.chooseFirst"));
            return;
        }
        char[] first = pin.get().toCharArray();
        char[] second = pinAgain.get().toCharArray();
        pin.set("");
        pinAgain.set("");
        change(() -> accounts.setPin(row.agent(), first, second, supervisor.username()),
                texts.text("account.pinSet", row.agent().displayName()));
    }

    public void create() {
        char[] first = newPin.get().toCharArray();
        char[] second = newPinAgain.get().toCharArray();
        String username = newUsername.get();
        String name = newName.get();
        Role role = newRole.get();
        newPin.set("");
        newPinAgain.set("");
        change(() -> accounts.create(username, name, role, first, second, supervisor.username()),
                texts.text("account.created", username.strip().toLowerCase()));
    }

    /** Runs a change in the background; says its problems, or says it is done and shows the list anew. */
    private void change(Callable<List<Message>> work, String done) {
        background.run(work, problems -> {
            if (problems.isEmpty()) {
                message.set(done);
                refresh();
            } else {
                message.set(problems.stream().map(texts::text).collect(Collectors.joining("\n")));
            }
        }, failure -> message.set(texts.text(failure)));
    }

    public String label(Role role) {
        return texts.text(id.loket.domain.text.EnumLabels.key(role));
    }

    public ObservableList<AccountService.Row> rows() { return rows; }
    public ObjectProperty<AccountService.Row> chosenProperty() { return chosen; }
    public StringProperty pinProperty() { return pin; }
    public StringProperty pinAgainProperty() { return pinAgain; }
    public StringProperty newUsernameProperty() { return newUsername; }
    public StringProperty newNameProperty() { return newName; }
    public ObjectProperty<Role> newRoleProperty() { return newRole; }
    public StringProperty newPinProperty() { return newPin; }
    public StringProperty newPinAgainProperty() { return newPinAgain; }
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }
}
