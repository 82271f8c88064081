package id.loket.device.support;

import id.loket.device.api.DeviceInfo;
import id.loket.device.api.DeviceProblem;
import id.loket.device.api.DeviceStatus;
import id.loket.device.api.SoundDevice;
import id.loket.device.sound.AudioOut;
import id.loket.device.sound.SoundProblem;
import id.loket.device.sound.SpeechSynth;
import java.util.Locale;
import java.util.Optional;

/**
 * The common part of a sound driver: it plays through an {@link AudioOut} and speaks through a
 * {@link SpeechSynth}, and keeps the status from what happened to the last sound and the last sentence
 * (a sound output that fails is DISCONNECTED; a voice that fails leaves the chime, so READY with a
 * warning). A sound that is not playable audio says nothing about the device and leaves the status alone.
 */
public abstract class SoundDriver extends DriverBase implements SoundDevice {

    private final AudioOut speaker;
    private final SpeechSynth speech;
    private Optional<DeviceProblem> output = Optional.empty();
    private Optional<DeviceProblem> voice = Optional.empty();
    private String detail = "";

    protected SoundDriver(String driverId, DeviceInfo info, AudioOut speaker, SpeechSynth speech) {
        super(driverId, info);
        this.speaker = speaker;
        this.speech = speech;
    }

    @Override
    public final void play(byte[] wav) throws SoundProblem {
        try {
            speaker.play(wav);
            outputWorks();
        } catch (SoundProblem e) {
            if (e.code() != SoundProblem.Code.AUDIO_INVALID) {
                outputFails(problem(e.code()), e.getMessage());
            }
            throw e;
        }
    }

    @Override
    public final byte[] speak(String text, Locale locale) throws SoundProblem {
        try {
            byte[] sound = speech.speak(text, locale);
            voiceWorks();
            return sound;
        } catch (SoundProblem e) {
            voiceFails(problem(e.code()), e.getMessage());
            throw e;
        }
    }

    /** The device's word for a sound's problem; the two name the same things. */
    public static DeviceProblem problem(SoundProblem.Code code) {
        return switch (code) {
            case NO_AUDIO_DEVICE -> DeviceProblem.NO_AUDIO_DEVICE;
            case AUDIO_INVALID -> DeviceProblem.AUDIO_INVALID;
            case SPEECH_ENGINE_MISSING -> DeviceProblem.SPEECH_ENGINE_MISSING;
            case SPEECH_TIMEOUT -> DeviceProblem.SPEECH_TIMEOUT;
            case SPEECH_FAILED -> DeviceProblem.SPEECH_FAILED;
            case SOUND_OFF -> DeviceProblem.SOUND_OFF;
        };
    }

    /** The sound output works (again). */
    protected final void outputWorks() {
        synchronized (this) {
            output = Optional.empty();
        }
        publish();
    }

    /** The sound output is gone, or cannot be used for {@code problem}. */
    protected final void outputFails(DeviceProblem problem, String why) {
        synchronized (this) {
            output = Optional.of(problem);
            detail = why;
        }
        publish();
    }

    /** The voice works (again). */
    protected final void voiceWorks() {
        synchronized (this) {
            voice = Optional.empty();
        }
        publish();
    }

    /** The voice cannot be used for {@code problem}; the chime still can. */
    protected final void voiceFails(DeviceProblem problem, String why) {
        synchronized (this) {
            voice = Optional.of(problem);
            detail = why;
        }
        publish();
    }

    /**
     * What a look at the PC found, both at once, so the status moves once (from CONNECTING to what is
     * so) and never shows READY for the moment between the two findings.
     */
    protected final void found(Optional<DeviceProblem> outputProblem, Optional<DeviceProblem> voiceProblem, String why) {
        synchronized (this) {
            output = outputProblem;
            voice = voiceProblem;
            detail = why;
        }
        publish();
    }

    /** Sets the status from what is known, once started (a stopped driver stays DISCONNECTED). */
    protected final void publish() {
        // Worked out and set under one lock, so two sounds ending at once cannot leave the older news.
        synchronized (this) {
            if (!started()) {
                return;
            }
            DeviceStatus next;
            if (output.isPresent()) {
                next = output.get() == DeviceProblem.SOUND_OFF
                        ? DeviceStatus.of(DeviceStatus.State.READY, DeviceProblem.SOUND_OFF, detail)
                        : DeviceStatus.disconnected(output.get(), detail);
            } else if (voice.isPresent()) {
                next = DeviceStatus.of(DeviceStatus.State.READY, voice.get(), detail);
            } else {
                next = DeviceStatus.ready();
            }
            status.set(next);
        }
    }
}
