package id.loket.device.sound;

/** Why a chime or a spoken call did not sound. The detail is for the log; the code is worded for people. */
public final class SoundProblem extends Exception {

    /** What went wrong, in terms the board's status line can say. */
    public enum Code {
        /** No sound card, no speaker line, or the audio system refuses (a headless PC). */
        NO_AUDIO_DEVICE,
        /** The sound could not be read as audio (a broken WAV). */
        AUDIO_INVALID,
        /** espeak-ng is not installed (or not on the PATH). */
        SPEECH_ENGINE_MISSING,
        /** The speech engine did not finish in time; it was stopped. */
        SPEECH_TIMEOUT,
        /** The speech engine ended with an error or gave no sound (e.g. a missing voice). */
        SPEECH_FAILED,
        /** Sound is turned off on this PC by the settings: nothing is played, on purpose. */
        SOUND_OFF
    }

    private final Code code;

    public SoundProblem(Code code, String detail, Throwable cause) {
        super(code + ": " + detail, cause);
        this.code = code;
    }

    public Code code() {
        return code;
    }
}
