package id.loket.device.sound;

/** The board's loudspeaker. */
public interface AudioOut {

    /** Plays a WAV sound and returns when it has been heard to the end. */
    void play(byte[] wav) throws SoundProblem;
}
