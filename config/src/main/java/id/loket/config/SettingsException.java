package id.loket.config;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * A setting Loket cannot start with. It carries the parts separately, so the application can word the
 * problem in the screen's language from {@link #kind()}; {@link #getMessage()} is an English sentence
 * for logs and the command line that names all of them.
 */
public final class SettingsException extends RuntimeException {

    /** What went wrong. */
    public enum Kind {
        /** A known key has a value outside what is allowed. */
        BAD_VALUE,
        /** A key that Loket does not know, usually a typo; {@link #suggestion()} may hold the intended key. */
        UNKNOWN_KEY,
        /** The settings file that was named does not exist. */
        MISSING_FILE,
        /** The settings file exists but cannot be read as UTF-8 {@code .properties} text. */
        UNREADABLE_FILE
    }

    private final Kind kind;
    private final String source;
    private final String key;
    private final String value;
    private final String allowed;
    private final String suggestion;

    private SettingsException(Kind kind, String source, String key, String value, String allowed, String suggestion,
                              String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.source = source;
        this.key = key;
        this.value = value;
        this.allowed = allowed;
        this.suggestion = suggestion;
    }

    /** A known key with a value that is not allowed. */
    public static SettingsException badValue(String source, String key, String value, String allowed) {
        String shown = value.isEmpty() ? "(empty)" : "\"" + value + "\"";
        return new SettingsException(Kind.BAD_VALUE, source, key, value, allowed, null,
                source + ": setting " + key + " = " + shown + " is not allowed. Allowed: " + endSentence(allowed), null);
    }

    /**
     * A key Loket does not know.
     *
     * @param allowed    what keys are allowed here; should already mention the suggestion, if any
     * @param suggestion the known key nearest to {@code key}, or {@code null} if none is close
     */
    public static SettingsException unknownKey(String source, String key, String value, String allowed,
                                               String suggestion) {
        return new SettingsException(Kind.UNKNOWN_KEY, source, key, value, allowed, suggestion,
                source + ": unknown setting " + key + " = \"" + value + "\". Allowed: " + endSentence(allowed), null);
    }

    /** The named settings file does not exist. */
    public static SettingsException missingFile(Path file) {
        String source = file.toString();
        String allowed = "the path of an existing settings file";
        return new SettingsException(Kind.MISSING_FILE, source, "", "", allowed, null,
                source + ": the settings file does not exist. Allowed: " + endSentence(allowed), null);
    }

    /** The named settings file exists but cannot be read or parsed. */
    public static SettingsException unreadableFile(Path file, String problem, Throwable cause) {
        String source = file.toString();
        String allowed = "a readable UTF-8 text file of key=value lines";
        return new SettingsException(Kind.UNREADABLE_FILE, source, "", "", allowed, null,
                source + ": the settings file cannot be read (" + problem + "). Allowed: " + endSentence(allowed),
                Objects.requireNonNull(cause, "cause"));
    }

    /** Ends the message with a full stop unless {@code allowed} already ends with one or a question mark. */
    private static String endSentence(String allowed) {
        return allowed.endsWith(".") || allowed.endsWith("?") ? allowed : allowed + ".";
    }

    public Kind kind() {
        return kind;
    }

    /** The settings file's path, {@value SettingsLoader#DEFAULTS_SOURCE} or {@value SettingsLoader#OVERRIDES_SOURCE}. */
    public String source() {
        return source;
    }

    /** The setting's key; empty for {@link Kind#MISSING_FILE} and {@link Kind#UNREADABLE_FILE}. */
    public String key() {
        return key;
    }

    /** The value as written, trimmed; empty if the value was empty or the whole file is the problem. */
    public String value() {
        return value;
    }

    /** A short neutral description of what is allowed, e.g. {@code id, en} or {@code 60–600}. */
    public String allowed() {
        return allowed;
    }

    /** For {@link Kind#UNKNOWN_KEY}: the known key the writer most likely meant. */
    public Optional<String> suggestion() {
        return Optional.ofNullable(suggestion);
    }
}
