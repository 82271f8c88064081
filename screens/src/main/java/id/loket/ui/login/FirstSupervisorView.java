package id.loket.ui.login;

import static id.loket.ui.Ids.id;

import id.loket.domain.text.Texts;
import id.loket.service.security.AccountService;
import id.loket.ui.Background;
import java.util.stream.Collectors;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** A new install's first start: nobody can log in yet, so the lurah or admin makes the first supervisor. */
public final class FirstSupervisorView {

    private final VBox root;

    public FirstSupervisorView(AccountService accounts, Background background, Texts texts, Runnable onCreated) {
        Label title = id(new Label(texts.text("first.title")), "first-title", "title");
        title.setWrapText(true);
        Label intro = id(new Label(texts.text("first.intro")), "first-intro");
        intro.setWrapText(true);
        TextField username = id(new TextField(), "first-username", "field");
        TextField name = id(new TextField(), "first-name", "field");
        PasswordField pin = id(new PasswordField(), "first-pin", "field");
        PasswordField again = id(new PasswordField(), "first-pin-again", "field");
        Label message = id(new Label(), "first-message", "message");
        message.setWrapText(true);
        Button create = id(new Button(texts.text("first.create")), "first-create", "primary");
        create.setDefaultButton(true);
        create.setOnAction(e -> {
            char[] first = pin.getText().toCharArray();
            char[] second = again.getText().toCharArray();
            pin.clear();
            again.clear();
            create.setDisable(true);
            background.run(() -> accounts.createFirstSupervisor(username.getText(), name.getText(), first, second),
                    problems -> {
                        create.setDisable(false);
                        if (problems.isEmpty()) {
                            onCreated.run();
                        } else {
                            message.setText(problems.stream().map(texts::text).collect(Collectors.joining("\n")));
                        }
                    }, failure -> {
                        create.setDisable(false);
                        message.setText(texts.text(failure));
                    });
        });
        root = id(new VBox(12, title, intro, new Label(texts.text("account.column.username")), username,
                new Label(texts.text("account.column.name")), name, new Label(texts.text("account.newPin")), pin,
                new Label(texts.text("account.pinAgain")), again, create, message), "first-supervisor", "card");
        root.setAlignment(Pos.CENTER_LEFT);
        root.setMaxWidth(600);
        root.setMaxHeight(Region.USE_PREF_SIZE);
    }

    public Parent root() {
        return root;
    }
}
