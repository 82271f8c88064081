package id.loket.device.sim;

import id.loket.device.api.DeviceInfo;
import id.loket.device.api.DeviceProblem;
import id.loket.device.api.DeviceRole;
import id.loket.device.sound.AudioOut;
import id.loket.device.sound.SimulatedAudioOut;
import id.loket.device.sound.SimulatedSpeech;
import id.loket.device.sound.SoundProblem;
import id.loket.device.support.SoundDriver;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Sound without a loudspeaker: each sound "plays" for a moment and is kept, each sentence is kept, and
 * the faults of the real thing can be played: no sound output, espeak-ng missing, hanging or failing,
 * and a speaker that stops after a number of sounds. Nothing is heard.
 */
public final class SimulatedSound extends SoundDriver {

    public static final List<String> EVENTS = List.of("no-audio", "speech-missing", "speech-hangs", "speech-fails",
            "fail-after", "ready");

    private final SimulatedAudioOut out;
    private final SimulatedSpeech speech;
    private final CountingSpeaker speaker;
    private final ScriptRunner runner;

    public SimulatedSound(String driverId, SimScript script, long playMillis, Duration speechTimeout)
            throws SimScriptException {
        this(driverId, script, new CountingSpeaker(new SimulatedAudioOut(playMillis)), new SimulatedSpeech(speechTimeout));
    }

    private SimulatedSound(String driverId, SimScript script, CountingSpeaker speaker, SimulatedSpeech speech)
            throws SimScriptException {
        super(driverId, info(driverId, script), speaker, speech);
        this.speaker = speaker;
        this.out = speaker.out;
        this.speech = speech;
        ScriptRunner.checkRepeat(script);
        List<ScriptRunner.Timed> steps = new ArrayList<>();
        for (SimScript.Step step : script.steps()) {
            steps.add(new ScriptRunner.Timed(step.line(), step.waitMillis(), compile(step, script.source())));
        }
        this.runner = new ScriptRunner("sound " + driverId, steps, script.repeat());
    }

    private static DeviceInfo info(String driverId, SimScript script) {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("script", script.source());
        return new DeviceInfo(driverId, DeviceRole.SOUND, "simulated sound: nothing is heard", details);
    }

    private Runnable compile(SimScript.Step step, String source) throws SimScriptException {
        String args = step.arguments().strip();
        if (step.event().equals("fail-after")) {
            try {
                int plays = Integer.parseInt(args);
                if (plays < 0) {
                    throw new NumberFormatException(args);
                }
                return () -> failAfter(plays);
            } catch (NumberFormatException e) {
                throw new SimScriptException(source, step.line(), "fail-after takes how many sounds still play, "
                        + "a whole number from 0, e.g. 'fail-after 3'");
            }
        }
        if (!args.isEmpty()) {
            throw new SimScriptException(source, step.line(), step.event() + " takes no arguments");
        }
        return switch (step.event()) {
            case "no-audio" -> this::noAudio;
            case "speech-missing" -> () -> speechFault(SimulatedSpeech.Fault.MISSING);
            case "speech-hangs" -> () -> speechFault(SimulatedSpeech.Fault.HANGS);
            case "speech-fails" -> () -> speechFault(SimulatedSpeech.Fault.FAILS);
            case "ready" -> this::ready;
            default -> throw new SimScriptException(source, step.line(), "unknown sound event '" + step.event()
                    + "'; known: " + String.join(", ", EVENTS));
        };
    }

    @Override
    protected void onStart() {
        publish();
        runner.start();
    }

    @Override
    protected void onStop() {
        runner.stop();
    }

    /** The sound output goes away (a headless PC, a sound card that died): every sound fails until {@link #ready()}. */
    public void noAudio() {
        speaker.unplug();
        outputFails(DeviceProblem.NO_AUDIO_DEVICE, "simulated: no sound output");
    }

    /**
     * The next sentences run into {@code fault}. A missing program shows at once, as the real driver
     * finds it at start; a hanging or failing one shows when it is next asked to speak.
     */
    public void speechFault(SimulatedSpeech.Fault fault) {
        speech.inject(fault);
        if (fault == SimulatedSpeech.Fault.MISSING) {
            voiceFails(DeviceProblem.SPEECH_ENGINE_MISSING, "simulated: espeak-ng not installed");
        }
    }

    /** The speaker plays {@code plays} more sounds, then stops as if unplugged. */
    public void failAfter(int plays) {
        speaker.failAfter(plays);
    }

    /** Everything works again. */
    public void ready() {
        speaker.plugIn();
        speech.inject(SimulatedSpeech.Fault.NONE);
        found(Optional.empty(), Optional.empty(), "");
    }

    /** The sounds played so far, oldest first. */
    public List<byte[]> played() {
        return out.played();
    }

    /** The sentences spoken so far, in order. */
    public List<String> spoken() {
        return speech.spoken();
    }

    /** The most sounds that ever played at the same time; more than one means two talked over each other. */
    public int mostAtOnce() {
        return out.mostAtOnce();
    }

    /** The simulated speaker, with a count of the sounds it still plays before it fails. */
    private static final class CountingSpeaker implements AudioOut {

        private final SimulatedAudioOut out;
        /** Sounds still played before the speaker goes; below 0 for no limit. */
        private final AtomicInteger left = new AtomicInteger(-1);

        CountingSpeaker(SimulatedAudioOut out) {
            this.out = out;
        }

        void failAfter(int plays) {
            left.set(plays);
            out.unplug(plays == 0);
        }

        void unplug() {
            left.set(-1);
            out.unplug(true);
        }

        void plugIn() {
            left.set(-1);
            out.unplug(false);
        }

        @Override
        public void play(byte[] wav) throws SoundProblem {
            if (left.getAndUpdate(n -> n > 0 ? n - 1 : n) == 0) {
                out.unplug(true);
            }
            out.play(wav);
        }
    }
}
