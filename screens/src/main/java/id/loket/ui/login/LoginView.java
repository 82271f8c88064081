package id.loket.ui.login;

import static id.loket.ui.Ids.id;

import id.loket.domain.account.Role;
import id.loket.domain.text.Texts;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The login card: user name, PIN, and a plain message when something is wrong. */
public final class LoginView {

    private final VBox root;
    private final TextField username;

    public LoginView(LoginViewModel model, Texts texts, Runnable onBack) {
        Label title = id(new Label(texts.text(model.required() == Role.SUPERVISOR
                ? "login.title.office" : "login.title.counter")), "login-title", "title");
        username = id(new TextField(), "login-username", "field");
        username.setPromptText(texts.text("login.username"));
        username.textProperty().bindBidirectional(model.usernameProperty());
        PasswordField pin = id(new PasswordField(), "login-pin", "field");
        pin.setPromptText(texts.text("login.pin"));
        pin.textProperty().bindBidirectional(model.pinProperty());
        Label message = id(new Label(), "login-message", "message");
        message.textProperty().bind(model.messageProperty());
        message.setWrapText(true);
        Button submit = id(new Button(texts.text("login.submit")), "login-submit", "primary");
        submit.setDefaultButton(true);
        submit.disableProperty().bind(model.busyProperty());
        submit.setOnAction(e -> model.submit());
        Button back = id(new Button(texts.text("login.back")), "login-back");
        back.setCancelButton(true);
        back.setOnAction(e -> onBack.run());
        username.setOnAction(e -> pin.requestFocus());

        root = id(new VBox(16, title, new Label(texts.text("login.username")), username,
                new Label(texts.text("login.pin")), pin, submit, message, back), "login-view", "card");
        root.setAlignment(Pos.CENTER_LEFT);
        root.setMaxWidth(560);
        root.setMaxHeight(Region.USE_PREF_SIZE);
        title.setWrapText(true);
    }

    public Parent root() {
        return root;
    }

    public void focus() {
        username.requestFocus();
    }
}
