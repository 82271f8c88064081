package id.loket.device.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class DeviceStatusTest {

    @Test
    void anErrorWithoutAReasonIsRefused() {
        assertThatThrownBy(() -> new DeviceStatus(DeviceStatus.State.ERROR, Optional.of(" ")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void onlyAReadyDeviceIsUsable() {
        assertThat(DeviceStatus.of(DeviceStatus.State.READY).usable()).isTrue();
        assertThat(DeviceStatus.of(DeviceStatus.State.BUSY).usable()).isFalse();
        assertThat(DeviceStatus.error("Printer kehabisan kertas").usable()).isFalse();
    }
}
