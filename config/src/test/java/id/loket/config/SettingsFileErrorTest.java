package id.loket.config;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class SettingsFileErrorTest {

    @TempDir
    Path dir;

    @Test
    void missingConfigFileIsMissingFileNamingThePath() {
        Path missing = dir.resolve("no-such-loket.properties");

        SettingsException error = TestFiles.failure(() -> TestFiles.load(dir, missing));

        assertThat(error.kind()).isEqualTo(SettingsException.Kind.MISSING_FILE);
        assertThat(error.source()).isEqualTo(missing.toString());
        assertThat(error.getMessage()).contains(missing.toString(), "does not exist");
    }

    @Test
    void relativeMissingConfigFileIsNamedByItsAbsolutePath() {
        Optional<Path> relative = Optional.of(Path.of("conf/loket.properties"));

        SettingsException error = TestFiles.failure(
                () -> SettingsLoader.load(relative, Map.of(), dir, KelurahanCatalog.builtIn()));

        assertThat(error.kind()).isEqualTo(SettingsException.Kind.MISSING_FILE);
        assertThat(error.source()).isEqualTo(dir.resolve("conf/loket.properties").toString());
    }

    @Test
    void folderGivenAsConfigFileIsUnreadable() {
        SettingsException error = TestFiles.failure(() -> TestFiles.load(dir, dir));

        assertThat(error.kind()).isEqualTo(SettingsException.Kind.UNREADABLE_FILE);
        assertThat(error.source()).isEqualTo(dir.toString());
        assertThat(error.getMessage()).contains("folder");
    }

    @Test
    void fileThatIsNotUtf8IsUnreadableInsteadOfGarbled() throws IOException {
        Path file = dir.resolve("loket.properties");
        // "Kelurahan Café" as saved by an editor set to Windows-1252: 0xE9 is not valid UTF-8.
        Files.write(file, new byte[] {'o', 'f', 'f', 'i', 'c', 'e', '.', 'n', 'a', 'm', 'e', '=', 'C', 'a', 'f',
                (byte) 0xE9});

        SettingsException error = TestFiles.failure(() -> TestFiles.load(dir, file));

        assertThat(error.kind()).isEqualTo(SettingsException.Kind.UNREADABLE_FILE);
        assertThat(error.getMessage()).contains(file.toString(), "UTF-8");
        assertThat(error.getCause()).isNotNull();
    }

    @Test
    void malformedUnicodeEscapeIsUnreadable() {
        Path file = TestFiles.write(dir, "data.dir=C:\\users\\loket");

        SettingsException error = TestFiles.failure(() -> TestFiles.load(dir, file));

        assertThat(error.kind()).isEqualTo(SettingsException.Kind.UNREADABLE_FILE);
        assertThat(error.source()).isEqualTo(file.toString());
    }
}
