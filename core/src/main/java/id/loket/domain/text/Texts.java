package id.loket.domain.text;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * The words of the application in one language, read from {@code i18n/messages_<lang>.properties}.
 *
 * <p>Every entry is a {@link MessageFormat} pattern (write an apostrophe as {@code ''}); pass numbers
 * that are not quantities (years, ids) as strings so they are not grouped as {@code 2.026}.
 *
 * <p>Bahasa Indonesia is the default and the fallback. A key that is missing renders as the key in
 * brackets rather than failing, so a forgotten text is visible on screen but never stops a resident's
 * service; the bundle test keeps that from reaching a release.
 */
public final class Texts {

    public static final Locale INDONESIAN = Locale.forLanguageTag("id");
    public static final Locale ENGLISH = Locale.ENGLISH;
    static final String BUNDLE = "i18n.messages";

    private final ResourceBundle bundle;
    private final Locale locale;

    private Texts(ResourceBundle bundle, Locale locale) {
        this.bundle = bundle;
        this.locale = locale;
    }

    public static Texts forLocale(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        Locale chosen = ENGLISH.getLanguage().equals(locale.getLanguage()) ? ENGLISH : INDONESIAN;
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, chosen, Texts.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new Texts(bundle, chosen);
    }

    public static Texts indonesian() {
        return forLocale(INDONESIAN);
    }

    public Locale locale() {
        return locale;
    }

    /** The text for {@code key} with its {@link MessageFormat} arguments filled in. */
    public String text(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException missing) {
            return "[" + key + "]";
        }
        // A message given as an argument (what a setting allows) is said in this language too.
        Object[] said = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            said[i] = args[i] instanceof Message inner ? text(inner) : args[i];
        }
        // Always through MessageFormat, so an apostrophe is written '' in every entry alike.
        return new MessageFormat(pattern, locale).format(said);
    }

    public String text(Message message) {
        return text(message.key(), message.args().toArray());
    }
}
