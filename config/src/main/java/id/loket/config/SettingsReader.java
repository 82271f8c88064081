package id.loket.config;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Typed access to the layered raw settings. Every read that fails throws a {@link SettingsException}
 * naming the layer the value came from, so the record-building code never handles raw strings' errors.
 * It also notes every key read, so a test can check the defaults file documents exactly what is read.
 */
final class SettingsReader {

    private static final Pattern WHOLE_NUMBER = Pattern.compile("\\d{1,9}");
    private static final Pattern CAPITAL_LETTER = Pattern.compile("[A-Z]");

    private final SettingLayers layers;
    private final Set<String> keysRead = new TreeSet<>();

    SettingsReader(SettingLayers layers) {
        this.layers = layers;
    }

    /** Every key read so far, including each {@link #withPrefix} match. */
    Set<String> keysRead() {
        return Collections.unmodifiableSet(keysRead);
    }

    /** The trimmed value; empty, whether written empty or not written at all, means "not set". */
    Optional<String> optional(String key) {
        keysRead.add(key);
        return layers.get(key).map(SettingLayers.Entry::value).filter(value -> !value.isEmpty());
    }

    /** The trimmed value, which must not be empty. */
    String required(String key, Allowed allowed) {
        return requiredFor(key, key, allowed);
    }

    /**
     * Like {@link #required}, for a key that is needed because of another one: a service's letter is needed
     * because {@code queue.services} lists the service, so if it is missing that layer is to blame.
     */
    String requiredFor(String key, String causeKey, Allowed allowed) {
        return optional(key).orElseThrow(() -> invalidFor(key, causeKey, allowed));
    }

    /** A whole number from {@code min} to {@code max}. */
    int integer(String key, int min, int max) {
        return integer(key, min, max, Allowed.of(Allowed.Rule.RANGE, min, max));
    }

    /** A whole number of at least {@code min}. */
    int integerAtLeast(String key, int min) {
        return integer(key, min, Integer.MAX_VALUE, Allowed.of(Allowed.Rule.AT_LEAST, min));
    }

    /** One of the constants, written as the word {@code word} gives for it. */
    <E> E choice(String key, E[] constants, Function<E, String> word) {
        Allowed allowed = Allowed.of(Allowed.Rule.ONE_OF,
                Arrays.stream(constants).map(word).collect(Collectors.joining(", ")));
        String value = required(key, allowed);
        return Arrays.stream(constants)
                .filter(constant -> word.apply(constant).equals(value))
                .findFirst()
                .orElseThrow(() -> invalid(key, allowed));
    }

    /** One of the given words, exactly as written there. */
    String oneOf(String key, List<String> words) {
        Allowed allowed = Allowed.of(Allowed.Rule.ONE_OF, String.join(", ", words));
        String value = required(key, allowed);
        if (!words.contains(value)) {
            throw invalid(key, allowed);
        }
        return value;
    }

    /** One capital letter A–Z; if missing, {@code causeKey}'s layer is named as in {@link #requiredFor}. */
    char letter(String key, String causeKey) {
        Allowed allowed = Allowed.of(Allowed.Rule.CAPITAL_LETTER);
        String value = requiredFor(key, causeKey, allowed);
        if (!CAPITAL_LETTER.matcher(value).matches()) {
            throw invalid(key, allowed);
        }
        return value.charAt(0);
    }

    /** A comma-separated list, items trimmed; empty items (as from a trailing comma) are left out. */
    List<String> list(String key) {
        return splitList(optional(key).orElse(""));
    }

    /** Every set key starting with {@code prefix}, keyed by the rest of the key; empty values are "not set". */
    Map<String, String> withPrefix(String prefix) {
        Map<String, String> found = new TreeMap<>();
        for (SettingLayers.Entry entry : layers.entries()) {
            if (entry.key().startsWith(prefix) && entry.key().length() > prefix.length()) {
                keysRead.add(entry.key());
                if (!entry.value().isEmpty()) {
                    found.put(entry.key().substring(prefix.length()), entry.value());
                }
            }
        }
        return found;
    }

    /** The error for the current value of {@code key}. */
    SettingsException invalid(String key, Allowed allowed) {
        return invalidFor(key, key, allowed);
    }

    /** Which layer set {@code key}: a higher number is a later layer, -1 if no layer set it. */
    int layerOf(String key) {
        return layers.get(key).map(SettingLayers.Entry::layer).orElse(-1);
    }

    /** Splits a comma-separated value the way {@link #list} does. */
    static List<String> splitList(String value) {
        return Arrays.stream(value.split(","))
                .map(String::strip)
                .filter(item -> !item.isEmpty())
                .toList();
    }

    private int integer(String key, int min, int max, Allowed allowed) {
        String value = required(key, allowed);
        // Nine digits at most, so parsing cannot overflow; "210.000" (Indonesian grouping) is refused here.
        if (!WHOLE_NUMBER.matcher(value).matches()) {
            throw invalid(key, allowed);
        }
        int number = Integer.parseInt(value);
        if (number < min || number > max) {
            throw invalid(key, allowed);
        }
        return number;
    }

    private SettingsException invalidFor(String key, String causeKey, Allowed allowed) {
        SettingLayers.Entry blamed = layers.get(key)
                .or(() -> layers.get(causeKey))
                .orElseThrow(() -> new IllegalStateException("neither " + key + " nor " + causeKey + " is set"));
        String value = blamed.key().equals(key) ? blamed.value() : "";
        return SettingsException.badValue(blamed.source(), key, value, allowed);
    }
}
