package id.loket.config;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One service a resident can queue for.
 *
 * @param code   stable identifier used in settings and records, capital letters, digits and {@code _},
 *               e.g. {@code PERLINSOS}
 * @param letter the ticket letter, e.g. {@code A} for ticket A-007
 * @param nameId Indonesian name shown on screens and tickets
 * @param nameEn English name
 */
public record ServiceDefinition(String code, char letter, String nameId, String nameEn) {

    /** A service code: it becomes part of setting keys and stored records, so it stays plain. */
    public static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,31}");

    public ServiceDefinition {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(nameId, "nameId");
        Objects.requireNonNull(nameEn, "nameEn");
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("service code must match " + CODE + ": " + code);
        }
        if (letter < 'A' || letter > 'Z') {
            throw new IllegalArgumentException("service letter must be A-Z: " + letter);
        }
        if (nameId.isBlank() || nameEn.isBlank()) {
            throw new IllegalArgumentException("service names must not be blank: " + code);
        }
    }

    /** The service's name in the given language. */
    public String name(Language language) {
        return language == Language.EN ? nameEn : nameId;
    }
}
