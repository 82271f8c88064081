package id.loket.device.sim;

import id.loket.config.DeviceChoice;
import id.loket.device.api.BaseProvider;
import id.loket.device.api.DeviceContext;
import id.loket.device.api.DeviceDriver;
import id.loket.device.api.DeviceDriverProvider;
import id.loket.device.api.DeviceRole;
import id.loket.device.api.DriverParameter;
import id.loket.device.api.DriverParameters;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** {@code simulated} for each role. */
public final class SimulatorProviders {

    public static final String ID = "simulated";

    private SimulatorProviders() {
    }

    static DriverParameter scriptParameter() {
        return DriverParameter.of("script", "", "a script file of events to play (see docs/devices.md); empty for none");
    }

    /** Reads and parses {@code script}; a file that is missing or wrong is a configuration error naming the line. */
    static SimScript script(DriverParameters p) {
        Optional<Path> path = p.optionalPath("script");
        if (path.isEmpty()) {
            return SimScript.empty();
        }
        try {
            String text = Files.readString(path.get(), StandardCharsets.UTF_8);
            return SimScript.parse(text, path.get().toString());
        } catch (IOException e) {
            throw p.bad("script", path.get().toString(), "a readable UTF-8 script file (" + e + ")", e);
        } catch (SimScriptException e) {
            throw p.bad("script", path.get().toString(), "a valid script: " + e.getMessage(), e);
        }
    }

    static <T> T compiled(DriverParameters p, ScriptCompiler<T> compiler) {
        SimScript script = script(p);
        try {
            return compiler.compile(script);
        } catch (SimScriptException e) {
            throw p.bad("script", script.source(), "a valid script: " + e.getMessage(), e);
        }
    }

    @FunctionalInterface
    interface ScriptCompiler<T> {
        T compile(SimScript script) throws SimScriptException;
    }

    /** {@code device.card-reader=simulated}. */
    public static final class CardReader extends BaseProvider {

        public CardReader() {
            super(ID, DeviceRole.CARD_READER, "simulated KTP-el reader for training and demos, scriptable, with faults");
        }

        @Override
        public List<DriverParameter> parameters() {
            return List.of(scriptParameter());
        }

        @Override
        public DeviceDriver create(DeviceChoice choice, DeviceContext context) {
            DriverParameters p = new DriverParameters(DeviceRole.CARD_READER, choice);
            return compiled(p, script -> new SimulatedCardReader(ID, script, context.clock()));
        }
    }

    /** {@code device.scanner=simulated}. */
    public static final class Scanner extends BaseProvider {

        public Scanner() {
            super(ID, DeviceRole.SCANNER, "simulated QR/barcode scanner for training and demos, scriptable, with faults");
        }

        @Override
        public List<DriverParameter> parameters() {
            return List.of(scriptParameter());
        }

        @Override
        public DeviceDriver create(DeviceChoice choice, DeviceContext context) {
            DriverParameters p = new DriverParameters(DeviceRole.SCANNER, choice);
            return compiled(p, script -> new SimulatedScanner(ID, script, context.clock()));
        }
    }

    /** {@code device.printer=simulated}. */
    public static final class Printer extends BaseProvider {

        public Printer() {
            super(ID, DeviceRole.PRINTER, "simulated printer for training, demos and tests, scriptable, with paper-out and other faults");
        }

        @Override
        public List<DriverParameter> parameters() {
            return List.of(scriptParameter(),
                    DriverParameter.of("folder", "", "also save each PDF in this folder; empty to keep jobs in memory only"));
        }

        @Override
        public DeviceDriver create(DeviceChoice choice, DeviceContext context) {
            DriverParameters p = new DriverParameters(DeviceRole.PRINTER, choice);
            Optional<Path> folder = p.optionalPath("folder");
            return compiled(p, script -> new SimulatedPrinter(ID, script, folder));
        }
    }

    /** {@code device.sound=simulated}. */
    public static final class Sound extends BaseProvider {

        public Sound() {
            super(ID, DeviceRole.SOUND, "simulated sound for training, demos and tests: nothing is heard, "
                    + "scriptable, with no-sound and speech faults");
        }

        @Override
        public List<DriverParameter> parameters() {
            return List.of(scriptParameter(),
                    DriverParameter.of("play-ms", "100", "how long each sound \"plays\", 0 to 10000"),
                    DriverParameter.of("speech-timeout-ms", "10000",
                            "how long a hanging speech program is waited for, 100 to 60000"));
        }

        @Override
        public DeviceDriver create(DeviceChoice choice, DeviceContext context) {
            DriverParameters p = new DriverParameters(DeviceRole.SOUND, choice);
            int playMillis = p.integer("play-ms", 100, 0, 10_000);
            Duration timeout = Duration.ofMillis(p.integer("speech-timeout-ms", 10_000, 100, 60_000));
            return compiled(p, script -> new SimulatedSound(ID, script, playMillis, timeout));
        }
    }
}
