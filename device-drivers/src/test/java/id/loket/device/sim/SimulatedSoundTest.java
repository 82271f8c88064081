package id.loket.device.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.loket.device.api.DeviceConfigurationException;
import id.loket.device.api.DeviceProblem;
import id.loket.device.api.DeviceRegistry;
import id.loket.device.api.DeviceStatus;
import id.loket.device.api.SoundDevice;
import id.loket.device.sound.SimulatedSpeech;
import id.loket.device.sound.SoundProblem;
import id.loket.device.sound.Wav;
import id.loket.device.testing.Await;
import id.loket.device.testing.Contexts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code device.sound=simulated}: a sound driver like the real one, with the real one's faults on demand. */
class SimulatedSoundTest {

    private static final Duration WAIT = Duration.ofSeconds(5);
    private static final Locale INDONESIAN = Locale.forLanguageTag("id");

    @TempDir
    Path dir;
    private final List<SoundDevice> made = new ArrayList<>();

    @AfterEach
    void stopAll() {
        made.forEach(SoundDevice::stop);
    }

    private SimulatedSound sound(String... parameters) {
        SoundDevice sound = DeviceRegistry.load().sound(Contexts.choice("simulated", parameters), Contexts.context(dir));
        made.add(sound);
        return (SimulatedSound) sound;
    }

    private Path script(String text) throws Exception {
        return Files.writeString(dir.resolve("sound-" + System.nanoTime() + ".txt"), text);
    }

    private static SoundProblem.Code codeOf(ThrowingCall call) {
        try {
            call.run();
        } catch (SoundProblem e) {
            return e.code();
        }
        throw new AssertionError("expected a sound problem");
    }

    @FunctionalInterface
    private interface ThrowingCall {
        void run() throws SoundProblem;
    }

    @Test
    void startedItIsReadyAndKeepsWhatItPlayedAndSaid() throws Exception {
        SimulatedSound sound = sound("play-ms", "0");
        sound.start();

        sound.play(Wav.chime());
        byte[] sentence = sound.speak("Nomor antrian A satu", INDONESIAN);
        sound.play(sentence);

        assertThat(sound.status()).isEqualTo(DeviceStatus.ready());
        assertThat(sound.played()).hasSize(2);
        assertThat(sound.spoken()).containsExactly("Nomor antrian A satu");
        assertThat(sound.mostAtOnce()).isEqualTo(1);
    }

    @Test
    void noAudioDisconnectsItAndEverySoundFailsUntilReady() throws Exception {
        SimulatedSound sound = sound("play-ms", "0");
        sound.start();

        sound.noAudio();

        assertThat(sound.status().state()).isEqualTo(DeviceStatus.State.DISCONNECTED);
        assertThat(sound.status().problem()).contains(DeviceProblem.NO_AUDIO_DEVICE);
        assertThat(codeOf(() -> sound.play(Wav.chime()))).isEqualTo(SoundProblem.Code.NO_AUDIO_DEVICE);
        sound.ready();
        sound.play(Wav.chime());
        assertThat(sound.status()).isEqualTo(DeviceStatus.ready());
    }

    @Test
    void failAfterLetsThatManySoundsPlayThenTheSpeakerIsGone() throws Exception {
        SimulatedSound sound = sound("play-ms", "0");
        sound.start();

        sound.failAfter(2);
        sound.play(Wav.chime());
        sound.play(Wav.chime());
        assertThat(sound.status().usable()).isTrue();

        assertThat(codeOf(() -> sound.play(Wav.chime()))).isEqualTo(SoundProblem.Code.NO_AUDIO_DEVICE);
        assertThat(codeOf(() -> sound.play(Wav.chime()))).isEqualTo(SoundProblem.Code.NO_AUDIO_DEVICE);
        assertThat(sound.played()).hasSize(2);
        assertThat(sound.status().problem()).contains(DeviceProblem.NO_AUDIO_DEVICE);
    }

    @Test
    void aMissingSpeechProgramShowsAtOnceAndLeavesTheChime() throws Exception {
        SimulatedSound sound = sound("play-ms", "0");
        sound.start();

        sound.speechFault(SimulatedSpeech.Fault.MISSING);

        assertThat(sound.status()).satisfies(status -> {
            assertThat(status.state()).isEqualTo(DeviceStatus.State.READY);
            assertThat(status.problem()).contains(DeviceProblem.SPEECH_ENGINE_MISSING);
        });
        assertThat(codeOf(() -> sound.speak("satu", INDONESIAN))).isEqualTo(SoundProblem.Code.SPEECH_ENGINE_MISSING);
        sound.play(Wav.chime());
        assertThat(sound.played()).hasSize(1);
    }

