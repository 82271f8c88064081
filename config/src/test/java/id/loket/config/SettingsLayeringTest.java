package id.loket.config;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class SettingsLayeringTest {

    @TempDir
    Path dir;

    @Test
    void userFileOverridesDefaultsAndKeepsTheRest() {
        Path file = TestFiles.write(dir, "ui.language=en", "counter.number=2", "office.kelurahan=64.72.09.1004");

        LoketSettings settings = TestFiles.load(dir, file);

        assertThat(settings.ui().language()).isEqualTo(Language.EN);
        assertThat(settings.counter()).isEqualTo(new CounterSettings(2, 3));
        assertThat(settings.office().kelurahanName()).isEqualTo("Bugis");
        assertThat(settings.office().kecamatanName()).isEqualTo("Samarinda Kota");
        assertThat(settings.office().cityName()).isEqualTo("Kota Samarinda");
        assertThat(settings.office().name()).isEqualTo("Kelurahan Bugis");
        assertThat(settings.ui().theme()).isEqualTo(Theme.STANDARD);
        assertThat(settings.sourceFile()).contains(file);
    }

    @Test
    void overridesBeatTheFile() {
        Path file = TestFiles.write(dir, "data.dir=from-file", "ui.theme=high-contrast");

        LoketSettings settings = TestFiles.load(dir, file, Map.of("data.dir", "from-command-line"));

        assertThat(settings.data().dataDir()).isEqualTo(dir.resolve("from-command-line"));
        assertThat(settings.ui().theme()).isEqualTo(Theme.HIGH_CONTRAST);
    }

    @Test
    void overridesApplyWithoutAFile() {
        LoketSettings settings = SettingsLoader.load(Optional.empty(), Map.of("ui.start-face", "ticket"), dir,
                KelurahanCatalog.builtIn());

        assertThat(settings.ui().startFace()).isEqualTo(StartFace.TICKET);
        assertThat(settings.sourceFile()).isEmpty();
    }

    @Test
    void relativeDataDirIsResolvedAgainstTheWorkingFolderAndAbsoluteIsKept() {
        Path absolute = dir.resolve("elsewhere").toAbsolutePath();
        Path relativeFile = TestFiles.write(dir, "data.dir=records/../loket-data");

        assertThat(TestFiles.load(dir, relativeFile).data().dataDir()).isEqualTo(dir.resolve("loket-data"));
        assertThat(TestFiles.load(dir, relativeFile, Map.of("data.dir", absolute.toString())).data().dataDir())
                .isEqualTo(absolute);
    }

    @Test
    void valuesAreTrimmed() {
        Path file = TestFiles.write(dir, "ui.language =   en   ", "ui.resident-idle-seconds= 120\t",
                "queue.services = IKD , PERLINSOS ,");

        LoketSettings settings = TestFiles.load(dir, file);

        assertThat(settings.ui().language()).isEqualTo(Language.EN);
        assertThat(settings.ui().residentIdle()).isEqualTo(Duration.ofSeconds(120));
        assertThat(settings.queue().services()).extracting(ServiceDefinition::code).containsExactly("IKD", "PERLINSOS");
    }

    @Test
    void emptyOptionalValuesMeanNotSet() {
        Path file = TestFiles.write(dir, "office.name=Kantor Lurah", "database.url=jdbc:h2:tcp://10.0.0.5/loket");

        LoketSettings settings = TestFiles.load(dir, file,
                Map.of("office.name", "  ", "database.url", "", "office.address", ""));

        assertThat(settings.office().name()).isEqualTo("Kelurahan Gunung Bahagia");
        assertThat(settings.data().databaseUrl()).isEmpty();
        assertThat(settings.office().address()).isEmpty();
    }

    @Test
    void lanDatabaseUrlIsKept() {
        Path file = TestFiles.write(dir, "database.url=jdbc:h2:tcp://192.168.1.10/loket");

        assertThat(TestFiles.load(dir, file).data().databaseUrl()).contains("jdbc:h2:tcp://192.168.1.10/loket");
    }

    @Test
    void utf8OfficeNameWithNonAsciiCharactersSurvives() {
        String name = "Kantor Kelurahan Gunung Bahagia — Loket Ramah Lansia ♿ (كلورهان)";
        Path file = TestFiles.write(dir, "office.name=" + name, "office.address=Jl. Café Nº 5");

        LoketSettings settings = TestFiles.load(dir, file);

        assertThat(settings.office().name()).isEqualTo(name);
        assertThat(settings.office().address()).isEqualTo("Jl. Café Nº 5");
    }

    @Test
    void fileSavedWithByteOrderMarkByNotepadIsRead() throws IOException {
        Path file = dir.resolve("loket.properties");
        Files.writeString(file, "\uFEFFui.language=en\r\noffice.name=Kelurahan Damai\r\n", StandardCharsets.UTF_8);

        LoketSettings settings = TestFiles.load(dir, file);

        assertThat(settings.ui().language()).isEqualTo(Language.EN);
        assertThat(settings.office().name()).isEqualTo("Kelurahan Damai");
    }

    @Test
    void deviceParametersAreKeptPerRoleForTheDriver() {
        Path file = TestFiles.write(dir, "device.scanner=serial", "device.scanner.port=/dev/ttyACM0",
                "device.scanner.delimiter=CRLF", "device.card-reader.field.nik=idNumber", "device.printer.queue=");

        DeviceSettings devices = TestFiles.load(dir, file).devices();

        assertThat(devices.scanner()).isEqualTo(new DeviceChoice("serial",
                Map.of("port", "/dev/ttyACM0", "delimiter", "CRLF")));
        assertThat(devices.cardReader().parameter("field.nik")).contains("idNumber");
        assertThat(devices.printer().parameters()).isEmpty();
    }

    @Test
    void theSoundIsARoleWithItsDriverAndParametersLikeTheOthers() {
        Path file = TestFiles.write(dir, "device.sound=simulated", "device.sound.script=/etc/loket/sound.txt",
                "device.sound.play-ms=200");

        DeviceSettings devices = TestFiles.load(dir, file).devices();

        assertThat(devices.sound()).isEqualTo(new DeviceChoice("simulated",
                Map.of("script", "/etc/loket/sound.txt", "play-ms", "200")));
        assertThat(devices.role(DeviceSettings.SOUND)).isSameAs(devices.sound());
    }

    @Test
    void aSoundDriverIdThatCannotBeOneIsRefusedNamingTheSetting() {
        Path file = TestFiles.write(dir, "device.sound=Speakers On");

        SettingsException error = TestFiles.failure(() -> TestFiles.load(dir, file));

        assertThat(error.getMessage()).contains("device.sound");
    }

    @Test
    void officeCanAddAServiceWithItsOwnLetterAndNames() {
        Path file = TestFiles.write(dir, "queue.services=PERLINSOS,KARTU_SSN",
                "queue.service.KARTU_SSN.letter=E",
                "queue.service.KARTU_SSN.name=Kartu Samarinda Satu Nama",
                "queue.service.KARTU_SSN.name.en=One-name card");

        QueueSettings queue = TestFiles.load(dir, file).queue();

        assertThat(queue.services()).extracting(ServiceDefinition::code).containsExactly("PERLINSOS", "KARTU_SSN");
        assertThat(queue.service("KARTU_SSN")).contains(
                new ServiceDefinition("KARTU_SSN", 'E', "Kartu Samarinda Satu Nama", "One-name card"));
    }

    @Test
    void serviceWithoutEnglishNameShowsItsIndonesianNameInEnglish() {
        Path file = TestFiles.write(dir, "queue.services=PERLINSOS,KARTU_SSN",
                "queue.service.KARTU_SSN.letter=E", "queue.service.KARTU_SSN.name=Kartu SSN");

        ServiceDefinition service = TestFiles.load(dir, file).queue().service("KARTU_SSN").orElseThrow();

        assertThat(service.name(Language.EN)).isEqualTo("Kartu SSN");
    }
}
