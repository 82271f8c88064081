package id.loket.service.device;

import id.loket.device.sound.AudioOut;
import id.loket.device.sound.SoundProblem;
import id.loket.device.sound.SpeechSynth;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ticket screen's spoken prompts ({@code ui.spoken-prompts}), for residents who cannot read
 * well: the page's question and choices said aloud through the same speech engine as the board
 * (espeak-ng). One worker, so prompts never talk over each other; a prompt asked for while an
 * older one still waits replaces it, so the voice follows the resident and never lags behind. A
 * missing speech engine or sound device is logged, never a stop: the screen works without it.
 */
public final class ResidentVoice implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ResidentVoice.class);

    private final AudioOut speaker;
    private final SpeechSynth speech;
    private final Locale locale;
    private final boolean enabled;
    /** The newest prompt asked for; an older one still waiting is skipped. */
    private final AtomicLong newest = new AtomicLong();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(work -> {
        Thread thread = new Thread(work, "loket-resident-voice");
        thread.setDaemon(true);
        return thread;
    });

    public ResidentVoice(AudioOut speaker, SpeechSynth speech, Locale locale, boolean enabled) {
        this.speaker = speaker;
        this.speech = speech;
        this.locale = locale;
        this.enabled = enabled;
    }

    /** Whether the office turned spoken prompts on for this PC. */
    public boolean enabled() {
        return enabled;
    }

    /** Says {@code text} once the prompt before it is finished, unless a newer one is asked for first. */
    public void say(String text) {
        if (!enabled || text.isBlank()) {
            return;
        }
        long mine = newest.incrementAndGet();
        worker.execute(() -> {
            if (newest.get() != mine) {
                return;
            }
            try {
                byte[] sound = speech.speak(text, locale);
                if (newest.get() == mine) {
                    speaker.play(sound);
                }
            } catch (SoundProblem e) {
                if (e.code() == SoundProblem.Code.SOUND_OFF) {
                    LOG.debug("Spoken prompt not said: sound is off on this PC");
                } else {
                    LOG.warn("Spoken prompt not said ({}): {}", e.code(), e.getMessage(), e.getCause());
                }
            }
        });
    }

    /** Forgets the prompts not yet said (the resident left, the screen starts again). */
    public void hush() {
        newest.incrementAndGet();
    }

    /** Waits until every prompt asked for so far has been said or skipped (for tests and an orderly close). */
    public void awaitQueued(long millis) throws InterruptedException, TimeoutException {
        try {
            worker.submit(() -> { }).get(millis, TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException("The resident voice's worker failed", e);
        }
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
