package id.loket.device.sound.driver;

import id.loket.device.api.DeviceInfo;
import id.loket.device.api.DeviceProblem;
import id.loket.device.api.DeviceRole;
import id.loket.device.sound.SoundProblem;
import id.loket.device.support.SoundDriver;
import java.util.Map;

/**
 * Sound turned off, for a PC without speakers ({@code device.sound=none}): nothing is played or spoken,
 * and every sound says why (sound off), so the board's status line tells the truth instead of
 * "plug in a speaker". READY, with the reason as a note.
 */
public final class NoSound extends SoundDriver {

    NoSound(String driverId) {
        super(driverId, new DeviceInfo(driverId, DeviceRole.SOUND, "no sound: chime and speech are off", Map.of()),
                wav -> {
                    throw off();
                }, (text, locale) -> {
                    throw off();
                });
    }

    private static SoundProblem off() {
        return new SoundProblem(SoundProblem.Code.SOUND_OFF, "device.sound=none", null);
    }

    @Override
    protected void onStart() {
        outputFails(DeviceProblem.SOUND_OFF, "device.sound=none");
    }

    @Override
    protected void onStop() {
        // Nothing was opened.
    }
}