    @Test
    void aFailingOrHangingVoiceShowsWhenItIsNextAskedToSpeak() {
        SimulatedSound sound = sound("play-ms", "0", "speech-timeout-ms", "100");
        sound.start();

        sound.speechFault(SimulatedSpeech.Fault.FAILS);
        assertThat(sound.status()).isEqualTo(DeviceStatus.ready());
        assertThat(codeOf(() -> sound.speak("satu", INDONESIAN))).isEqualTo(SoundProblem.Code.SPEECH_FAILED);
        assertThat(sound.status().problem()).contains(DeviceProblem.SPEECH_FAILED);

        sound.speechFault(SimulatedSpeech.Fault.HANGS);
        assertThat(codeOf(() -> sound.speak("dua", INDONESIAN))).isEqualTo(SoundProblem.Code.SPEECH_TIMEOUT);
        assertThat(sound.status().problem()).contains(DeviceProblem.SPEECH_TIMEOUT);
        assertThat(sound.spoken()).isEmpty();
    }

    @Test
    void aWorkingSentenceClearsAnEarlierSpeechProblem() throws Exception {
        SimulatedSound sound = sound("play-ms", "0");
        sound.start();
        sound.speechFault(SimulatedSpeech.Fault.FAILS);
        codeOf(() -> sound.speak("satu", INDONESIAN));

        sound.speechFault(SimulatedSpeech.Fault.NONE);
        sound.speak("dua", INDONESIAN);

        assertThat(sound.status()).isEqualTo(DeviceStatus.ready());
    }

    @Test
    void aScriptPlaysTheFaultsInTurn() throws Exception {
        SimulatedSound sound = sound("play-ms", "0", "script",
                script("# the speaker goes, comes back, then espeak-ng goes\n50ms no-audio\n300ms ready\n"
                        + "50ms speech-missing\n").toString());
        List<DeviceStatus> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
        sound.onStatusChange(seen::add);
        sound.start();

        Await.until(WAIT, "the script to end on speech-missing",
                () -> sound.status().problem().equals(Optional.of(DeviceProblem.SPEECH_ENGINE_MISSING)), seen::toString);
        assertThat(seen).extracting(DeviceStatus::problem).containsSubsequence(
                Optional.of(DeviceProblem.NO_AUDIO_DEVICE), Optional.empty(),
                Optional.of(DeviceProblem.SPEECH_ENGINE_MISSING));
    }

    @Test
    void aScriptThatFailsAfterSomeSoundsIsPlayed() throws Exception {
        SimulatedSound sound = sound("play-ms", "0", "script", script("0 fail-after 1\n").toString());
        sound.start();
        Await.until(WAIT, "the script to run", () -> {
            try {
                sound.play(Wav.chime());
                return false;
            } catch (SoundProblem e) {
                return e.code() == SoundProblem.Code.NO_AUDIO_DEVICE;
            }
        });
        assertThat(sound.status().problem()).contains(DeviceProblem.NO_AUDIO_DEVICE);
    }

    @Test
    void aWrongScriptLineIsRefusedAtStartNamingTheLine() throws Exception {
        Path unknown = script("0 ready\n1s unplug\n");
        assertThatThrownBy(() -> sound("script", unknown.toString()))
                .isInstanceOf(DeviceConfigurationException.class)
                .hasMessageContaining(unknown + ", line 2").hasMessageContaining("unknown sound event 'unplug'")
                .hasMessageContaining("no-audio, speech-missing, speech-hangs, speech-fails, fail-after, ready");
        Path badCount = script("0 fail-after many\n");
        assertThatThrownBy(() -> sound("script", badCount.toString()))
                .hasMessageContaining("line 1").hasMessageContaining("fail-after takes how many sounds still play");
        Path stray = script("0 no-audio now\n");
        assertThatThrownBy(() -> sound("script", stray.toString())).hasMessageContaining("no-audio takes no arguments");
    }

    @Test
    void beforeStartItStillSoundsButReportsNothing() throws Exception {
        SimulatedSound sound = sound("play-ms", "0");

        sound.play(Wav.chime());
        sound.noAudio();

        assertThat(sound.played()).hasSize(1);
        assertThat(sound.status().problem()).contains(DeviceProblem.DRIVER_STOPPED);
        sound.start();
        assertThat(sound.status().problem()).contains(DeviceProblem.NO_AUDIO_DEVICE);
    }
}
