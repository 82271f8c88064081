package id.loket.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

/** Reads {@code .properties} text as UTF-8, whatever the platform's default charset is. */
final class PropertiesFiles {

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private PropertiesFiles() {
    }

    /**
     * Reads a settings file.
     *
     * @throws SettingsException {@code MISSING_FILE} or {@code UNREADABLE_FILE}, naming {@code file}
     */
    static Map<String, String> readFile(Path file) {
        if (Files.notExists(file)) {
            throw SettingsException.missingFile(file);
        }
        if (Files.isDirectory(file)) {
            throw SettingsException.unreadableFile(file, "it is a folder, not a file",
                    new IOException("is a directory: " + file));
        }
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            // A file saved as ANSI/Windows-1252 would otherwise turn "é" into garbage on receipts.
            throw SettingsException.unreadableFile(file, "it is not UTF-8 text; save it with UTF-8 encoding", e);
        } catch (IOException e) {
            throw SettingsException.unreadableFile(file, e.toString(), e);
        }
        try {
            return parse(text);
        } catch (IllegalArgumentException e) {
            throw SettingsException.unreadableFile(file, e.getMessage(), e);
        }
    }

    /**
     * Parses {@code .properties} text.
     *
     * @throws IllegalArgumentException on a malformed {@code \\uXXXX} escape
     */
    static Map<String, String> parse(String text) {
        // Windows Notepad starts UTF-8 files with a byte order mark, which would otherwise become part
        // of the first key and make it "unknown".
        String body = !text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK ? text.substring(1) : text;
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(body));
        } catch (IOException e) {
            throw new UncheckedIOException("reading from a string cannot fail", e);
        }
        Map<String, String> values = new HashMap<>();
        properties.stringPropertyNames().forEach(key -> values.put(key, properties.getProperty(key)));
        return values;
    }

    /** The UTF-8 text of a classpath resource that is part of the build. */
    static String readResource(String resource) {
        try (InputStream in = PropertiesFiles.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
