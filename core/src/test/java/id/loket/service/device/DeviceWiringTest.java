package id.loket.service.device;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import id.loket.service.DeviceProblemTexts;
import id.loket.service.Failures;
import id.loket.service.queue.TicketService;
import id.loket.wiring.AppContext;
import id.loket.device.api.DeviceConfigurationException;
import id.loket.device.sim.SimulatedSound;
import id.loket.domain.board.BoardCall;
import id.loket.domain.queue.Lane;
import java.time.LocalDateTime;
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
            assertThat(app.peripherals().devices().states()).extracting(DeviceService.State::health)
                    .containsOnly(DeviceService.Health.READY);
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
    void theBoardsAnnouncerAndTheResidentVoicesSoundThroughTheConfiguredSoundDevice() throws Exception {
        try (AppContext app = TestApps.open(dir.resolve("data"), "ui.spoken-prompts", "true")) {
            SimulatedSound sound = (SimulatedSound) app.peripherals().deviceDrivers().sound();

            app.peripherals().announcer().announce(new BoardCall(1, 'A', 5, 2, LocalDateTime.of(2026, 6, 4, 9, 0), 1));
            app.peripherals().announcer().awaitQueued(5_000);
            app.peripherals().residentVoice().say("Pilih layanan");
            app.peripherals().residentVoice().awaitQueued(5_000);
            app.peripherals().surveyVoice().say("Bagaimana pelayanan kami?");
            app.peripherals().surveyVoice().awaitQueued(5_000);

            assertThat(sound.spoken()).containsExactly("Nomor antrian A lima, silakan ke loket dua", "Pilih layanan",
                    "Bagaimana pelayanan kami?");
            assertThat(sound.played()).hasSize(5);
        }
    }

    @Test
    void soundTurnedOffInTheSettingsIsTheNoneDriver() {
        try (AppContext app = TestApps.open(dir.resolve("data"), "device.sound", "none")) {
            app.startDevices();
            DeviceService.State sound = app.peripherals().devices().state(DeviceService.Slot.SOUND);
            assertThat(sound.health()).isEqualTo(DeviceService.Health.READY);
            assertThat(sound.problem()).contains(DeviceProblemTexts.message(
                    id.loket.device.api.DeviceProblem.SOUND_OFF));
        }
    }

    @Test
    void anUnusableDeviceSettingIsSaidPlainlyAndLeavesTheDatabaseFree() {
        Path data = dir.resolve("data");
        Throwable failure = catchThrowable(() -> TestApps.open(data, "device.printer", "no-such-printer"));

        assertThat(failure).isInstanceOf(DeviceConfigurationException.class);
        assertThat(Failures.describe(failure).key()).isEqualTo("device.config.unknownDriver");
        try (AppContext app = TestApps.open(data)) {
            assertThat(app.peripherals().devices().states()).extracting(DeviceService.State::slot).containsExactly(
                    DeviceService.Slot.CARD_READER, DeviceService.Slot.SCANNER, DeviceService.Slot.PRINTER, DeviceService.Slot.SOUND);
        }
    }
}
