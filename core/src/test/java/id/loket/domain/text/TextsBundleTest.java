package id.loket.domain.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps the two languages complete and the bundles free of dead text. A key counts as used when a
 * string literal in the main sources names it (or, for enum labels, when {@link EnumLabels} maps an
 * enum constant to it); a literal that looks like one of our keys must exist in both bundles.
 */
class TextsBundleTest {

    /** Every module's main sources: the words are shown by the services, the screens and the commands alike. */
    private static final List<Path> SOURCES = Stream.of("core", "commands", "screens", "kiosk-app")
            .map(module -> Path.of("..", module, "src/main/java")).toList();
    private static final Pattern LITERAL = Pattern.compile("\"([a-z][a-zA-Z0-9]*(?:\\.[a-zA-Z0-9_]+)+)\"");

    private static Properties indonesian;
    private static Properties english;
    private static Set<String> literals;

    @BeforeAll
    static void load() throws IOException {
        indonesian = bundle("messages_id.properties");
        english = bundle("messages_en.properties");
        literals = new TreeSet<>();
        for (Path sources : SOURCES) {
            try (Stream<Path> files = Files.walk(sources)) {
                files.filter(f -> f.toString().endsWith(".java"))
                        .flatMap(TextsBundleTest::literalsIn)
                        .forEach(literals::add);
            }
        }
    }

    @Test
    void bothLanguagesHaveTheSameKeys() {
        assertThat(english.stringPropertyNames()).isEqualTo(indonesian.stringPropertyNames());
    }

    @Test
    void everyKeyIsUsedByTheCode() {
        Set<String> used = new HashSet<>(literals);
        used.addAll(enumKeys());
        Set<String> unused = new TreeSet<>(indonesian.stringPropertyNames());
        unused.removeAll(used);
        assertThat(unused).as("keys no code refers to").isEmpty();
    }

    @Test
    void everyKeyTheCodeNamesExists() {
        Set<String> areas = indonesian.stringPropertyNames().stream()
                .map(key -> key.substring(0, key.indexOf('.')))
                .collect(Collectors.toSet());
        Set<String> missing = new TreeSet<>();
        for (String literal : literals) {
            String area = literal.substring(0, literal.indexOf('.'));
            if (areas.contains(area) && !indonesian.containsKey(literal) && !isPrefix(literal)) {
                missing.add(literal);
            }
        }
        missing.addAll(enumKeys().stream().filter(k -> !indonesian.containsKey(k)).toList());
        assertThat(missing).as("keys the code uses that no bundle has").isEmpty();
    }

    @Test
    void everyEntryIsAValidMessageFormat() {
        for (Properties bundle : new Properties[] {indonesian, english}) {
            for (String key : bundle.stringPropertyNames()) {
                new MessageFormat(bundle.getProperty(key));
            }
        }
    }

    @Test
    void apostrophesSurviveFormatting() {
        Texts texts = Texts.forLocale(Texts.ENGLISH);
        assertThat(texts.text("settings.unreadableFile", "x")).contains("file's");
    }

    @Test
    void aMissingKeyShowsInBracketsInsteadOfFailing() {
        assertThat(Texts.indonesian().text("no.such.key")).isEqualTo("[no.such.key]");
    }

    /** "registration.path." style prefixes, used with EnumLabels, are not keys themselves. */
    private static boolean isPrefix(String literal) {
        return indonesian.stringPropertyNames().stream().anyMatch(k -> k.startsWith(literal + "."))
                || literal.endsWith(".");
    }

    private static Set<String> enumKeys() {
        Set<String> keys = new TreeSet<>();
        EnumLabels.prefixes().forEach((type, prefix) -> {
            for (Enum<?> constant : type.getEnumConstants()) {
                keys.add(prefix + constant.name());
            }
        });
        return keys;
    }

    private static Stream<String> literalsIn(Path file) {
        try {
            Matcher matcher = LITERAL.matcher(Files.readString(file));
            Set<String> found = new HashSet<>();
            while (matcher.find()) {
                found.add(matcher.group(1));
            }
            return found.stream();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(Path.of("src/main/resources/i18n", name), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
