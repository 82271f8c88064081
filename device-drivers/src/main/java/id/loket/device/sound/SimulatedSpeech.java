package id.loket.device.sound;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A speech engine for tests and PCs without espeak-ng, with the faults of the real one: not
 * installed, hanging (stopped after the timeout, like the real one), or failing. It "speaks" a
 * short tone per sentence and remembers the sentences.
 */
public final class SimulatedSpeech implements SpeechSynth {

    /** What the next sentences run into. */
    public enum Fault { NONE, MISSING, HANGS, FAILS }

    private final Duration timeout;
    private final List<String> spoken = new ArrayList<>();
    private volatile Fault fault = Fault.NONE;
    private volatile CountDownLatch hang = new CountDownLatch(1);

    public SimulatedSpeech(Duration timeout) {
        this.timeout = timeout;
    }

    public void inject(Fault next) {
        if (next == Fault.HANGS) {
            hang = new CountDownLatch(1);
        } else {
            hang.countDown();
        }
        this.fault = next;
    }

    @Override
    public byte[] speak(String text, Locale locale) throws SoundProblem {
        switch (fault) {
            case MISSING -> throw new SoundProblem(SoundProblem.Code.SPEECH_ENGINE_MISSING, "simulated: not installed", null);
            case FAILS -> throw new SoundProblem(SoundProblem.Code.SPEECH_FAILED, "simulated: exit status 1", null);
            case HANGS -> {
                try {
                    if (!hang.await(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                        throw new SoundProblem(SoundProblem.Code.SPEECH_TIMEOUT, "simulated: no answer", null);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new SoundProblem(SoundProblem.Code.SPEECH_TIMEOUT, "simulated: interrupted", e);
                }
            }
            case NONE -> { }
        }
        synchronized (spoken) {
            spoken.add(text);
        }
        return Wav.tones(new double[] {220}, 60);
    }

    /** The sentences spoken so far, in order. */
    public List<String> spoken() {
        synchronized (spoken) {
            return List.copyOf(spoken);
        }
    }
}
