package id.loket.device.sound.driver;

import id.loket.config.DeviceChoice;
import id.loket.device.api.BaseProvider;
import id.loket.device.api.DeviceContext;
import id.loket.device.api.DeviceDriver;
import id.loket.device.api.DeviceRole;
import id.loket.device.api.DriverParameter;
import id.loket.device.api.DriverParameters;
import id.loket.device.sound.EspeakSynth;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** {@code os-sound} and {@code none} for {@code device.sound}; {@code simulated} is with the other simulators. */
public final class SoundProviders {

    private SoundProviders() {
    }

    /** {@code device.sound=os-sound}: the PC's own sound output, espeak-ng for speech (the default). */
    public static final class Os extends BaseProvider {

        public static final String ID = "os-sound";

        public Os() {
            super(ID, DeviceRole.SOUND, "the PC's own sound output (Java Sound), speech by espeak-ng when installed");
        }

        @Override
        public List<DriverParameter> parameters() {
            return List.of(
                    DriverParameter.of("speech-program", EspeakSynth.PROGRAM,
                            "the speech program: a name on the PATH or a full path to espeak-ng"),
                    DriverParameter.of("speech-timeout-ms", "10000",
                            "how long one sentence may take before the program is stopped, 1000 to 60000"));
        }

        @Override
        public DeviceDriver create(DeviceChoice choice, DeviceContext context) {
            DriverParameters p = new DriverParameters(DeviceRole.SOUND, choice);
            String program = p.string("speech-program", EspeakSynth.PROGRAM);
            if (program.chars().anyMatch(Character::isISOControl)) {
                throw p.bad("speech-program", program, "a program name or path on one line", null);
            }
            int timeout = p.integer("speech-timeout-ms", 10_000, 1_000, 60_000);
            return new OsSound(ID, program, Duration.ofMillis(timeout));
        }

        /** This PC's sound outputs, and where the speech program is. */
        @Override
        public List<String> detect(DeviceContext context) {
            List<String> found = new ArrayList<>();
            OsSound.outputs().forEach(name -> found.add("sound output: " + name));
            OsSound.findProgram(EspeakSynth.PROGRAM).ifPresent(path -> found.add("speech: " + path));
            return found;
        }
    }

    /** {@code device.sound=none}: no speakers on this PC; chime and speech are off. */
    public static final class None extends BaseProvider {

        public static final String ID = "none";

        public None() {
            super(ID, DeviceRole.SOUND, "no sound: for a PC without speakers; chime and speech are off");
        }

        @Override
        public List<DriverParameter> parameters() {
            return List.of();
        }

        @Override
        public DeviceDriver create(DeviceChoice choice, DeviceContext context) {
            return new NoSound(ID);
        }
    }
}
