package id.loket.service.board;

import id.loket.device.sound.AudioOut;
import id.loket.device.sound.SoundProblem;
import id.loket.device.sound.SpeechSynth;
import id.loket.device.sound.Wav;
import id.loket.domain.board.BoardCall;
import id.loket.domain.board.CallPhrase;
import id.loket.domain.text.Message;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Says each call out loud: the chime, then the sentence twice (for whoever missed the first). Calls
 * wait their turn in one queue with one worker, so two announcements never talk over each other.
 * A missing sound card or speech engine never stops the board: the chime or the speech is left
 * out, and the status line says why.
 */
public final class Announcer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Announcer.class);
    /** The sentence is said this many times. */
    static final int REPEATS = 2;

    private final AudioOut speaker;
    private final SpeechSynth speech;
    private final Locale locale;
    private volatile Consumer<Message> status;
    private final byte[] chime = Wav.chime();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(work -> {
        Thread thread = new Thread(work, "loket-announcer");
        thread.setDaemon(true);
        return thread;
    });

    public Announcer(AudioOut speaker, SpeechSynth speech, Locale locale) {
        this.speaker = speaker;
        this.speech = speech;
        this.locale = locale;
        this.status = message -> { };
    }

    /** Who is told after every announcement whether sound works, in words for the status line. */
    public void onStatus(Consumer<Message> listener) {
        this.status = listener;
    }

    /** Queues the call's announcement and returns at once. */
    public void announce(BoardCall call) {
        worker.execute(() -> say(call));
    }

    /** Waits until every announcement queued so far has been made (for tests and an orderly close). */
    public void awaitQueued(long millis) throws InterruptedException, TimeoutException {
        try {
            worker.submit(() -> { }).get(millis, TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException("The announcer's worker failed", e);
        }
    }

    private void say(BoardCall call) {
        SoundProblem problem = null;
        try {
            speaker.play(chime);
        } catch (SoundProblem e) {
            problem = e;
        }
        if (problem == null || !silent(problem)) {
            try {
                byte[] sentence = speech.speak(CallPhrase.of(locale, call.letter(), call.number(), call.counter()), locale);
                for (int i = 0; i < REPEATS; i++) {
                    speaker.play(sentence);
                }
            } catch (SoundProblem e) {
                problem = problem == null ? e : problem;
            }
        }
        if (problem != null && problem.code() == SoundProblem.Code.SOUND_OFF) {
            LOG.debug("Announcement of {} to counter {} not sounded: sound is off", call.displayNumber(), call.counter());
        } else if (problem != null) {
            LOG.warn("Announcement of {} to counter {} incomplete: {}", call.displayNumber(), call.counter(),
                    problem.getMessage(), problem.getCause());
        }
        status.accept(describe(problem));
    }

    /** Nothing can be heard at all (no output, or sound turned off), so there is no point in speaking. */
    private static boolean silent(SoundProblem problem) {
        return problem.code() == SoundProblem.Code.NO_AUDIO_DEVICE || problem.code() == SoundProblem.Code.SOUND_OFF;
    }

    /** The status line's words for the sound. */
    static Message describe(SoundProblem problem) {
        if (problem == null) {
            return Message.of("board.sound.ok");
        }
        return switch (problem.code()) {
            case NO_AUDIO_DEVICE -> Message.of("board.sound.noDevice");
            case AUDIO_INVALID -> Message.of("board.sound.invalid");
            case SPEECH_ENGINE_MISSING -> Message.of("board.sound.speechMissing");
            case SPEECH_TIMEOUT -> Message.of("board.sound.speechTimeout");
            case SPEECH_FAILED -> Message.of("board.sound.speechFailed");
            case SOUND_OFF -> Message.of("board.sound.off");
        };
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
