package id.loket.device.api;

import id.loket.device.sound.AudioOut;
import id.loket.device.sound.SpeechSynth;

/**
 * The PC's sound: a loudspeaker that plays WAV sounds and a voice that turns a sentence into one. The
 * display board's announcer and the resident screens' spoken prompts use it as both.
 *
 * <p>Its status says whether anything is heard: READY; DISCONNECTED with {@link DeviceProblem#NO_AUDIO_DEVICE}
 * when there is no sound output; READY with a speech problem ({@link DeviceProblem#SPEECH_ENGINE_MISSING},
 * {@link DeviceProblem#SPEECH_TIMEOUT}, {@link DeviceProblem#SPEECH_FAILED}) when only the chime sounds;
 * READY with {@link DeviceProblem#SOUND_OFF} when the settings turned sound off. It follows what happened
 * to the last sound played and the last sentence spoken. Sound has no connection to open, so playing and
 * speaking work whether or not the driver was started; starting it begins the status reports.
 */
public interface SoundDevice extends DeviceDriver, AudioOut, SpeechSynth {

    @Override
    default DeviceRole role() {
        return DeviceRole.SOUND;
    }
}
