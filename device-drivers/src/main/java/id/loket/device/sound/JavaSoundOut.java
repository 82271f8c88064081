package id.loket.device.sound;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.Clip;
import javax.sound.sampled.LineEvent;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.UnsupportedAudioFileException;

/** The PC's own sound output, through Java's audio system. A PC without one says so, never hangs. */
public final class JavaSoundOut implements AudioOut {

    /** Added to a sound's length before giving up on its end: a busy PC may start it late. */
    private static final long GRACE_MILLIS = 2_000;

    @Override
    public void play(byte[] wav) throws SoundProblem {
        try (AudioInputStream stream = AudioSystem.getAudioInputStream(new ByteArrayInputStream(wav))) {
            Clip clip = AudioSystem.getClip();
            try {
                CountDownLatch done = new CountDownLatch(1);
                clip.addLineListener(event -> {
                    if (event.getType() == LineEvent.Type.STOP || event.getType() == LineEvent.Type.CLOSE) {
                        done.countDown();
                    }
                });
                clip.open(stream);
                clip.start();
                long millis = clip.getMicrosecondLength() / 1000 + GRACE_MILLIS;
                if (!done.await(millis, TimeUnit.MILLISECONDS)) {
                    throw new SoundProblem(SoundProblem.Code.NO_AUDIO_DEVICE,
                            "The sound did not finish within " + millis + " ms", null);
                }
            } finally {
                clip.close();
            }
        } catch (UnsupportedAudioFileException | IOException e) {
            throw new SoundProblem(SoundProblem.Code.AUDIO_INVALID, "Not a playable WAV", e);
        } catch (LineUnavailableException | IllegalArgumentException | SecurityException e) {
            // IllegalArgumentException: no mixer at all supports a clip, as on a headless PC.
            throw new SoundProblem(SoundProblem.Code.NO_AUDIO_DEVICE, "No audio output: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SoundProblem(SoundProblem.Code.NO_AUDIO_DEVICE, "Interrupted while playing", e);
        }
    }
}
