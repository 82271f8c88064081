package id.loket.domain.nik;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The {@code nik.*} keys used in this package and those in the bundles are the same set. A smaller
 * cousin of the project-wide bundle test, so this package can be checked on its own.
 */
class NikMessageKeysTest {

    /** Maven runs tests in the module directory. */
    private static final Path SOURCES = Path.of("src/main/java/id/loket/domain/nik");
    private static final Pattern LITERAL_KEY = Pattern.compile("Message\\.of\\(\\s*\"(nik\\.[^\"]+)\"");
    private static final Pattern ANY_CALL = Pattern.compile("Message\\.of\\(");

    @Test
    void everyMessageInThisPackageHasALiteralNikKey() throws IOException {
        String code = allSources();

        assertThat(count(ANY_CALL, code)).isEqualTo(count(LITERAL_KEY, code)).isPositive();
    }

    @ParameterizedTest
    @ValueSource(strings = {"id", "en"})
    void bundleHasExactlyTheNikKeysTheCodeUses(String language) throws IOException {
        Properties bundle = bundle(language);
        Set<String> inBundle = new TreeSet<>();
        bundle.stringPropertyNames().stream().filter(key -> key.startsWith("nik.")).forEach(inBundle::add);

        assertThat(inBundle).isEqualTo(usedKeys());
    }

    @ParameterizedTest
    @ValueSource(strings = {"id", "en"})
    void nikPatternsHaveNoLoneApostrophe(String language) throws IOException {
        Properties bundle = bundle(language);
        for (String key : usedKeys()) {
            String pattern = bundle.getProperty(key, "");
            // A single ' starts a quoted section in MessageFormat and silently swallows the {0} after it.
            assertThat(pattern.replace("''", "")).as(key).doesNotContain("'");
            assertThat(new MessageFormat(pattern).getFormats()).as(key).isNotNull();
        }
    }

    private static Set<String> usedKeys() throws IOException {
        Set<String> keys = new TreeSet<>();
        Matcher matcher = LITERAL_KEY.matcher(allSources());
        while (matcher.find()) {
            keys.add(matcher.group(1));
        }
        return keys;
    }

    private static String allSources() throws IOException {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.list(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                all.append(Files.readString(file)).append('\n');
            }
        }
        return all.toString();
    }

    private static long count(Pattern pattern, String text) {
        return pattern.matcher(text).results().count();
    }

    private static Properties bundle(String language) throws IOException {
        String resource = "/i18n/messages_" + language + ".properties";
        try (InputStream in = NikMessageKeysTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            Properties properties = new Properties();
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
            return properties;
        }
    }
}
