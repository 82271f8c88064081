package id.loket.device.sound.driver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.loket.device.api.DeviceProblem;
import id.loket.device.api.DeviceRegistry;
import id.loket.device.api.DeviceStatus;
import id.loket.device.api.SoundDevice;
import id.loket.device.sound.SoundProblem;
import id.loket.device.sound.Wav;
import id.loket.device.testing.Await;
import id.loket.device.testing.Contexts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code os-sound} on this very PC (whatever sound card it has or has not) and {@code none}. What the
 * PC has is asked the same way the driver asks, so the test holds on a PC with speakers and on one without.
 */
class SoundDriversTest {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final Locale INDONESIAN = Locale.forLanguageTag("id");

    @TempDir
    Path dir;
    private final List<SoundDevice> made = new ArrayList<>();

    @AfterEach
    void stopAll() {
        made.forEach(SoundDevice::stop);
    }

    private SoundDevice sound(String driver, String... parameters) {
        SoundDevice sound = DeviceRegistry.load().sound(Contexts.choice(driver, parameters), Contexts.context(dir));
        made.add(sound);
        return sound;
    }

    private Path program(String name, String body) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, "#!/bin/sh\n" + body + "\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        return file;
    }

    private static DeviceStatus settled(SoundDevice sound) {
        Await.until(WAIT, "the sound driver to look at the PC",
                () -> sound.status().state() != DeviceStatus.State.CONNECTING, sound::status);
        return sound.status();
    }

    @Test
    void osSoundSaysAtStartWhetherThePcHasASoundOutputAndWhetherTheSpeechProgramIsThere() {
        SoundDevice sound = sound("os-sound", "speech-program", dir.resolve("no-espeak-here").toString());
        sound.start();

        DeviceStatus status = settled(sound);

        if (OsSound.outputs().isEmpty()) {
            assertThat(status.state()).isEqualTo(DeviceStatus.State.DISCONNECTED);
            assertThat(status.problem()).contains(DeviceProblem.NO_AUDIO_DEVICE);
        } else {
            assertThat(status.state()).isEqualTo(DeviceStatus.State.READY);
            assertThat(status.problem()).contains(DeviceProblem.SPEECH_ENGINE_MISSING);
        }
        assertThat(sound.info().details()).containsEntry("speech-program", dir.resolve("no-espeak-here").toString());
    }

    @Test
    void osSoundWithAnInstalledSpeechProgramHasNoSpeechProblem() throws Exception {
        SoundDevice sound = sound("os-sound", "speech-program", program("espeak-stand-in", "exit 0").toString());
        sound.start();

        DeviceStatus status = settled(sound);

        assertThat(status.problem()).isNotEqualTo(java.util.Optional.of(DeviceProblem.SPEECH_ENGINE_MISSING));
        assertThat(status.usable()).isEqualTo(!OsSound.outputs().isEmpty());
    }

    @Test
    void aSpeechProgramThatFailsIsReportedAndTheSoundSaysWhy() throws Exception {
        SoundDevice sound = sound("os-sound", "speech-program",
                program("espeak-failing", "echo no voice >&2; exit 1").toString(), "speech-timeout-ms", "5000");
        sound.start();
        settled(sound);

        assertThatThrownBy(() -> sound.speak("satu", INDONESIAN)).isInstanceOfSatisfying(SoundProblem.class,
                e -> assertThat(e.code()).isEqualTo(SoundProblem.Code.SPEECH_FAILED));
        // Without a sound output that is still the first thing to fix; with one, the voice is.
        assertThat(sound.status().problem()).contains(OsSound.outputs().isEmpty()
                ? DeviceProblem.NO_AUDIO_DEVICE : DeviceProblem.SPEECH_FAILED);
    }

    @Test
    void aSoundThatIsNotAudioFailsAsSuchAndSaysNothingAboutTheDevice() {
        SoundDevice sound = sound("os-sound");
        sound.start();
        DeviceStatus before = settled(sound);

        assertThatThrownBy(() -> sound.play("not a wav at all, just words".getBytes(java.nio.charset.StandardCharsets.US_ASCII)))
                .isInstanceOfSatisfying(SoundProblem.class,
                        e -> assertThat(e.code()).isEqualTo(SoundProblem.Code.AUDIO_INVALID));
        assertThat(sound.status().sameAs(before)).isTrue();
    }

    @Test
    void playingOnAPcWithoutASoundOutputSaysSoAndNeverHangs() {
        org.junit.jupiter.api.Assumptions.assumeTrue(OsSound.outputs().isEmpty(), "this PC has a sound output");
        SoundDevice sound = sound("os-sound");
        sound.start();
        settled(sound);

        assertThatThrownBy(() -> sound.play(Wav.chime())).isInstanceOfSatisfying(SoundProblem.class,
                e -> assertThat(e.code()).isEqualTo(SoundProblem.Code.NO_AUDIO_DEVICE));
        assertThat(sound.status().problem()).contains(DeviceProblem.NO_AUDIO_DEVICE);
    }

    @Test
    void theSpeechProgramIsFoundOnThePathOrByItsPath() throws Exception {
        assertThat(OsSound.findProgram("sh")).isPresent();
        assertThat(OsSound.findProgram("no-such-program-" + System.nanoTime())).isEmpty();
        Path notExecutable = Files.writeString(dir.resolve("espeak-ng"), "not a program");
        assertThat(OsSound.findProgram(notExecutable.toString())).isEmpty();
        assertThat(OsSound.findProgram(dir.toString() + "/")).isEmpty();
        assertThat(OsSound.findProgram(program("espeak-ok", "exit 0").toString())).isPresent();
    }

    @Test
    void noneIsReadyWithSoundOffAndEverySoundSaysItIsOff() {
        SoundDevice sound = sound("none");
        sound.start();

        assertThat(sound.status().state()).isEqualTo(DeviceStatus.State.READY);
        assertThat(sound.status().problem()).contains(DeviceProblem.SOUND_OFF);
        assertThatThrownBy(() -> sound.play(Wav.chime())).isInstanceOfSatisfying(SoundProblem.class,
                e -> assertThat(e.code()).isEqualTo(SoundProblem.Code.SOUND_OFF));
        assertThatThrownBy(() -> sound.speak("satu", INDONESIAN)).isInstanceOfSatisfying(SoundProblem.class,
                e -> assertThat(e.code()).isEqualTo(SoundProblem.Code.SOUND_OFF));
        assertThat(sound.status().problem()).contains(DeviceProblem.SOUND_OFF);
    }

    @Test
    void aSpeechProgramNameOnTwoLinesIsRefused() {
        assertThatThrownBy(() -> sound("os-sound", "speech-program", "espeak-ng\nrm"))
                .hasMessageContaining("device.sound.speech-program=").hasMessageContaining("a program name or path on one line");
    }
}
