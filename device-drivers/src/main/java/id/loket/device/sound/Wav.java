package id.loket.device.sound;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;

/** Small WAV helpers: tones made here, and the fix-up of a WAV written to a pipe. */
public final class Wav {

    static final float SAMPLE_RATE = 22_050f;

    private Wav() {
    }

    /** True when {@code bytes} start like a RIFF/WAVE file. */
    public static boolean looksLikeWav(byte[] bytes) {
        return bytes.length >= 44 && bytes[0] == 'R' && bytes[1] == 'I' && bytes[2] == 'F' && bytes[3] == 'F'
                && bytes[8] == 'W' && bytes[9] == 'A' && bytes[10] == 'V' && bytes[11] == 'E';
    }

    /**
     * A program writing WAV to a pipe cannot go back to fill in the lengths, so espeak-ng writes
     * "as long as possible" there; Java's audio system would then wait for sound that never comes.
     * This puts the real lengths in (in place).
     */
    static byte[] fixLengths(byte[] wav) {
        if (!looksLikeWav(wav)) {
            return wav;
        }
        putInt(wav, 4, wav.length - 8);
        int offset = 12;
        while (offset + 8 <= wav.length) {
            int size = getInt(wav, offset + 4);
            if (wav[offset] == 'd' && wav[offset + 1] == 'a' && wav[offset + 2] == 't' && wav[offset + 3] == 'a') {
                putInt(wav, offset + 4, wav.length - offset - 8);
                break;
            }
            offset += 8 + size + (size & 1);
        }
        return wav;
    }

    /**
     * Tones one after another, each fading out like a struck bell, as a 16-bit mono WAV.
     *
     * @param frequencies  the tones in Hz
     * @param toneMillis   how long each tone lasts
     */
    public static byte[] tones(double[] frequencies, int toneMillis) {
        int perTone = (int) (SAMPLE_RATE * toneMillis / 1000);
        byte[] pcm = new byte[perTone * frequencies.length * 2];
        int at = 0;
        for (double frequency : frequencies) {
            for (int i = 0; i < perTone; i++) {
                double t = i / SAMPLE_RATE;
                double fade = Math.exp(-4.0 * i / perTone);
                double attack = Math.min(1.0, i / (SAMPLE_RATE * 0.005));
                // The tone and a softer octave above it: warmer than a bare sine, still plain.
                double value = (Math.sin(2 * Math.PI * frequency * t) + 0.3 * Math.sin(4 * Math.PI * frequency * t))
                        / 1.3 * fade * attack * 0.6;
                short sample = (short) Math.round(value * Short.MAX_VALUE);
                pcm[at++] = (byte) sample;
                pcm[at++] = (byte) (sample >> 8);
            }
        }
        AudioFormat format = new AudioFormat(SAMPLE_RATE, 16, 1, true, false);
        try (AudioInputStream stream = new AudioInputStream(new ByteArrayInputStream(pcm), format, pcm.length / 2)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(pcm.length + 64);
            AudioSystem.write(stream, AudioFileFormat.Type.WAVE, out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write a tone into memory", e);
        }
    }

    /** The board's chime: a falling "ding-dong" of two tones (E5, C5). */
    public static byte[] chime() {
        return tones(new double[] {659.25, 523.25}, 450);
    }

    private static int getInt(byte[] bytes, int at) {
        return (bytes[at] & 0xff) | (bytes[at + 1] & 0xff) << 8 | (bytes[at + 2] & 0xff) << 16 | (bytes[at + 3] & 0xff) << 24;
    }

    private static void putInt(byte[] bytes, int at, int value) {
        bytes[at] = (byte) value;
        bytes[at + 1] = (byte) (value >> 8);
        bytes[at + 2] = (byte) (value >> 16);
        bytes[at + 3] = (byte) (value >> 24);
    }
}
