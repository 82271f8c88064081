package id.loket.config;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static id.loket.config.SettingKeys.QUEUE_PRIORITY_LETTER;
import static id.loket.config.SettingKeys.QUEUE_SERVICES;

/** Builds {@link QueueSettings} from {@code queue.*}: the listed services, their letters and names. */
final class QueueSettingsBuilder {

    private static final String CODES_ALLOWED =
            "comma-separated service codes of capital letters, digits and _, each once, e.g. PERLINSOS,IKD";

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
                    "the service's name in Indonesian, e.g. Aktivasi IKD");
            // An office adding a local service may not know an English name; showing the Indonesian one
            // on the English screen is better than refusing to start.
            String nameEn = reader.optional(SettingKeys.serviceNameEn(code)).orElse(nameId);
            services.add(new ServiceDefinition(code, letter, nameId, nameEn));
        }
        requireDistinctLetters(services, priority);
        return new QueueSettings(services, priority);
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
        uses.add(new LetterUse(QUEUE_PRIORITY_LETTER, "priority", priority));
        services.forEach(s -> uses.add(new LetterUse(SettingKeys.serviceLetter(s.code()), s.code(), s.letter())));
        Map<Character, LetterUse> firstUse = new HashMap<>();
        for (LetterUse use : uses) {
            LetterUse earlier = firstUse.putIfAbsent(use.letter(), use);
            if (earlier != null) {
                LetterUse blamed = reader.layerOf(earlier.key()) > reader.layerOf(use.key()) ? earlier : use;
                throw reader.invalid(blamed.key(), "one capital letter A–Z not taken by another lane; taken: "
                        + takenBesides(uses, blamed));
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
