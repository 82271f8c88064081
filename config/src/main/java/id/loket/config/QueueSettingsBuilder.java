package id.loket.config;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.time.LocalTime;
import java.util.regex.Pattern;
import java.util.Set;
import java.util.stream.Collectors;

import static id.loket.config.SettingKeys.QUEUE_PRIORITY_LETTER;
import static id.loket.config.SettingKeys.QUEUE_SERVICES;

/** Builds {@link QueueSettings} from {@code queue.*}: the listed services, their letters and names. */
final class QueueSettingsBuilder {

    private static final Allowed CODES_ALLOWED = Allowed.of(Allowed.Rule.SERVICE_CODES);

    private static final Pattern CLOCK_TIME = Pattern.compile("([01]?[0-9]|2[0-3]):[0-5][0-9]");

    private final SettingsReader reader;

    QueueSettingsBuilder(SettingsReader reader) {
        this.reader = reader;
    }

    QueueSettings build() {
        List<String> codes = serviceCodes();
        char priority = reader.letter(QUEUE_PRIORITY_LETTER, QUEUE_PRIORITY_LETTER);
        List<ServiceDefinition> services = new ArrayList<>();
        for (String code : codes) {
            char letter = reader.letter(SettingKeys.serviceLetter(code), QUEUE_SERVICES);
            String nameId = reader.requiredFor(SettingKeys.serviceName(code), QUEUE_SERVICES,
                    Allowed.of(Allowed.Rule.SERVICE_NAME));
            // An office adding a local service may not know an English name; showing the Indonesian one
            // on the English screen is better than refusing to start.
            String nameEn = reader.optional(SettingKeys.serviceNameEn(code)).orElse(nameId);
            services.add(new ServiceDefinition(code, letter, nameId, nameEn, colour(code),
                    documents(SettingKeys.serviceDocuments(code)), documents(SettingKeys.serviceDocumentsEn(code))));
        }
        requireDistinctLetters(services, priority);
        return new QueueSettings(services, priority, rules());
    }

    private QueueSettings.Rules rules() {
        int calls = reader.integer(SettingKeys.QUEUE_NO_SHOW_CALLS, 1, QueueSettings.Rules.MAX_NO_SHOW_CALLS);
        int returnAfter = reader.integer(SettingKeys.QUEUE_NO_SHOW_RETURN_AFTER, 1,
                QueueSettings.Rules.MAX_RETURN_AFTER);
        int inRow = reader.integer(SettingKeys.QUEUE_PRIORITY_MAX_IN_ROW, 1, QueueSettings.Rules.MAX_PRIORITY_IN_ROW);
        int minutes = reader.integer(SettingKeys.QUEUE_DEFAULT_SERVICE_MINUTES, 1,
                QueueSettings.Rules.MAX_SERVICE_MINUTES);
        return new QueueSettings.Rules(calls, returnAfter, inRow, minutes, closingTime());
    }

    /** {@code HH:MM} on the 24-hour clock; a day that closes before 08:00 is surely a typo (8:00 for 18:00). */
    private LocalTime closingTime() {
        Allowed allowed = Allowed.of(Allowed.Rule.CLOSING_TIME);
        String value = reader.required(SettingKeys.QUEUE_DAY_CLOSES_AT, allowed);
        if (!CLOCK_TIME.matcher(value).matches()) {
            throw reader.invalid(SettingKeys.QUEUE_DAY_CLOSES_AT, allowed);
        }
        LocalTime time = LocalTime.parse(value.length() == 4 ? "0" + value : value);
        if (time.isBefore(LocalTime.of(8, 0))) {
            throw reader.invalid(SettingKeys.QUEUE_DAY_CLOSES_AT, allowed);
        }
        return time;
    }

    private Optional<String> colour(String code) {
        String key = SettingKeys.serviceColour(code);
        Optional<String> colour = reader.optional(key);
        if (colour.isPresent() && !ServiceDefinition.isReadableColour(colour.get())) {
            throw reader.invalid(key, Allowed.of(Allowed.Rule.SERVICE_COLOUR));
        }
        return colour;
    }

    private List<String> documents(String key) {
        List<String> documents = reader.list(key);
        if (!ServiceDefinition.isDocumentList(documents)) {
            throw reader.invalid(key, Allowed.of(Allowed.Rule.SERVICE_DOCUMENTS, ServiceDefinition.MAX_DOCUMENTS,
                    ServiceDefinition.MAX_DOCUMENT_LENGTH));
        }
        return documents;
    }

    private List<String> serviceCodes() {
        List<String> codes = reader.list(QUEUE_SERVICES);
        Set<String> seen = new HashSet<>();
        if (codes.isEmpty()) {
            throw reader.invalid(QUEUE_SERVICES, CODES_ALLOWED);
        }
        for (String code : codes) {
            if (!ServiceDefinition.CODE.matcher(code).matches() || !seen.add(code)) {
                throw reader.invalid(QUEUE_SERVICES, CODES_ALLOWED);
            }
        }
        return codes;
    }

    /**
     * A called number must name one lane, so no two services and not the priority lane share a letter.
     * Of two clashing keys the one set in the later layer is blamed: it is the change that broke it.
     */
    private void requireDistinctLetters(List<ServiceDefinition> services, char priority) {
        List<LetterUse> uses = new ArrayList<>();
        uses.add(new LetterUse(QUEUE_PRIORITY_LETTER, QUEUE_PRIORITY_LETTER, priority));
        services.forEach(s -> uses.add(new LetterUse(SettingKeys.serviceLetter(s.code()), s.code(), s.letter())));
        Map<Character, LetterUse> firstUse = new HashMap<>();
        for (LetterUse use : uses) {
            LetterUse earlier = firstUse.putIfAbsent(use.letter(), use);
            if (earlier != null) {
                LetterUse blamed = reader.layerOf(earlier.key()) > reader.layerOf(use.key()) ? earlier : use;
                throw reader.invalid(blamed.key(), Allowed.of(Allowed.Rule.LETTER_NOT_TAKEN, takenBesides(uses, blamed)));
            }
        }
    }

    private static String takenBesides(List<LetterUse> uses, LetterUse blamed) {
        return uses.stream()
                .filter(use -> use != blamed)
                .sorted(Comparator.comparing(LetterUse::letter))
                .map(use -> use.letter() + " (" + use.label() + ")")
                .collect(Collectors.joining(", "));
    }

    private record LetterUse(String key, String label, char letter) {
    }
}
