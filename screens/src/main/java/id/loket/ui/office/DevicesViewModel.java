package id.loket.ui.office;

import id.loket.domain.text.Texts;
import id.loket.service.device.DeviceService;
import id.loket.service.device.PrintoutService;
import id.loket.ui.Activatable;
import id.loket.ui.Background;
import java.time.Clock;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The device test tab: each device's state, every card event and scan as it arrives (newest first),
 * a printer test page with the printer's answer, and a sound test (the chime and a short sentence).
 */
public final class DevicesViewModel implements Activatable {

    /** How many events the tab keeps on screen. */
    static final int KEPT = 100;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final Map<DeviceService.Slot, ReadOnlyStringWrapper> states = new EnumMap<>(DeviceService.Slot.class);
    private final Map<DeviceService.Slot, ReadOnlyObjectWrapper<DeviceService.Health>> health = new EnumMap<>(DeviceService.Slot.class);
    private final ObservableList<String> events = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper printResult = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper printing = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper soundResult = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper sounding = new ReadOnlyBooleanWrapper(false);
    private final DeviceService devices;
    private final Background background;
    private final Texts texts;
    private final Clock clock;
    private final List<DeviceService.Watch> watches = new ArrayList<>();

    public DevicesViewModel(DeviceService devices, Background background, Texts texts, Clock clock) {
        this.devices = devices;
        this.background = background;
        this.texts = texts;
        this.clock = clock;
        for (DeviceService.Slot slot : DeviceService.Slot.values()) {
            states.put(slot, new ReadOnlyStringWrapper(""));
            health.put(slot, new ReadOnlyObjectWrapper<>(DeviceService.Health.CONNECTING));
        }
    }

    /** Starts listening; the drivers' events reach the screen only through the UI executor. */
    @Override
    public void attach() {
        if (!watches.isEmpty()) {
            return;
        }
        var ui = background.ui();
        watches.add(devices.watchStates(state -> ui.execute(() -> show(state))));
        watches.add(devices.watchCards(reading -> ui.execute(() -> card(reading))));
        watches.add(devices.watchScans(code -> ui.execute(() -> event(texts.text("device.test.scan", code))),
                problem -> ui.execute(() -> event(texts.text("device.test.scanError", texts.text(problem))))));
        devices.states().forEach(this::show);
    }

    @Override
    public void close() {
        watches.forEach(DeviceService.Watch::close);
        watches.clear();
    }

    public void printTestPage() {
        if (printing.get()) {
            return;
        }
        printing.set(true);
        printResult.set(texts.text("device.test.printing"));
        background.run(devices::printTestPage, outcome -> {
            printing.set(false);
            printResult.set(outcome.printed()
                    ? texts.text("device.test.printed")
                    : texts.text("device.test.printFailed", outcome.problem().map(texts::text).orElse("")));
            event(printResult.get());
        }, failure -> {
            printing.set(false);
            printResult.set(texts.text(failure));
        });
    }

    /** Plays the chime and says the test sentence on this PC's sound; a second press while it sounds does nothing. */
    public void testSound() {
        if (sounding.get()) {
            return;
        }
        sounding.set(true);
        soundResult.set(texts.text("device.test.sounding"));
        background.run(() -> devices.testSound(texts), outcome -> {
            sounding.set(false);
            soundResult.set(outcome.sounded()
                    ? texts.text("device.test.sounded")
                    : texts.text("device.test.soundFailed", outcome.problem().map(texts::text).orElse("")));
            event(soundResult.get());
        }, failure -> {
            sounding.set(false);
            soundResult.set(texts.text(failure));
        });
    }

    private void show(DeviceService.State state) {
        health.get(state.slot()).set(state.health());
        String text = texts.text("device.bar.entry", texts.text(state.slot().label()), texts.text(state.state()));
        states.get(state.slot()).set(state.problem()
                .map(problem -> texts.text("device.status.withProblem", text, texts.text(problem)))
                .orElse(text));
    }

    private void card(DeviceService.CardReading reading) {
        if (reading instanceof DeviceService.CardReading.Identity identity) {
            event(texts.text("device.test.cardRead", DeviceService.maskNik(identity.nik()), identity.name()));
        } else if (reading instanceof DeviceService.CardReading.Failed failed) {
            event(texts.text("device.test.cardFailed", texts.text(failed.problem())));
        } else if (reading instanceof DeviceService.CardReading.Present) {
            event(texts.text("device.test.cardPresent"));
        } else {
            event(texts.text("device.test.cardRemoved"));
        }
    }

    private void event(String text) {
        events.add(0, LocalTime.now(clock).format(TIME) + "  " + text);
        if (events.size() > KEPT) {
            events.remove(KEPT, events.size());
        }
    }

    public ReadOnlyStringProperty stateProperty(DeviceService.Slot slot) { return states.get(slot).getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<DeviceService.Health> healthProperty(DeviceService.Slot slot) {
        return health.get(slot).getReadOnlyProperty();
    }
    public ObservableList<String> events() { return events; }
    public ReadOnlyStringProperty printResultProperty() { return printResult.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty printingProperty() { return printing.getReadOnlyProperty(); }
    public ReadOnlyStringProperty soundResultProperty() { return soundResult.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty soundingProperty() { return sounding.getReadOnlyProperty(); }
}
