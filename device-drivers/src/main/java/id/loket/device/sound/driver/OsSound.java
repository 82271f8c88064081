package id.loket.device.sound.driver;

import id.loket.device.api.DeviceInfo;
import id.loket.device.api.DeviceProblem;
import id.loket.device.api.DeviceRole;
import id.loket.device.api.DeviceStatus;
import id.loket.device.sound.EspeakSynth;
import id.loket.device.sound.JavaSoundOut;
import id.loket.device.support.DeviceThreads;
import id.loket.device.support.SoundDriver;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.Clip;
import javax.sound.sampled.Line;
import javax.sound.sampled.Mixer;

/**
 * The PC's own sound output (Java's audio system) and espeak-ng for speech. At start it looks, in the
 * background, whether the PC has a sound output and whether the speech program is there, so the devices
 * tab says so before the first call; after that the status follows every sound played.
 */
public final class OsSound extends SoundDriver {

    private final String program;
    private ExecutorService probe;

    OsSound(String driverId, String program, Duration speechTimeout) {
        super(driverId, info(driverId, program, speechTimeout), new JavaSoundOut(),
                new EspeakSynth(List.of(program), speechTimeout));
        this.program = program;
    }

    private static DeviceInfo info(String driverId, String program, Duration timeout) {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("speech-program", program);
        details.put("speech-timeout-ms", String.valueOf(timeout.toMillis()));
        return new DeviceInfo(driverId, DeviceRole.SOUND, "the PC's sound output, speech by " + program, details);
    }

    @Override
    protected void onStart() {
        status.set(DeviceStatus.of(DeviceStatus.State.CONNECTING));
        probe = Executors.newSingleThreadExecutor(DeviceThreads.named("sound probe"));
        probe.execute(() -> {
            boolean output = !outputs().isEmpty();
            boolean voice = findProgram(program).isPresent();
            found(output ? Optional.empty() : Optional.of(DeviceProblem.NO_AUDIO_DEVICE),
                    voice ? Optional.empty() : Optional.of(DeviceProblem.SPEECH_ENGINE_MISSING),
                    (output ? "" : "no mixer of this PC gives a sound output line; ")
                            + (voice ? "" : program + " is not installed or not on the PATH"));
        });
    }

    @Override
    protected void onStop() {
        ExecutorService owner = probe;
        probe = null;
        if (owner != null) {
            owner.shutdownNow();
        }
    }

    /** The names of this PC's sound outputs that can play a sound; empty on a PC without one. */
    static List<String> outputs() {
        List<String> names = new ArrayList<>();
        try {
            for (Mixer.Info info : AudioSystem.getMixerInfo()) {
                Mixer mixer = AudioSystem.getMixer(info);
                if (mixer.isLineSupported(new Line.Info(Clip.class))) {
                    names.add(info.getName());
                }
            }
        } catch (IllegalArgumentException | SecurityException e) {
            // No audio system at all, or not allowed to ask: no output to name.
            return List.of();
        }
        return names;
    }

    /**
     * Where {@code program} is: a path as given, or a name looked up on the PATH as the system would
     * (with {@code .exe} on Windows).
     */
    static Optional<Path> findProgram(String program) {
        try {
            if (program.contains("/") || program.contains(File.separator)) {
                Path given = Path.of(program);
                // A folder is "executable" to the file system too, but cannot be run.
                return Files.isRegularFile(given) && Files.isExecutable(given) ? Optional.of(given) : Optional.empty();
            }
            String path = Optional.ofNullable(System.getenv("PATH")).orElse("");
            for (String folder : path.split(File.pathSeparator)) {
                if (folder.isBlank()) {
                    continue;
                }
                for (String name : List.of(program, program + ".exe")) {
                    Path candidate = Path.of(folder, name);
                    if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                        return Optional.of(candidate);
                    }
                }
            }
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}
