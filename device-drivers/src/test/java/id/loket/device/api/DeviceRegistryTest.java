package id.loket.device.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.loket.config.DeviceChoice;
import id.loket.config.DeviceSettings;
import id.loket.config.LoketSettings;
import id.loket.config.SettingsLoader;
import id.loket.device.print.PdfFolderPrinter;
import id.loket.device.sim.SimulatedCardReader;
import id.loket.device.sim.SimulatedScanner;
import id.loket.device.testing.Contexts;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeviceRegistryTest {

    @TempDir
    Path dir;
    private final DeviceRegistry registry = DeviceRegistry.load();

    @Test
    void serviceLoaderFindsEveryDriverOfThisJar() {
        assertThat(registry.providers()).extracting(p -> p.role() + "=" + p.driverId()).containsExactlyInAnyOrder(
                "card-reader=simulated", "card-reader=vendor-bridge-http", "card-reader=vendor-bridge-ws",
                "card-reader=vendor-bridge-serial", "card-reader=pcsc-uid",
                "scanner=simulated", "scanner=serial", "scanner=keyboard-wedge",
                "printer=simulated", "printer=pdf-folder", "printer=os-printer", "printer=escpos-tcp",
                "printer=escpos-serial");
        assertThat(registry.providers()).allSatisfy(p -> {
            assertThat(p.description()).isNotBlank();
            assertThat(p.parameters()).allSatisfy(param -> assertThat(param.description()).isNotBlank());
        });
    }

    @Test
    void theDefaultSettingsBuildTheDemoDevices() {
        LoketSettings settings = SettingsLoader.load(Optional.empty(), Map.of("data.dir", dir.toString()));
        try (ConfiguredDevices devices = registry.build(settings.devices(), Contexts.context(dir))) {
            assertThat(devices.cardReader()).isInstanceOf(SimulatedCardReader.class);
            assertThat(devices.scanner()).isInstanceOf(SimulatedScanner.class);
            assertThat(devices.printer()).isInstanceOf(PdfFolderPrinter.class);
            devices.startAll();
            assertThat(devices.all()).allMatch(d -> d.status().usable());
            assertThat(((PdfFolderPrinter) devices.printer()).folder()).isEqualTo(dir.resolve("printouts"));
        }
    }

    @Test
    void anUnknownDriverNamesTheRoleTheIdAndTheKnownOnes() {
        assertThatThrownBy(() -> registry.create(DeviceRole.SCANNER, new DeviceChoice("seriall", Map.of()),
                Contexts.context(dir)))
                .isInstanceOfSatisfying(DeviceConfigurationException.class, e -> {
                    assertThat(e.kind()).isEqualTo(DeviceConfigurationException.Kind.UNKNOWN_DRIVER);
                    assertThat(e.role()).isEqualTo(DeviceRole.SCANNER);
                    assertThat(e.driverId()).isEqualTo("seriall");
                    assertThat(e.allowed()).isEqualTo("keyboard-wedge, serial, simulated");
                    assertThat(e.getMessage()).isEqualTo("No scanner driver 'seriall' is installed (setting device."
                            + "scanner); known scanner drivers: keyboard-wedge, serial, simulated");
                });
    }

    @Test
    void anUnknownParameterIsATypoNotIgnored() {
        assertThatThrownBy(() -> registry.scanner(Contexts.choice("serial", "port", "/dev/ttyACM0", "baudrate", "9600"),
                Contexts.context(dir)))
                .isInstanceOfSatisfying(DeviceConfigurationException.class, e -> {
                    assertThat(e.kind()).isEqualTo(DeviceConfigurationException.Kind.UNKNOWN_PARAMETER);
                    assertThat(e.parameter()).contains("baudrate");
                    assertThat(e.allowed()).contains("baud").contains("delimiter");
                });
    }

    @Test
    void missingAndBadValuesNameTheSettingAndWhatIsAllowed() {
        assertThatThrownBy(() -> registry.scanner(Contexts.choice("serial"), Contexts.context(dir)))
                .hasMessage("The scanner driver 'serial' needs device.scanner.port (a serial port such as /dev/ttyACM0 or COM3)");
        assertThatThrownBy(() -> registry.scanner(Contexts.choice("serial", "port", "COM3", "delimiter", "TAB"),
                Contexts.context(dir)))
                .hasMessage("device.scanner.delimiter=TAB is not allowed for the scanner driver 'serial'; allowed: cr, lf, crlf");
        assertThatThrownBy(() -> registry.scanner(Contexts.choice("serial", "port", "COM3", "baud", "fast"),
                Contexts.context(dir))).hasMessageContaining("a whole number from 50 to 4000000");
        assertThatThrownBy(() -> registry.printer(Contexts.choice("escpos-tcp", "host", "10.0.0.9", "paper", "76mm"),
                Contexts.context(dir))).hasMessageContaining("80mm or 58mm");
        assertThatThrownBy(() -> registry.cardReader(Contexts.choice("vendor-bridge-http", "url", "ftp://x/y"),
                Contexts.context(dir))).hasMessageContaining("a URL starting with http or https://");
        assertThatThrownBy(() -> registry.cardReader(Contexts.choice("pcsc-uid", "apdu", "FFCAZZ"),
                Contexts.context(dir))).hasMessageContaining("device.card-reader.apdu=FFCAZZ");
    }

    @Test
    void familiesOfParametersAreKnownByTheirPrefix() {
        IdentityCardReader reader = registry.cardReader(Contexts.choice("vendor-bridge-ws", "url", "ws://127.0.0.1:1/x",
                "field.name", "namaLengkap", "error.E9", "SAM_MISSING"), Contexts.context(dir));
        assertThat(reader.info().details()).containsEntry("url", "ws://127.0.0.1:1/x");
    }

    @Test
    void twoDriversWithOneIdInOneRoleAreRefused() {
        DeviceDriverProvider a = registry.provider(DeviceRole.PRINTER, "pdf-folder");
        assertThatThrownBy(() -> new DeviceRegistry(List.of(a, a))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("two printer drivers use the id 'pdf-folder'");
    }

    @Test
    void aFailingRoleReleasesTheDriversAlreadyMade() {
        DeviceSettings settings = new DeviceSettings(Map.of(
                "card-reader", new DeviceChoice("simulated", Map.of()),
                "scanner", new DeviceChoice("simulated", Map.of()),
                "printer", new DeviceChoice("no-such-printer", Map.of())));
        assertThatThrownBy(() -> registry.build(settings, Contexts.context(dir)))
                .isInstanceOf(DeviceConfigurationException.class).hasMessageContaining("printer");
    }
}
