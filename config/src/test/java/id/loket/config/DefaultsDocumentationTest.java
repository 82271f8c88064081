package id.loket.config;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The defaults file is the documentation of the settings, so it must neither miss a key the loader reads
 * nor keep one it no longer reads. Both directions are checked against what the loader actually read.
 */
class DefaultsDocumentationTest {

    private static final String TEXT = SettingsLoader.defaultsText();

    @Test
    void everyKeyTheLoaderReadsIsInTheDefaultsFileAndEveryKeyThereIsRead() {
        SettingLayers layers = new SettingLayers();
        layers.add(SettingsLoader.DEFAULTS_SOURCE, PropertiesFiles.parse(TEXT));
        SettingsReader reader = new SettingsReader(layers);

        new SettingsBuilder(reader, KelurahanCatalog.builtIn(), Path.of("/work")).build(Optional.empty());

        assertThat(reader.keysRead()).isEqualTo(new TreeSet<>(PropertiesFiles.parse(TEXT).keySet()));
    }

    @Test
    void everyFixedKeyIsInTheDefaultsFile() {
        assertThat(PropertiesFiles.parse(TEXT).keySet()).containsAll(SettingKeys.FIXED);
    }

    @Test
    void everyKeyInTheDefaultsFileIsAcceptedInAnOfficeFile() {
        KnownKeys known = new KnownKeys(List.of("PERLINSOS", "IKD", "PEKERJA_RENTAN", "INFORMASI"));

        assertThat(PropertiesFiles.parse(TEXT).keySet()).allMatch(known::isKnown);
    }

    @Test
    void everyKeyHasACommentDirectlyAboveItWithAllowedValuesAndAnExample() {
        List<String> undocumented = new ArrayList<>();
        String[] lines = TEXT.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            if (isSetting(lines[i]) && !hasCommentBlockAbove(lines, i)) {
                undocumented.add(lines[i]);
            }
        }
        assertThat(undocumented).isEmpty();
    }

    @Test
    void keysAreWrittenOnePerLineWithoutContinuations() {
        Set<String> keysFromLines = new TreeSet<>();
        for (String line : TEXT.split("\\R")) {
            if (isSetting(line)) {
                keysFromLines.add(line.substring(0, line.indexOf('=')));
                assertThat(line).doesNotEndWith("\\");
            }
        }
        assertThat(keysFromLines).isEqualTo(new TreeSet<>(PropertiesFiles.parse(TEXT).keySet()));
    }

    @Test
    void exampleKelurahanOfErrorMessagesIsTheDefaultAndInTheCatalog() {
        assertThat(PropertiesFiles.parse(TEXT).get(SettingKeys.OFFICE_KELURAHAN))
                .isEqualTo(SettingsBuilder.EXAMPLE_KELURAHAN);
        assertThat(KelurahanCatalog.builtIn().find(SettingsBuilder.EXAMPLE_KELURAHAN)).isPresent();
    }

    private static boolean isSetting(String line) {
        return !line.isBlank() && !line.startsWith("#");
    }

    /** The comment block right above the key says what is allowed and gives an example. */
    private static boolean hasCommentBlockAbove(String[] lines, int keyLine) {
        StringBuilder block = new StringBuilder();
        for (int i = keyLine - 1; i >= 0 && lines[i].startsWith("#"); i--) {
            block.insert(0, lines[i] + "\n");
        }
        return block.indexOf("# Allowed:") >= 0 && block.indexOf("# Example:") >= 0
                && !block.toString().startsWith("# Allowed:");
    }
}
