package id.loket.config;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class DefaultSettingsTest {

    private final LoketSettings defaults = SettingsLoader.loadDefaults();

    @Test
    void defaultOfficeIsGunungBahagiaWithDerivedName() {
        assertThat(defaults.office()).isEqualTo(new OfficeSettings("64.71.05.1006", "Gunung Bahagia",
                "Balikpapan Selatan", "Kota Balikpapan", "Kelurahan Gunung Bahagia",
                "Jl. Anggrek Bahagia No. 7, Gunung Bahagia, Balikpapan Selatan"));
    }

    @Test
    void defaultDataDirIsDataUnderWorkingFolderWithEmbeddedDatabase() {
        assertThat(defaults.data().dataDir()).isEqualTo(Path.of("data").toAbsolutePath().normalize());
        assertThat(defaults.data().databaseUrl()).isEmpty();
    }

    @Test
    void defaultScreensAreIndonesianStandardChooserWithDocumentedIdleTimes() {
        assertThat(defaults.ui()).isEqualTo(new UiSettings(Language.ID, Theme.STANDARD, StartFace.CHOOSER,
                Duration.ofSeconds(90), Duration.ofMinutes(5), false));
    }

    @Test
    void defaultCounterIsOneOfThree() {
        assertThat(defaults.counter()).isEqualTo(new CounterSettings(1, 3));
    }

    @Test
    void defaultServicesAreTheFourSeedServicesLetteredAToDWithPriorityP() {
        assertThat(defaults.queue().services()).extracting(ServiceDefinition::code, ServiceDefinition::letter,
                ServiceDefinition::nameId, ServiceDefinition::nameEn).containsExactly(
                org.assertj.core.groups.Tuple.tuple("PERLINSOS", 'A', "Pendaftaran Perlinsos", "Perlinsos registration"),
                org.assertj.core.groups.Tuple.tuple("IKD", 'B', "Aktivasi IKD", "IKD activation"),
                org.assertj.core.groups.Tuple.tuple("PEKERJA_RENTAN", 'C', "Pekerja Rentan (BPJS Ketenagakerjaan)",
                        "Vulnerable workers (BPJS Ketenagakerjaan)"),
                org.assertj.core.groups.Tuple.tuple("INFORMASI", 'D', "Informasi & Pengaduan",
                        "Information & complaints"));
        assertThat(defaults.queue().priorityLetter()).isEqualTo('P');
        assertThat(defaults.queue().rules()).isEqualTo(QueueSettings.Rules.DEFAULTS);
    }

    @Test
    void defaultPrintsOnEightyMillimetreRolls() {
        assertThat(defaults.print()).isEqualTo(new PrintSettings("80mm", "80mm"));
    }

    @Test
    void defaultDevicesAreSimulatedAndPdfFolderAndThePcsOwnSoundWithoutParameters() {
        assertThat(defaults.devices().byRole()).isEqualTo(Map.of(
                DeviceSettings.CARD_READER, new DeviceChoice("simulated", Map.of()),
                DeviceSettings.SCANNER, new DeviceChoice("simulated", Map.of()),
                DeviceSettings.PRINTER, new DeviceChoice("pdf-folder", Map.of()),
                DeviceSettings.SOUND, new DeviceChoice("os-sound", Map.of())));
    }

    @Test
    void defaultPinRulesAreSixDigitsAnd210000Iterations() {
        assertThat(defaults.security().pinMinLength()).isEqualTo(6);
        assertThat(defaults.security().pinHashIterations()).isEqualTo(210_000);
    }

    @Test
    void theDefaultKeyFileLivesInTheUsersHomeNotInTheDataFolder() {
        assertThat(defaults.security().keyFile().startsWith(Path.of(System.getProperty("user.home")))).isTrue();
        assertThat(defaults.security().keyFile().startsWith(defaults.data().dataDir())).isFalse();
        assertThat(defaults.security().retentionDays()).isEqualTo(730);
    }

    @Test
    void defaultBackupsGoBesideTheDataFolderDailyKeepingFourteen() {
        assertThat(defaults.backup().dir()).isEqualTo(defaults.data().dataDir().resolveSibling("data-backups"));
        assertThat(defaults.backup().keep()).isEqualTo(14);
        assertThat(defaults.backup().daily()).isTrue();
    }

    @Test
    void defaultsHaveNoSourceFile() {
        assertThat(defaults.sourceFile()).isEqualTo(Optional.empty());
    }

    @Test
    void defaultsTextIsTheDocumentedFileStartingWithItsHeader() {
        assertThat(SettingsLoader.defaultsText())
                .startsWith("# ====")
                .contains("office.kelurahan=64.71.05.1006");
    }
}
