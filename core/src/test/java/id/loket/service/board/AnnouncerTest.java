package id.loket.service.board;

import static org.assertj.core.api.Assertions.assertThat;

import id.loket.device.sound.SimulatedAudioOut;
import id.loket.device.sound.SimulatedSpeech;
import id.loket.domain.board.BoardCall;
import id.loket.domain.text.Message;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AnnouncerTest {

    private static final Locale INDONESIAN = Locale.forLanguageTag("id");
    private final SimulatedAudioOut speaker = new SimulatedAudioOut(15);
    private final SimulatedSpeech speech = new SimulatedSpeech(Duration.ofMillis(300));
    private final Announcer announcer = new Announcer(speaker, speech, INDONESIAN);
    private final List<String> statuses = new CopyOnWriteArrayList<>();

    AnnouncerTest() {
        announcer.onStatus(message -> statuses.add(message.key()));
    }

    @AfterEach
    void close() {
        announcer.close();
    }

    private static BoardCall call(int number, int counter) {
        return new BoardCall(number, 'A', number, counter, LocalDateTime.of(2026, 6, 4, 9, 0), 1);
    }

    @Test
    void eachCallIsAChimeThenTheSentenceTwice() throws Exception {
        announcer.announce(call(23, 2));
        announcer.awaitQueued(5_000);

        assertThat(speech.spoken()).containsExactly("Nomor antrian A dua puluh tiga, silakan ke loket dua");
        List<byte[]> played = speaker.played();
        assertThat(played).hasSize(3);
        assertThat(played.get(0)).isNotEqualTo(played.get(1));
        assertThat(played.get(1)).isEqualTo(played.get(2));
        assertThat(statuses).containsExactly("board.sound.ok");
    }

    @Test
    void callsFromManyThreadsAreSaidOneAfterAnotherNeverAtOnce() throws Exception {
        CountDownLatch go = new CountDownLatch(1);
        List<Thread> callers = IntStream.rangeClosed(1, 6).mapToObj(n -> new Thread(() -> {
            try {
                go.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            announcer.announce(call(n, n));
        })).toList();
        callers.forEach(Thread::start);
        go.countDown();
        for (Thread caller : callers) {
            caller.join();
        }
        announcer.awaitQueued(10_000);

        assertThat(speaker.mostAtOnce()).isEqualTo(1);
        assertThat(speaker.played()).hasSize(18);
        assertThat(speech.spoken()).hasSize(6).doesNotHaveDuplicates();
    }

    @Test
    void queuedCallsKeepTheirOrder() throws Exception {
        for (int n = 1; n <= 4; n++) {
            announcer.announce(call(n, 1));
        }
        announcer.awaitQueued(10_000);
        assertThat(speech.spoken()).extracting(text -> text.split(",")[0]).containsExactly(
                "Nomor antrian A satu", "Nomor antrian A dua", "Nomor antrian A tiga", "Nomor antrian A empat");
    }

    @Test
    void speechProblemsLeaveTheChimeAndSayWhy() throws Exception {
        speech.inject(SimulatedSpeech.Fault.MISSING);
        announcer.announce(call(1, 1));
        announcer.awaitQueued(5_000);
        speech.inject(SimulatedSpeech.Fault.HANGS);
        announcer.announce(call(2, 1));
        announcer.awaitQueued(5_000);
        speech.inject(SimulatedSpeech.Fault.FAILS);
        announcer.announce(call(3, 1));
        announcer.awaitQueued(5_000);
        speech.inject(SimulatedSpeech.Fault.NONE);
        announcer.announce(call(4, 1));
        announcer.awaitQueued(5_000);

        assertThat(statuses).containsExactly("board.sound.speechMissing", "board.sound.speechTimeout",
                "board.sound.speechFailed", "board.sound.ok");
        // Three chimes alone, then chime and the sentence twice.
        assertThat(speaker.played()).hasSize(3 + 3);
        assertThat(speech.spoken()).hasSize(1);
    }

    @Test
    void noSoundDeviceIsReportedAndTheNextCallStillComes() throws Exception {
        speaker.unplug(true);
        announcer.announce(call(1, 1));
        announcer.awaitQueued(5_000);
        speaker.unplug(false);
        announcer.announce(call(2, 1));
        announcer.awaitQueued(5_000);

        assertThat(statuses).containsExactly("board.sound.noDevice", "board.sound.ok");
        assertThat(speech.spoken()).containsExactly("Nomor antrian A dua, silakan ke loket satu");
    }

    @Test
    void everyProblemHasItsOwnWords() {
        assertThat(java.util.Arrays.stream(id.loket.device.sound.SoundProblem.Code.values())
                .map(code -> Announcer.describe(new id.loket.device.sound.SoundProblem(code, "test", null)))
                .map(Message::key).distinct()).hasSize(id.loket.device.sound.SoundProblem.Code.values().length);
    }

    @Test
    void withSoundTurnedOffNothingIsSpokenAndTheStatusLineSaysSoundIsOff() throws Exception {
        List<String> asked = new CopyOnWriteArrayList<>();
        try (Announcer off = new Announcer(wav -> {
            throw new id.loket.device.sound.SoundProblem(id.loket.device.sound.SoundProblem.Code.SOUND_OFF, "none", null);
        }, (text, locale) -> {
            asked.add(text);
            return id.loket.device.sound.Wav.chime();
        }, INDONESIAN)) {
            List<String> said = new CopyOnWriteArrayList<>();
            off.onStatus(message -> said.add(message.key()));
            off.announce(call(7, 1));
            off.awaitQueued(5_000);

            assertThat(asked).isEmpty();
            assertThat(said).containsExactly("board.sound.off");
        }
    }
}
