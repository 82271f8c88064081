package id.loket.device.sound;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import org.junit.jupiter.api.Test;

class WavTest {

    @Test
    void theChimeIsTwoTonesOfAlmostASecond() throws Exception {
        byte[] chime = Wav.chime();
        try (AudioInputStream stream = AudioSystem.getAudioInputStream(new ByteArrayInputStream(chime))) {
            assertThat(stream.getFormat().getChannels()).isEqualTo(1);
            assertThat((double) (stream.getFrameLength() / stream.getFormat().getFrameRate())).isBetween(0.85, 0.95);
        }
    }

    @Test
    void aPipedWavGetsItsRealLengths() throws Exception {
        byte[] wav = Wav.tones(new double[] {440}, 100);
        // As written to a pipe: both lengths "as long as possible".
        for (int at : new int[] {4, 40}) {
            wav[at] = (byte) 0xff;
            wav[at + 1] = (byte) 0xff;
            wav[at + 2] = (byte) 0xff;
            wav[at + 3] = 0x7f;
        }
        Wav.fixLengths(wav);
        try (AudioInputStream stream = AudioSystem.getAudioInputStream(new ByteArrayInputStream(wav))) {
            assertThat(stream.getFrameLength()).isEqualTo((wav.length - 44) / 2);
        }
    }

    @Test
    void withoutASoundCardPlayingSaysSoAndReturns() {
        // On a PC with sound this plays the chime; on a headless one it must fail plainly, not hang.
        try {
            new JavaSoundOut().play(Wav.chime());
        } catch (SoundProblem e) {
            assertThat(e.code()).isEqualTo(SoundProblem.Code.NO_AUDIO_DEVICE);
        }
    }
}
