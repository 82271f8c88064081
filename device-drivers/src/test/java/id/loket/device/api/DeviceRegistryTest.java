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
                "printer=escpos-serial", "sound=os-sound", "sound=none", "sound=simulated");
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
            assertThat(devices.sound().driverId()).isEqualTo("os-sound");
            assertThat(devices.all()).extracting(DeviceDriver::role).containsExactly(DeviceRole.CARD_READER,
                    DeviceRole.SCANNER, DeviceRole.PRINTER, DeviceRole.SOUND);
            devices.startAll();
            // The PC's own sound depends on this machine's sound card; the others need no hardware.
            assertThat(List.of(devices.cardReader(), devices.scanner(), devices.printer()))
                    .allMatch(d -> d.status().usable());
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
                "printer", new DeviceChoice("no-such-printer", Map.of()),
                "sound", new DeviceChoice("simulated", Map.of())));
        assertThatThrownBy(() -> registry.build(settings, Contexts.context(dir)))
                .isInstanceOf(DeviceConfigurationException.class).hasMessageContaining("printer");
    }

    @Test
    void theSoundIsARoleOfItsOwnFoundBySettingName() {
        assertThat(DeviceRole.fromSetting("sound")).contains(DeviceRole.SOUND);
        assertThat(DeviceRole.SOUND.driverType()).isEqualTo(SoundDevice.class);
        assertThat(registry.providers(DeviceRole.SOUND)).extracting(DeviceDriverProvider::driverId)
                .containsExactly("none", "os-sound", "simulated");
    }

    @Test
    void theSoundsSettingsBuildTheChosenSoundDriver() {
        DeviceSettings settings = new DeviceSettings(Map.of(
                "card-reader", new DeviceChoice("simulated", Map.of()),
                "scanner", new DeviceChoice("simulated", Map.of()),
                "printer", new DeviceChoice("simulated", Map.of()),
                "sound", new DeviceChoice("none", Map.of())));
        try (ConfiguredDevices devices = registry.build(settings, Contexts.context(dir))) {
            assertThat(devices.sound().driverId()).isEqualTo("none");
            assertThat(devices.sound().role()).isEqualTo(DeviceRole.SOUND);
        }
    }

    @Test
    void anUnknownSoundDriverNamesTheKnownOnes() {
        assertThatThrownBy(() -> registry.sound(Contexts.choice("speakers"), Contexts.context(dir)))
                .isInstanceOfSatisfying(DeviceConfigurationException.class, e -> {
                    assertThat(e.role()).isEqualTo(DeviceRole.SOUND);
                    assertThat(e.getMessage()).isEqualTo("No sound driver 'speakers' is installed (setting "
                            + "device.sound); known sound drivers: none, os-sound, simulated");
                });
    }

    @Test
    void badSoundParametersNameTheSettingAndWhatIsAllowed() {
        assertThatThrownBy(() -> registry.sound(Contexts.choice("os-sound", "speech-timeout-ms", "forever"),
                Contexts.context(dir))).hasMessage("device.sound.speech-timeout-ms=forever is not allowed for the "
                + "sound driver 'os-sound'; allowed: a whole number from 1000 to 60000");
        assertThatThrownBy(() -> registry.sound(Contexts.choice("os-sound", "voice", "id+f2"), Contexts.context(dir)))
                .isInstanceOfSatisfying(DeviceConfigurationException.class, e -> {
                    assertThat(e.kind()).isEqualTo(DeviceConfigurationException.Kind.UNKNOWN_PARAMETER);
                    assertThat(e.allowed()).isEqualTo("speech-program, speech-timeout-ms");
                });
        assertThatThrownBy(() -> registry.sound(Contexts.choice("none", "volume", "0"), Contexts.context(dir)))
                .hasMessageContaining("(this driver takes no parameters)");
        assertThatThrownBy(() -> registry.sound(Contexts.choice("simulated", "play-ms", "-5"), Contexts.context(dir)))
                .hasMessageContaining("device.sound.play-ms=-5").hasMessageContaining("a whole number from 0 to 10000");
    }
}
