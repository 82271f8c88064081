package id.loket.device.sim;

import id.loket.device.api.CodeScanner;
import id.loket.device.api.DeviceInfo;
import id.loket.device.api.DeviceProblem;
import id.loket.device.api.DeviceRole;
import id.loket.device.api.DeviceStatus;
import id.loket.device.api.ScanError;
import id.loket.device.api.ScanEvent;
import id.loket.device.api.ScanSource;
import id.loket.device.api.Subscription;
import id.loket.device.support.DriverBase;
import id.loket.device.support.Listeners;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A scanner without hardware, driven by a script or by its methods, with garbage frames, over-long
 * codes, a code whose end never comes, and unplugging.
 */
public final class SimulatedScanner extends DriverBase implements CodeScanner {

    public static final List<String> EVENTS = List.of("scan", "garbage", "too-long", "scan-timeout", "disconnect", "ready");

    private final Clock clock;
    private final Listeners<ScanEvent> scans;
    private final Listeners<ScanError> errors;
    private final ScriptRunner runner;

    public SimulatedScanner(String driverId, SimScript script, Clock clock) throws SimScriptException {
        super(driverId, new DeviceInfo(driverId, DeviceRole.SCANNER, "simulated scanner"
                + (script.steps().isEmpty() ? "" : ", script " + script.source()),
                Map.of("script", script.source())));
        this.clock = clock;
        this.scans = new Listeners<>("scanner " + driverId + ": scan");
        this.errors = new Listeners<>("scanner " + driverId + ": scan error");
        ScriptRunner.checkRepeat(script);
        List<ScriptRunner.Timed> steps = new ArrayList<>();
        for (SimScript.Step step : script.steps()) {
            steps.add(new ScriptRunner.Timed(step.line(), step.waitMillis(), compile(step, script.source())));
        }
        this.runner = new ScriptRunner("scanner " + driverId, steps, script.repeat());
    }

    private Runnable compile(SimScript.Step step, String source) throws SimScriptException {
        String args = step.arguments();
        switch (step.event()) {
            case "scan" -> {
                String payload = SimScript.unescape(args, source, step.line());
                if (payload.isEmpty()) {
                    throw new SimScriptException(source, step.line(), "scan needs the code after one space");
                }
                return () -> scan(payload);
            }
            case "garbage" -> {
                byte[] bytes;
                try {
                    bytes = args.isBlank() ? new byte[] {(byte) 0xFF, (byte) 0xFE, 0x00, 0x1B}
                            : HexFormat.of().parseHex(args.replace(" ", ""));
                } catch (IllegalArgumentException e) {
                    throw new SimScriptException(source, step.line(), "garbage takes hex bytes, e.g. 'garbage FF 00 1B'");
                }
                return () -> garbage(bytes);
            }
            case "too-long" -> {
                int length;
                try {
                    length = args.isBlank() ? 5000 : Integer.parseInt(args.strip());
                } catch (NumberFormatException e) {
                    throw new SimScriptException(source, step.line(), "too-long takes a length, e.g. 'too-long 5000'");
                }
                return () -> tooLong(length);
            }
            default -> {
                if (!args.isBlank()) {
                    throw new SimScriptException(source, step.line(), step.event() + " takes no arguments");
                }
                return switch (step.event()) {
                    case "scan-timeout" -> this::scanTimeout;
                    case "disconnect" -> this::disconnect;
                    case "ready" -> this::ready;
                    default -> throw new SimScriptException(source, step.line(), "unknown scanner event '"
                            + step.event() + "'; known: " + String.join(", ", EVENTS));
                };
            }
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
    public Subscription onScan(Consumer<ScanEvent> listener) {
        return scans.add(listener);
    }

    @Override
    public Subscription onScanError(Consumer<ScanError> listener) {
        return errors.add(listener);
    }

    /** A code is scanned, exactly as given. */
    public void scan(String payload) {
        if (connected()) {
            scans.fire(new ScanEvent(payload, ScanSource.SIMULATED, clock.instant()));
        }
    }

    /** Bytes that are not a code arrive. */
    public void garbage(byte[] bytes) {
        error(DeviceProblem.GARBAGE_FRAME, "simulated garbage frame of " + bytes.length + " bytes; starts "
                + HexFormat.ofDelimiter(" ").formatHex(bytes, 0, Math.min(bytes.length, 16)));
    }

    public void tooLong(int length) {
        error(DeviceProblem.FRAME_TOO_LONG, "simulated frame of " + length + " bytes");
    }

    public void scanTimeout() {
        error(DeviceProblem.TIMEOUT, "simulated code whose end mark never came");
    }

    public void disconnect() {
        if (started()) {
            status.set(DeviceStatus.disconnected(DeviceProblem.PORT_GONE, "simulated: scanner unplugged"));
        }
    }

    public void ready() {
        if (started()) {
            status.set(DeviceStatus.ready());
        }
    }

    private void error(DeviceProblem problem, String detail) {
        if (connected()) {
            errors.fire(new ScanError(problem, detail, ScanSource.SIMULATED, clock.instant()));
        }
    }

    private boolean connected() {
        return started() && status.get().state() != DeviceStatus.State.DISCONNECTED;
    }
}
