package id.loket.ui.office;

import static id.loket.ui.Ids.id;

import id.loket.domain.account.Role;
import id.loket.domain.text.Texts;
import id.loket.service.security.AccountService;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.Tab;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The accounts tab: who may log in, and the supervisor's tools: unlock, new PIN, deactivate and
 * reactivate, new account.
 */
public final class AccountsPane {

    private AccountsPane() {
    }

    public static Tab tab(AccountsViewModel model, Texts texts) {
        TableView<AccountService.Row> table = id(new TableView<>(model.rows()), "accounts-table");
        table.getColumns().add(column(texts.text("account.column.name"), r -> r.agent().displayName()));
        table.getColumns().add(column(texts.text("account.column.username"), r -> r.agent().username()));
        table.getColumns().add(column(texts.text("account.column.role"), r -> model.label(r.agent().role())));
        table.getColumns().add(column(texts.text("account.column.state"), model::state));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        WrappingColumns.wrapAll(table);
        table.getSelectionModel().selectedItemProperty().addListener((o, old, row) -> model.chosenProperty().set(row));
        VBox.setVgrow(table, Priority.ALWAYS);

        Button unlock = id(new Button(texts.text("account.unlock")), "account-unlock");
        unlock.setOnAction(e -> model.unlock());
        PasswordField pin = id(new PasswordField(), "account-pin", "field");
        pin.setPromptText(texts.text("account.newPin"));
        pin.textProperty().bindBidirectional(model.pinProperty());
        PasswordField again = id(new PasswordField(), "account-pin-again", "field");
        again.setPromptText(texts.text("account.pinAgain"));
        again.textProperty().bindBidirectional(model.pinAgainProperty());
        Button setPin = id(new Button(texts.text("account.setPin")), "account-set-pin");
        setPin.setOnAction(e -> model.setPin());
        Button deactivate = id(new Button(texts.text("account.deactivate")), "account-deactivate");
        deactivate.setOnAction(e -> model.deactivate());
        Button reactivate = id(new Button(texts.text("account.reactivate")), "account-reactivate");
        reactivate.setOnAction(e -> model.reactivate());
        // Wraps on a narrow screen rather than cutting the buttons' words.
        FlowPane chosen = new FlowPane(8, 8, unlock, pin, again, setPin, deactivate, reactivate);

        TextField username = id(new TextField(), "new-username", "field");
        username.textProperty().bindBidirectional(model.newUsernameProperty());
        TextField name = id(new TextField(), "new-name", "field");
        name.textProperty().bindBidirectional(model.newNameProperty());
        ComboBox<Role> role = id(new ComboBox<>(), "new-role", "field");
        role.getItems().setAll(Role.values());
        role.valueProperty().bindBidirectional(model.newRoleProperty());
        role.setConverter(new StringConverter<>() {
            @Override
            public String toString(Role value) {
                return value == null ? "" : model.label(value);
            }

            @Override
            public Role fromString(String text) {
                return null;
            }
        });
        PasswordField newPin = id(new PasswordField(), "new-pin", "field");
        newPin.textProperty().bindBidirectional(model.newPinProperty());
        PasswordField newPinAgain = id(new PasswordField(), "new-pin-again", "field");
        newPinAgain.textProperty().bindBidirectional(model.newPinAgainProperty());
        Button create = id(new Button(texts.text("account.create")), "account-create", "primary");
        create.setOnAction(e -> model.create());
        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(8);
        form.addRow(0, new Label(texts.text("account.column.username")), username,
                new Label(texts.text("account.column.name")), name);
        form.addRow(1, new Label(texts.text("account.column.role")), role, new Label(texts.text("account.newPin")),
                newPin);
        form.addRow(2, new Label(texts.text("account.pinAgain")), newPinAgain, create);

        Label message = id(new Label(), "account-message", "feedback");
        message.textProperty().bind(model.messageProperty());
        message.setWrapText(true);
        VBox pane = new VBox(10, table, new Label(texts.text("account.chosenTitle")), chosen,
                new Label(texts.text("account.newTitle")), form, message);
        pane.setPadding(new Insets(10, 0, 0, 0));
        model.refresh();
        Tab tab = new Tab(texts.text("office.tab.accounts"), pane);
        tab.setId("tab-accounts");
        return tab;
    }

    private static TableColumn<AccountService.Row, String> column(String title, Function<AccountService.Row, String> value) {
        TableColumn<AccountService.Row, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return column;
    }
}
