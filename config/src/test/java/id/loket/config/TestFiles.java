package id.loket.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Writes settings files for tests and loads them with the folder as working folder. */
final class TestFiles {

    private TestFiles() {
    }

    static Path write(Path dir, String... lines) {
        Path file = dir.resolve("loket.properties");
        try {
            Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    static LoketSettings load(Path dir, Path file) {
        return load(dir, file, Map.of());
    }

    static LoketSettings load(Path dir, Path file, Map<String, String> overrides) {
        return SettingsLoader.load(Optional.of(file), overrides, dir, KelurahanCatalog.builtIn());
    }

    /** The SettingsException {@code call} throws; fails the test if it throws none. */
    static SettingsException failure(ThrowingCallable call) {
        SettingsException error = catchThrowableOfType(SettingsException.class, call);
        assertThat(error).as("a SettingsException").isNotNull();
        return error;
    }
}
