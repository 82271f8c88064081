package id.loket.ui.office;

import static id.loket.ui.Ids.id;

import id.loket.domain.text.Texts;
import id.loket.service.device.DeviceService;
import id.loket.ui.WhileShowing;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The office's device test tab: card test and scan test (put a card on the reader, scan a code: the
 * raw events appear), a printer test page with the printer's answer, and a sound test.
 */
public final class DevicesPane {

    private DevicesPane() {
    }

    /** The tab ({@code #tab-devices}); it listens to the devices only while it is on screen. */
    public static Tab tab(DevicesViewModel model, Texts texts) {
        Tab tab = new Tab(texts.text("device.test.tab"), build(model, texts));
        tab.setId("tab-devices");
        return tab;
    }

    static Node build(DevicesViewModel model, Texts texts) {
        VBox states = new VBox(6);
        for (DeviceService.Slot slot : DeviceService.Slot.values()) {
            Label label = id(new Label(), "device-test-" + slot.id(), "device-status");
            label.textProperty().bind(model.stateProperty(slot));
            label.setWrapText(true);
            model.healthProperty(slot).addListener((obs, old, health) -> {
                label.getStyleClass().removeIf(c -> c.startsWith("device-health-"));
                label.getStyleClass().add("device-health-" + health.name().toLowerCase(Locale.ROOT));
            });
            states.getChildren().add(label);
        }
        Label hint = id(new Label(texts.text("device.test.hint")), "device-test-hint", "feedback");
        hint.setWrapText(true);
        ListView<String> events = id(new ListView<>(model.events()), "device-test-events");
        events.setPlaceholder(new Label(texts.text("device.test.noEvents")));
        VBox.setVgrow(events, Priority.ALWAYS);
        Button print = id(new Button(texts.text("device.test.printPage")), "device-test-print", "primary");
        print.setOnAction(e -> model.printTestPage());
        print.disableProperty().bind(model.printingProperty());
        Label result = id(new Label(), "device-test-print-result", "feedback");
        result.textProperty().bind(model.printResultProperty());
        result.setWrapText(true);
        HBox printRow = new HBox(12, print, result);
        printRow.setAlignment(Pos.CENTER_LEFT);
        Button sound = id(new Button(texts.text("device.test.playSound")), "device-test-chime", "primary");
        sound.setOnAction(e -> model.testSound());
        sound.disableProperty().bind(model.soundingProperty());
        Label soundResult = id(new Label(), "device-test-chime-result", "feedback");
        soundResult.textProperty().bind(model.soundResultProperty());
        soundResult.setWrapText(true);
        HBox soundRow = new HBox(12, sound, soundResult);
        soundRow.setAlignment(Pos.CENTER_LEFT);
        // The two buttons share one width, so the rows read as one column of tests.
        print.setMinWidth(Region.USE_PREF_SIZE);
        sound.setMinWidth(Region.USE_PREF_SIZE);
        sound.minWidthProperty().bind(print.widthProperty());
        VBox pane = id(new VBox(12, states, printRow, soundRow, hint, events), "device-test", "panel");
        pane.setPadding(new Insets(12));
        WhileShowing.bind(pane, model);
        return pane;
    }
}
