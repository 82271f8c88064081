package id.loket.ui.office;

import static org.assertj.core.api.Assertions.assertThat;

import id.loket.wiring.AppContext;
import id.loket.device.sim.SimulatedPrinter;
import id.loket.domain.text.Texts;
import id.loket.service.Devices;
import id.loket.support.SameThread;
import id.loket.support.TestApps;
import id.loket.ui.Background;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The office's device test on the simulated devices: their states, and a test page printed or not. */
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

        for (Devices.Slot slot : Devices.Slot.values()) {
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
}
