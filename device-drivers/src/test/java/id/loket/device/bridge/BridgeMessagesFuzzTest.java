package id.loket.device.bridge;

import static org.assertj.core.api.Assertions.assertThat;

import id.loket.device.api.CardEvent;
import id.loket.device.api.DeviceProblem;
import id.loket.device.json.Json;
import id.loket.device.json.JsonException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * A few hundred thousand generated, mutated and cut vendor messages. For every one: no exception
 * escapes; the outcome is events or exactly one BRIDGE_MESSAGE_INVALID, never both; text that is not
 * JSON is always refused; a well-formed read is always taken.
 */
class BridgeMessagesFuzzTest {

    private static final Instant NOW = Instant.parse("2026-03-01T02:00:00Z");
    private final BridgeMessages messages = new BridgeMessages(FieldMapping.defaults(), BridgeMessages.Keys.defaults(),
            64 * 1024);

    @Test
    void generatedMutatedAndCutMessages() {
        SplittableRandom random = new SplittableRandom(42);
        int total = 0;
        int invalid = 0;
        int reads = 0;
        for (int i = 0; i < 40_000; i++) {
            String good = Json.write(message(random));
            BridgeMessages.Interpretation meaning = messages.interpret(good, NOW);
            check(good, meaning);
            assertThat(meaning.invalid()).as(good).isFalse();
            total++;
            for (int m = 0; m < 4; m++) {
                String mutated = mutate(random, good);
                BridgeMessages.Interpretation result = messages.interpret(mutated, NOW);
                check(mutated, result);
                invalid += result.invalid() ? 1 : 0;
                reads += result.events().stream().filter(CardEvent.CardRead.class::isInstance).count();
                total++;
            }
            String cut = good.substring(0, random.nextInt(good.length()));
            BridgeMessages.Interpretation result = messages.interpret(cut, NOW);
            check(cut, result);
            assertThat(result.invalid()).as("cut message %s", cut).isTrue();
            invalid++;
            total++;
        }
        for (int i = 0; i < 40_000; i++) {
            byte[] noise = new byte[random.nextInt(60)];
            random.nextBytes(noise);
            String text = new String(noise, java.nio.charset.StandardCharsets.ISO_8859_1);
            BridgeMessages.Interpretation result = messages.interpret(text, NOW);
            check(text, result);
            invalid += result.invalid() ? 1 : 0;
            total++;
        }
        System.out.printf("Bridge message fuzz: %d messages, %d refused, %d reads taken%n", total, invalid, reads);
        assertThat(total).isGreaterThanOrEqualTo(280_000);
        assertThat(invalid).isGreaterThan(total / 4);
    }

    private static void check(String text, BridgeMessages.Interpretation result) {
        boolean json;
        try {
            Json.parse(text);
            json = true;
        } catch (JsonException e) {
            json = false;
        }
        if (!json) {
            assertThat(result.invalid()).as("not JSON, yet taken: %s", text).isTrue();
        }
        if (result.invalid()) {
            assertThat(result.events()).hasSize(1);
            assertThat(result.status()).isEmpty();
        } else {
            assertThat(result.events()).noneMatch(e -> e instanceof CardEvent.CardReadFailed f
                    && f.problem() == DeviceProblem.BRIDGE_MESSAGE_INVALID);
        }
    }

    private static Map<String, Object> message(SplittableRandom random) {
        Map<String, Object> message = new LinkedHashMap<>();
        switch (random.nextInt(6)) {
            case 0 -> message.put("event", "card-present");
            case 1 -> message.put("event", "card-removed");
            case 2 -> {
                message.put("event", "error");
                message.put("code", List.of("SAM_MISSING", "TIMEOUT", "E" + random.nextInt(99)).get(random.nextInt(3)));
            }
            default -> {
                message.put("event", "card-read");
                message.put("data", card(random));
            }
        }
        return message;
    }

    static Map<String, Object> card(SplittableRandom random) {
        Map<String, Object> card = new LinkedHashMap<>();
        card.put(random.nextBoolean() ? "nik" : "NIK", String.valueOf(6_400_000_000_000_000L + random.nextLong(99_999_999_999_999L)));
        card.put(random.nextBoolean() ? "nama" : "namaLengkap", "WARGA " + random.nextInt(1000));
        card.put("tanggalLahir", String.format("%02d-%02d-%d", 1 + random.nextInt(28), 1 + random.nextInt(12),
                1930 + random.nextInt(80)));
        card.put(random.nextBoolean() ? "rt" : "nomorRt", String.format("%03d", random.nextInt(40)));
        card.put("rw", random.nextInt(20));
        card.put("berlakuHingga", random.nextBoolean() ? "SEUMUR HIDUP" : "2030-12-31");
        if (random.nextBoolean()) {
            card.put("foto", "/9j/" + random.nextLong());
        }
        return card;
    }

    private static String mutate(SplittableRandom random, String text) {
        StringBuilder s = new StringBuilder(text);
        String alphabet = "{}[]:,\"\\ 0129-aZ\u0000\u00e9";
        for (int e = 1 + random.nextInt(3); e > 0; e--) {
            int at = random.nextInt(s.length() + 1);
            switch (random.nextInt(3)) {
                case 0 -> s.insert(at, alphabet.charAt(random.nextInt(alphabet.length())));
                case 1 -> {
                    if (at < s.length()) {
                        s.deleteCharAt(at);
                    }
                }
                default -> {
                    if (at < s.length()) {
                        s.setCharAt(at, alphabet.charAt(random.nextInt(alphabet.length())));
                    }
                }
            }
        }
        return s.toString();
    }
}
