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
    private final Allowed allowed;
    private final String suggestion;

    private SettingsException(Kind kind, String source, String key, String value, Allowed allowed, String suggestion,
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
    public static SettingsException badValue(String source, String key, String value, Allowed allowed) {
        String shown = value.isEmpty() ? "(empty)" : "\"" + value + "\"";
        return new SettingsException(Kind.BAD_VALUE, source, key, value, allowed, null,
                source + ": setting " + key + " = " + shown + " is not allowed. Allowed: " + endSentence(allowed.english()),
                null);
    }

    /**
     * A key Loket does not know.
     *
     * @param allowed    what keys are allowed here
     * @param suggestion the known key nearest to {@code key}, or {@code null} if none is close
     */
    public static SettingsException unknownKey(String source, String key, String value, Allowed allowed,
                                               String suggestion) {
        String hint = suggestion == null ? "" : " Did you mean " + suggestion + "?";
        return new SettingsException(Kind.UNKNOWN_KEY, source, key, value, allowed, suggestion,
                source + ": unknown setting " + key + " = \"" + value + "\"." + hint + " Allowed: "
                        + endSentence(allowed.english()), null);
    }

    /** The named settings file does not exist. */
    public static SettingsException missingFile(Path file) {
        String source = file.toString();
        Allowed allowed = Allowed.of(Allowed.Rule.EXISTING_FILE);
        return new SettingsException(Kind.MISSING_FILE, source, "", "", allowed, null,
                source + ": the settings file does not exist. Allowed: " + endSentence(allowed.english()), null);
    }

    /** The named settings file exists but cannot be read or parsed. */
    public static SettingsException unreadableFile(Path file, String problem, Throwable cause) {
        String source = file.toString();
        Allowed allowed = Allowed.of(Allowed.Rule.READABLE_FILE);
        return new SettingsException(Kind.UNREADABLE_FILE, source, "", "", allowed, null,
                source + ": the settings file cannot be read (" + problem + "). Allowed: "
                        + endSentence(allowed.english()),
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

    /** What is allowed in English, e.g. {@code id, en} or {@code 60–600}, for logs and tests. */
    public String allowed() {
        return allowed.english();
    }

    /** What is allowed as a rule and its values, for wording it in the screen's language. */
    public Allowed allowedRule() {
        return allowed;
    }

    /** For {@link Kind#UNKNOWN_KEY}: the known key the writer most likely meant. */
    public Optional<String> suggestion() {
        return Optional.ofNullable(suggestion);
    }
}
