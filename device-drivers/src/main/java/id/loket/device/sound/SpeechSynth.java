package id.loket.device.sound;

import java.util.Locale;

/** Turns a sentence into speech, as a WAV sound the {@link AudioOut} plays. */
public interface SpeechSynth {

    /** The spoken {@code text} in the language of {@code locale}. */
    byte[] speak(String text, Locale locale) throws SoundProblem;
}
