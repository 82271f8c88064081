package id.loket.device.sim;

import id.loket.device.api.CardEvent;
import id.loket.device.api.DeviceInfo;
import id.loket.device.api.DeviceProblem;
import id.loket.device.api.DeviceRole;
import id.loket.device.api.DeviceStatus;
import id.loket.device.api.IdentityCardReader;
import id.loket.device.api.IdentityField;
import id.loket.device.api.IdentityRecord;
import id.loket.device.api.IdentitySource;
import id.loket.device.api.Subscription;
import id.loket.device.support.DriverBase;
import id.loket.device.support.Listeners;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A card reader without hardware, for training, demos and UI tests: driven by a script or by its
 * methods, with the faults of real readers (a card pulled mid-read, a missing SAM, a time-out, an
 * unreadable card, an unplugged reader). Events come on the script's thread, or on the caller's thread
 * when a method is called.
 */
public final class SimulatedCardReader extends DriverBase implements IdentityCardReader {

    /** The events a script may use. */
    public static final List<String> EVENTS = List.of("card-present", "card-removed", "card-read", "card",
            "card-pulled", "read-timeout", "unreadable", "sam-missing", "no-reader", "disconnect", "ready");

    private final Clock clock;
    private final Listeners<CardEvent> cardEvents;
    private final ScriptRunner runner;

    public SimulatedCardReader(String driverId, SimScript script, Clock clock) throws SimScriptException {
        super(driverId, new DeviceInfo(driverId, DeviceRole.CARD_READER, "simulated card reader"
                + (script.steps().isEmpty() ? "" : ", script " + script.source()), Map.of("script", script.source())));
        this.clock = clock;
        this.cardEvents = new Listeners<>("card-reader " + driverId + ": card");
        ScriptRunner.checkRepeat(script);
        List<ScriptRunner.Timed> steps = new ArrayList<>();
        for (SimScript.Step step : script.steps()) {
            steps.add(new ScriptRunner.Timed(step.line(), step.waitMillis(), compile(step, script.source())));
        }
        this.runner = new ScriptRunner("card-reader " + driverId, steps, script.repeat());
    }

    private Runnable compile(SimScript.Step step, String source) throws SimScriptException {
        boolean takesArguments = step.event().equals("card-read") || step.event().equals("card");
        if (!takesArguments && !step.arguments().isBlank()) {
            throw new SimScriptException(source, step.line(), step.event() + " takes no arguments");
        }
        return switch (step.event()) {
            case "card-present" -> this::present;
            case "card-removed" -> this::removed;
            case "card-read" -> {
                IdentityRecord record = record(step, source);
                yield () -> read(record);
            }
            case "card" -> {
                IdentityRecord record = record(step, source);
                yield () -> insert(record);
            }
            case "card-pulled" -> this::pullDuringRead;
            case "read-timeout" -> this::readTimeout;
            case "unreadable" -> this::unreadable;
            case "sam-missing" -> this::samMissing;
            case "no-reader" -> this::noReader;
            case "disconnect" -> this::disconnect;
            case "ready" -> this::ready;
            default -> throw new SimScriptException(source, step.line(), "unknown card-reader event '" + step.event()
                    + "'; known: " + String.join(", ", EVENTS));
        };
    }

    private static IdentityRecord record(SimScript.Step step, String source) throws SimScriptException {
        Map<String, String> pairs = SimScript.pairs(step.arguments(), source, step.line());
        IdentitySource identitySource = IdentitySource.VENDOR_BRIDGE;
        IdentityRecord.Builder builder = null;
        String sourceText = pairs.remove("source");
        if (sourceText != null) {
            try {
                identitySource = IdentitySource.valueOf(sourceText.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new SimScriptException(source, step.line(), "source=" + sourceText + " is not one of "
                        + Arrays.toString(IdentitySource.values()));
            }
        }
        builder = IdentityRecord.builder(identitySource);
        for (Map.Entry<String, String> pair : pairs.entrySet()) {
            IdentityField field = IdentityField.fromKey(pair.getKey()).orElseThrow(() -> new SimScriptException(source,
                    step.line(), "unknown field '" + pair.getKey() + "'; fields: " + Arrays.stream(IdentityField.values())
                    .map(IdentityField::key).toList() + " and source"));
            try {
                builder.set(field, pair.getValue());
            } catch (IllegalArgumentException e) {
                throw new SimScriptException(source, step.line(), e.getMessage());
            }
        }
        try {
            return builder.build();
        } catch (IllegalArgumentException e) {
            throw new SimScriptException(source, step.line(), "a card needs nik=... or cardUid=...");
        }
    }

    @Override
    protected void onStart() {
        status.set(DeviceStatus.ready());
        runner.start();
    }

    @Override
    protected void onStop() {
        runner.stop();
    }

    @Override
    public Subscription onCardEvent(Consumer<CardEvent> listener) {
        return cardEvents.add(listener);
    }

    /** A card is put on the reader. */
    public void present() {
        if (connected()) {
            cardEvents.fire(new CardEvent.CardPresent(clock.instant()));
        }
    }

    /** The card is taken away. */
    public void removed() {
        if (connected()) {
            cardEvents.fire(new CardEvent.CardRemoved(clock.instant()));
        }
    }

    /** The card on the reader is read; fails with SAM_MISSING while the SAM is missing. */
    public void read(IdentityRecord record) {
        if (!connected()) {
            return;
        }
        DeviceStatus now = status.get();
        if (now.state() == DeviceStatus.State.ERROR) {
            DeviceProblem problem = now.problem().orElse(DeviceProblem.CARD_UNREADABLE);
            cardEvents.fire(new CardEvent.CardReadFailed(problem, "simulated reader in error " + problem, clock.instant()));
            return;
        }
        status.set(DeviceStatus.of(DeviceStatus.State.BUSY));
        cardEvents.fire(new CardEvent.CardRead(record, clock.instant()));
        status.set(DeviceStatus.ready());
    }

    /** A card is put on the reader and read. */
    public void insert(IdentityRecord record) {
        present();
        read(record);
    }

    /** A card is put on the reader and taken away before the read ends. */
    public void pullDuringRead() {
        present();
        failRead(DeviceProblem.CARD_REMOVED_DURING_READ, "simulated: card pulled during the read");
        removed();
    }

    public void readTimeout() {
        failRead(DeviceProblem.TIMEOUT, "simulated: the chip did not answer in time");
    }

    public void unreadable() {
        failRead(DeviceProblem.CARD_UNREADABLE, "simulated: not a readable KTP-el");
    }

    /** The SAM is missing from now on: the reader is in error and reads fail until {@link #ready()}. */
    public void samMissing() {
        if (connected()) {
            status.set(DeviceStatus.error(DeviceProblem.SAM_MISSING, "simulated: SAM missing"));
        }
    }

    public void noReader() {
        if (started()) {
            status.set(DeviceStatus.error(DeviceProblem.NO_READER, "simulated: reader not found"));
        }
    }

    /** The reader is unplugged: nothing happens until {@link #ready()}. */
    public void disconnect() {
        if (started()) {
            status.set(DeviceStatus.disconnected(DeviceProblem.PORT_GONE, "simulated: reader unplugged"));
        }
    }

    /** Back to normal. */
    public void ready() {
        if (started()) {
            status.set(DeviceStatus.ready());
        }
    }

    private void failRead(DeviceProblem problem, String detail) {
        if (connected()) {
            cardEvents.fire(new CardEvent.CardReadFailed(problem, detail, clock.instant()));
        }
    }

    private boolean connected() {
        return started() && status.get().state() != DeviceStatus.State.DISCONNECTED;
    }
}
