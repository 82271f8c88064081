package id.loket.ui.office;

import static org.assertj.core.api.Assertions.assertThat;

import id.loket.wiring.AppContext;
import id.loket.device.sim.SimulatedPrinter;
import id.loket.device.sim.SimulatedSound;
import id.loket.device.sound.SimulatedSpeech;
import id.loket.domain.text.Texts;
import id.loket.service.device.DeviceService;
import id.loket.support.SameThread;
import id.loket.support.TestApps;
import id.loket.ui.Background;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The office's device test on the simulated devices: their states, a test page printed or not, the sound test. */
class DevicesViewModelTest {

    @TempDir
    Path dir;
    private AppContext app;
    private Background background;
    private DevicesViewModel devices;
    private final Texts texts = Texts.indonesian();

    @BeforeEach
    void openTheDeviceTest() {
        app = TestApps.open(dir, "device.printer", "simulated");
        background = SameThread.background();
        devices = new DevicesViewModel(app.peripherals().devices(), background, texts, TestApps.FIRST_DAY);
    }

    @AfterEach
    void close() {
        devices.close();
        background.close();
        app.close();
    }

    @Test
    void attachedItShowsTheStateOfEveryDevice() {
        devices.attach();

        for (DeviceService.Slot slot : DeviceService.Slot.values()) {
            assertThat(devices.stateProperty(slot).get()).as(slot.name()).isNotBlank();
        }
    }

    @Test
    void aTestPageOnAWorkingPrinterIsConfirmedAndKeptInTheEvents() {
        devices.printTestPage();

        assertThat(devices.printResultProperty().get()).isEqualTo(texts.text("device.test.printed"));
        assertThat(devices.events()).singleElement().asString().endsWith(texts.text("device.test.printed"));
        assertThat(devices.printingProperty().get()).isFalse();
    }

    @Test
    void aPrinterOutOfPaperFailsTheTestPageAndSaysWhy() {
        ((SimulatedPrinter) app.peripherals().deviceDrivers().printer()).paperOut();

        devices.printTestPage();

        assertThat(devices.printResultProperty().get()).startsWith("Halaman uji gagal dicetak.")
                .isNotEqualTo(texts.text("device.test.printFailed", ""));
        assertThat(devices.printingProperty().get()).isFalse();
    }

    @Test
    void theSoundShowsWithItsStateAndProblemLikeTheOtherDevices() {
        app.startDevices();
        devices.attach();
        assertThat(devices.stateProperty(DeviceService.Slot.SOUND).get()).isEqualTo("suara: Siap");
        assertThat(devices.healthProperty(DeviceService.Slot.SOUND).get()).isEqualTo(DeviceService.Health.READY);

        ((SimulatedSound) app.peripherals().deviceDrivers().sound()).noAudio();

        assertThat(devices.stateProperty(DeviceService.Slot.SOUND).get()).startsWith("suara: Terputus: ")
                .contains("Pasang pengeras suara");
        assertThat(devices.healthProperty(DeviceService.Slot.SOUND).get()).isEqualTo(DeviceService.Health.DISCONNECTED);
    }

    @Test
    void aSoundTestPlaysTheChimeAndTheSentenceAndKeepsTheResultInTheEvents() {
        SimulatedSound sound = (SimulatedSound) app.peripherals().deviceDrivers().sound();

        devices.testSound();

        assertThat(devices.soundResultProperty().get()).isEqualTo(texts.text("device.test.sounded"));
        assertThat(devices.events()).singleElement().asString().endsWith(texts.text("device.test.sounded"));
        assertThat(devices.soundingProperty().get()).isFalse();
        assertThat(sound.spoken()).containsExactly(texts.text("device.test.soundSentence"));
    }

    @Test
    void aSoundTestWithoutEspeakSaysOnlyTheChimeSoundedAndWhatToInstall() {
        ((SimulatedSound) app.peripherals().deviceDrivers().sound()).speechFault(SimulatedSpeech.Fault.MISSING);

        devices.testSound();

        assertThat(devices.soundResultProperty().get()).startsWith("Tes suara tidak berbunyi penuh. Hanya bel")
                .contains("Pasang espeak-ng");
        assertThat(devices.soundingProperty().get()).isFalse();
    }
}
