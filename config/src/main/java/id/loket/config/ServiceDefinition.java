package id.loket.config;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One service a resident can queue for.
 *
 * @param code        stable identifier used in settings and records, capital letters, digits and {@code _},
 *                    e.g. {@code PERLINSOS}
 * @param letter      the ticket letter, e.g. {@code A} for ticket A-007
 * @param nameId      Indonesian name shown on screens and tickets
 * @param nameEn      English name
 * @param colour      the service's colour as {@code #RRGGBB} on the ticket screen and the board, dark enough
 *                    for white text at 7:1; empty for the theme's colour
 * @param documentsId what to bring, in Indonesian, printed on the ticket (a short list, may be empty)
 * @param documentsEn the same in English
 */
public record ServiceDefinition(String code, char letter, String nameId, String nameEn, Optional<String> colour,
                                List<String> documentsId, List<String> documentsEn) {

    /** A service code: it becomes part of setting keys and stored records, so it stays plain. */
    public static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,31}");
    /** A colour as written in the settings: {@code #} and six hexadecimal digits. */
    public static final Pattern COLOUR = Pattern.compile("#[0-9A-Fa-f]{6}");
    /** More would not fit a 58 mm ticket under the QR code, and nobody reads a long list while queueing. */
    public static final int MAX_DOCUMENTS = 5;
    /** Longest item of the documents list: two lines on a 58 mm ticket. */
    public static final int MAX_DOCUMENT_LENGTH = 60;
    /** WCAG AAA (7:1) for normal text: resident screens are read by the elderly, often in daylight. */
    public static final double MIN_CONTRAST_WITH_WHITE = 7.0;

    public ServiceDefinition {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(nameId, "nameId");
        Objects.requireNonNull(nameEn, "nameEn");
        Objects.requireNonNull(colour, "colour");
        documentsId = List.copyOf(documentsId);
        documentsEn = List.copyOf(documentsEn);
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("service code must match " + CODE + ": " + code);
        }
        if (letter < 'A' || letter > 'Z') {
            throw new IllegalArgumentException("service letter must be A-Z: " + letter);
        }
        if (nameId.isBlank() || nameEn.isBlank()) {
            throw new IllegalArgumentException("service names must not be blank: " + code);
        }
        colour.ifPresent(value -> {
            if (!isReadableColour(value)) {
                throw new IllegalArgumentException("service colour must be #RRGGBB with white text at 7:1: " + value);
            }
        });
        if (!isDocumentList(documentsId) || !isDocumentList(documentsEn)) {
            throw new IllegalArgumentException("documents: at most " + MAX_DOCUMENTS + " items of at most "
                    + MAX_DOCUMENT_LENGTH + " characters: " + code);
        }
        colour = colour.map(value -> value.toUpperCase(Locale.ROOT));
    }

    /** A service with no colour of its own and nothing to bring listed. */
    public ServiceDefinition(String code, char letter, String nameId, String nameEn) {
        this(code, letter, nameId, nameEn, Optional.empty(), List.of(), List.of());
    }

    /** The service's name in the given language. */
    public String name(Language language) {
        return language == Language.EN ? nameEn : nameId;
    }

    /** What to bring, in the given language; the Indonesian list when no English one was written. */
    public List<String> documents(Language language) {
        return language == Language.EN && !documentsEn.isEmpty() ? documentsEn : documentsId;
    }

    static boolean isDocumentList(List<String> documents) {
        return documents.size() <= MAX_DOCUMENTS
                && documents.stream().allMatch(d -> !d.isBlank() && d.length() <= MAX_DOCUMENT_LENGTH);
    }

    /** Whether the value is a {@code #RRGGBB} colour on which white text reaches 7:1. */
    static boolean isReadableColour(String value) {
        return COLOUR.matcher(value).matches() && contrastWithWhite(value) >= MIN_CONTRAST_WITH_WHITE;
    }

    /** The WCAG contrast ratio of white text on this {@code #RRGGBB} background. */
    public static double contrastWithWhite(String colour) {
        int rgb = Integer.parseInt(colour.substring(1), 16);
        double luminance = 0.2126 * channel(rgb >> 16) + 0.7152 * channel(rgb >> 8) + 0.0722 * channel(rgb);
        return 1.05 / (luminance + 0.05);
    }

    private static double channel(int value) {
        double c = (value & 0xff) / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
