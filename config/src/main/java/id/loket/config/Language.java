package id.loket.config;

import java.util.Locale;

/** The language of the screens and printouts ({@code ui.language}). Bahasa Indonesia is the default. */
public enum Language {
    /** Bahasa Indonesia, setting value {@code id}. */
    ID("id", Locale.forLanguageTag("id-ID")),
    /** English, setting value {@code en}. */
    EN("en", Locale.forLanguageTag("en"));

    private final String settingValue;
    private final Locale locale;

    Language(String settingValue, Locale locale) {
        this.settingValue = settingValue;
        this.locale = locale;
    }

    /** The locale for message bundles and for formatting dates and numbers. */
    public Locale locale() {
        return locale;
    }

    /** The word used for this language in {@code loket.properties}. */
    public String settingValue() {
        return settingValue;
    }
}
