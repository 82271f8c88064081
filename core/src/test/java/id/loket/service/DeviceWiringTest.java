package id.loket.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import id.loket.wiring.AppContext;
import id.loket.device.api.DeviceConfigurationException;
import id.loket.domain.queue.Lane;
import id.loket.support.TestApps;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The devices as the settings choose them, with the defaults that need no hardware. */
class DeviceWiringTest {

    @TempDir
    Path dir;

    @Test
    void withTheDefaultsTicketsAreConfirmedIntoTheDocumentsPrintedFolder() {
        Path data = dir.resolve("data");
        try (AppContext app = TestApps.open(data)) {
            assertThat(app.peripherals().devices().states()).extracting(Devices.State::health)
                    .containsOnly(Devices.Health.READY);
            TicketService.IssuedTicket issued = app.queue().tickets().issue("PERLINSOS", Lane.REGULAR);
            assertThat(issued.printed()).isTrue();
            assertThat(data.resolve("documents").resolve("printed").resolve("A-001.pdf")).isRegularFile();
            assertThat(app.queue().counter().waitingToday()).isEqualTo(1);
        }
    }

    @Test
    void aConfiguredFolderIsKept() {
        Path data = dir.resolve("data");
        Path folder = dir.resolve("elsewhere");
        try (AppContext app = TestApps.open(data, "device.printer.folder", folder.toString())) {
            app.queue().tickets().issue("PERLINSOS", Lane.REGULAR);
        }
        assertThat(folder.resolve("A-001.pdf")).isRegularFile();
        assertThat(data.resolve("documents").resolve("printed")).doesNotExist();
    }

    @Test
    void anUnusableDeviceSettingIsSaidPlainlyAndLeavesTheDatabaseFree() {
        Path data = dir.resolve("data");
        Throwable failure = catchThrowable(() -> TestApps.open(data, "device.printer", "no-such-printer"));

        assertThat(failure).isInstanceOf(DeviceConfigurationException.class);
        assertThat(Failures.describe(failure).key()).isEqualTo("device.config.unknownDriver");
        try (AppContext app = TestApps.open(data)) {
            assertThat(app.peripherals().devices().states()).hasSize(3);
        }
    }
}
