package id.loket.domain.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import id.loket.domain.registration.Correction;
import id.loket.domain.registration.RegistrationPath;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Keeps the two languages complete and the bundles free of dead text. A key counts as used when a
 * string literal in the main sources names it (or, for enum labels, when a constant of an enum marked
 * {@link LabelPrefix} is said through it); a literal that looks like one of our keys must exist in
 * both bundles.
 */
class TextsBundleTest {

    /** Every module's main sources: the words are shown by the services, the screens and the commands alike. */
    private static final List<Path> SOURCES = Stream.of("core", "commands", "screens", "kiosk-app")
            .map(module -> Path.of("..", module, "src/main/java")).toList();
    private static final Pattern LITERAL = Pattern.compile("\"([a-z][a-zA-Z0-9]*(?:\\.[a-zA-Z0-9_]+)+)\"");

    private static Properties indonesian;
    private static Properties english;
    private static Set<String> literals;
    private static Set<Class<?>> labelledEnums;

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
        labelledEnums = new ClassFileImporter().withImportOption(new ImportOption.DoNotIncludeTests())
                .importPackages("id.loket.domain").stream()
                .filter(JavaClass::isEnum)
                .filter(type -> type.isAnnotatedWith(LabelPrefix.class))
                .map(JavaClass::reflect)
                .collect(Collectors.toSet());
    }

    @Test
    void theEnumsAPersonSeesAreFoundByTheirMark() {
        assertThat(labelledEnums).contains(RegistrationPath.class, Correction.Field.class);
        assertThat(EnumLabels.key(Correction.Field.PHONE)).isEqualTo("correction.field.PHONE");
    }

    @Test
    void noKeyIsWrittenTwiceInABundle() throws IOException {
        for (String name : List.of("messages_id.properties", "messages_en.properties")) {
            // Properties.load keeps the last of two equal keys without a word: the first text is lost.
            assertThat(keysWrittenTwice(Path.of("src/main/resources/i18n", name))).as("keys written twice in " + name)
                    .isEmpty();
        }
    }

    @Test
    void aKeyWrittenTwiceIsFound(@TempDir Path dir) throws IOException {
        Path bundle = dir.resolve("messages_x.properties");
        Files.writeString(bundle, "# a comment=with a sign\na.one=Satu\na.two = Dua \\\n  a.one=not a key\n\n"
                + "a.three: Tiga\na.one=Lagi\n! a.two=comment\na.two=Dua lagi\n", StandardCharsets.UTF_8);
        assertThat(keysWrittenTwice(bundle)).containsExactly("a.one (lines 2, 7)", "a.two (lines 3, 9)");
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
        for (Class<?> type : labelledEnums) {
            for (Object constant : type.getEnumConstants()) {
                keys.add(EnumLabels.key((Enum<?>) constant));
            }
        }
        return keys;
    }

    /**
     * The keys of a bundle file that more than one entry defines, read line by line as
     * {@link Properties#load(Reader)} reads them: comments start with # or !, a line ending in an odd
     * number of backslashes goes on in the next, and the key ends at the first unescaped =, : or blank.
     */
    static List<String> keysWrittenTwice(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        Map<String, List<Integer>> where = new HashMap<>();
        boolean continued = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            String trimmed = line.stripLeading();
            boolean startsEntry = !continued && !trimmed.isEmpty()
                    && trimmed.charAt(0) != '#' && trimmed.charAt(0) != '!';
            if (startsEntry) {
                where.computeIfAbsent(keyOf(trimmed), k -> new ArrayList<>()).add(i + 1);
            }
            continued = (startsEntry || continued) && endsInOddBackslashes(line);
        }
        return where.entrySet().stream().filter(e -> e.getValue().size() > 1)
                .map(e -> e.getKey() + " (lines " + e.getValue().stream().map(String::valueOf)
                        .collect(Collectors.joining(", ")) + ")")
                .sorted().toList();
    }

    private static String keyOf(String entry) {
        StringBuilder key = new StringBuilder();
        for (int i = 0; i < entry.length(); i++) {
            char c = entry.charAt(i);
            if (c == '\\' && i + 1 < entry.length()) {
                key.append(entry.charAt(++i));
            } else if (c == '=' || c == ':' || Character.isWhitespace(c)) {
                break;
            } else {
                key.append(c);
            }
        }
        return key.toString();
    }

    private static boolean endsInOddBackslashes(String line) {
        int count = 0;
        for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) {
            count++;
        }
        return count % 2 == 1;
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
