package id.loket.device.sound;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A loudspeaker for tests and headless PCs: takes each sound, holds it for a moment as if it
 * played, and remembers it. It also notes how many sounds ever played at once, which must be one.
 * Fault: no audio device.
 */
public final class SimulatedAudioOut implements AudioOut {

    private final long playMillis;
    private final List<byte[]> played = new ArrayList<>();
    private final AtomicInteger playing = new AtomicInteger();
    private final AtomicInteger mostAtOnce = new AtomicInteger();
    private volatile boolean noDevice;

    /** @param playMillis how long each sound "plays", so overlapping calls would be caught */
    public SimulatedAudioOut(long playMillis) {
        this.playMillis = playMillis;
    }

    public void unplug(boolean unplugged) {
        this.noDevice = unplugged;
    }

    @Override
    public void play(byte[] wav) throws SoundProblem {
        if (noDevice) {
            throw new SoundProblem(SoundProblem.Code.NO_AUDIO_DEVICE, "simulated: no sound card", null);
        }
        if (!Wav.looksLikeWav(wav)) {
            throw new SoundProblem(SoundProblem.Code.AUDIO_INVALID, "simulated: not a WAV", null);
        }
        mostAtOnce.accumulateAndGet(playing.incrementAndGet(), Math::max);
        try {
            Thread.sleep(playMillis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            playing.decrementAndGet();
        }
        synchronized (played) {
            played.add(wav);
        }
    }

    public List<byte[]> played() {
        synchronized (played) {
            return List.copyOf(played);
        }
    }

    public int mostAtOnce() {
        return mostAtOnce.get();
    }
}
