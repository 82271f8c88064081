package id.loket.device.sound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The espeak-ng driver: against programs that stand in for its faults, and against the real
 * espeak-ng (skipped when it is not installed, unless LOKET_REQUIRE_DEVICE_PEERS=1 demands it).
 */
class EspeakSynthTest {

    private static final Locale INDONESIAN = Locale.forLanguageTag("id");

    @Test
    void aMissingProgramIsSaidToBeMissing() {
        EspeakSynth missing = new EspeakSynth(List.of("/nonexistent/espeak-ng"), Duration.ofSeconds(5));
        assertThatThrownBy(() -> missing.speak("satu", INDONESIAN)).isInstanceOfSatisfying(SoundProblem.class,
                e -> assertThat(e.code()).isEqualTo(SoundProblem.Code.SPEECH_ENGINE_MISSING));
    }

    @Test
    void aHangingProgramIsStoppedAfterTheTimeout() {
        EspeakSynth hanging = new EspeakSynth(List.of("sh", "-c", "sleep 30"), Duration.ofMillis(300));
        assertThatThrownBy(() -> hanging.speak("satu", INDONESIAN)).isInstanceOfSatisfying(SoundProblem.class,
                e -> assertThat(e.code()).isEqualTo(SoundProblem.Code.SPEECH_TIMEOUT));
    }

    @Test
    void aFailingProgramOrOneWithoutSoundFails() {
        EspeakSynth failing = new EspeakSynth(List.of("sh", "-c", "echo no voice >&2; exit 1"), Duration.ofSeconds(5));
        assertThatThrownBy(() -> failing.speak("satu", INDONESIAN)).isInstanceOfSatisfying(SoundProblem.class,
                e -> assertThat(e.code()).isEqualTo(SoundProblem.Code.SPEECH_FAILED));
        EspeakSynth silent = new EspeakSynth(List.of("sh", "-c", "echo not a wav"), Duration.ofSeconds(5));
        assertThatThrownBy(() -> silent.speak("satu", INDONESIAN)).isInstanceOfSatisfying(SoundProblem.class,
                e -> assertThat(e.code()).isEqualTo(SoundProblem.Code.SPEECH_FAILED));
    }

    @Test
    void realEspeakNgSpeaksIndonesianAsAPlayableWav() throws Exception {
        requireEspeak();
        byte[] wav = EspeakSynth.onPath().speak("Nomor antrian A dua puluh tiga, silakan ke loket dua", INDONESIAN);

        assertThat(Wav.looksLikeWav(wav)).isTrue();
        try (AudioInputStream stream = AudioSystem.getAudioInputStream(new ByteArrayInputStream(wav))) {
            double seconds = stream.getFrameLength() / stream.getFormat().getFrameRate();
            // The lengths were put right: a sentence of a few seconds, not "as long as possible".
            assertThat(seconds).isBetween(1.0, 15.0);
            assertThat(stream.readAllBytes().length).isEqualTo((int) (stream.getFrameLength() * stream.getFormat().getFrameSize()));
        }
    }

    private static void requireEspeak() {
        boolean available = List.of(System.getenv().getOrDefault("PATH", "").split(":")).stream()
                .anyMatch(d -> !d.isEmpty() && Files.isExecutable(Path.of(d, EspeakSynth.PROGRAM)));
        if (!available) {
            if ("1".equals(System.getenv("LOKET_REQUIRE_DEVICE_PEERS"))) {
                throw new AssertionError("espeak-ng is missing, and LOKET_REQUIRE_DEVICE_PEERS=1 requires it (see .ci/run)");
            }
            Assumptions.abort("espeak-ng is not installed");
        }
    }
}
