package id.loket.device.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Random values must survive write then parse unchanged; random, truncated and mutated texts must
 * either parse or throw {@link JsonException}, never anything else.
 */
class JsonFuzzTest {

    @Test
    void randomValuesRoundTrip() throws JsonException {
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 50_000; i++) {
            Object value = value(random, 0);
            String text = Json.write(value);
            assertThat(Json.parse(text)).as(text).isEqualTo(value);
        }
    }

    @Test
    void everyProperPrefixOfAnObjectIsRefused() {
        SplittableRandom random = new SplittableRandom(8);
        int refused = 0;
        for (int i = 0; i < 3_000; i++) {
            String text = Json.write(object(random, 0));
            for (int cut = 0; cut < text.length(); cut++) {
                String prefix = text.substring(0, cut);
                try {
                    Json.parse(prefix);
                    throw new AssertionError("a cut object parsed: " + prefix);
                } catch (JsonException e) {
                    refused++;
                }
            }
        }
        assertThat(refused).isGreaterThan(50_000);
    }

    @Test
    void mutatedTextsParseOrFailCleanly() {
        SplittableRandom random = new SplittableRandom(9);
        String alphabet = "{}[],:\"\\ntfu0123456789.-eE \t\r\n/abc\u0000\u00e9\uD83D\uDE00";
        int failed = 0;
        int parsed = 0;
        for (int i = 0; i < 150_000; i++) {
            StringBuilder text = new StringBuilder(Json.write(value(random, 0)));
            int edits = 1 + random.nextInt(4);
            for (int e = 0; e < edits; e++) {
                int at = random.nextInt(text.length() + 1);
                char c = alphabet.charAt(random.nextInt(alphabet.length()));
                switch (random.nextInt(3)) {
                    case 0 -> text.insert(at, c);
                    case 1 -> {
                        if (at < text.length()) {
                            text.deleteCharAt(at);
                        }
                    }
                    default -> {
                        if (at < text.length()) {
                            text.setCharAt(at, c);
                        }
                    }
                }
            }
            try {
                Object value = Json.parse(text.toString());
                assertThat(Json.parse(Json.write(value))).isEqualTo(value);
                parsed++;
            } catch (JsonException e) {
                assertThat(e.getMessage()).contains("line ").contains("column ");
                assertThat(e.offset()).isBetween(0, text.length());
                failed++;
            }
        }
        System.out.printf("JSON fuzz: 150000 mutated texts, %d parsed, %d refused%n", parsed, failed);
        assertThat(failed).isGreaterThan(10_000);
        assertThat(parsed).isGreaterThan(1_000);
    }

    static Object value(SplittableRandom random, int depth) {
        int pick = random.nextInt(depth > 3 ? 4 : 6);
        return switch (pick) {
            case 0 -> string(random);
            case 1 -> new BigDecimal(random.nextLong(-1_000_000_000_000_000L, 1_000_000_000_000_000L))
                    .movePointLeft(random.nextInt(4));
            case 2 -> random.nextBoolean();
            case 3 -> Json.NULL;
            case 4 -> object(random, depth + 1);
            default -> {
                List<Object> list = new ArrayList<>();
                for (int i = random.nextInt(4); i > 0; i--) {
                    list.add(value(random, depth + 1));
                }
                yield list;
            }
        };
    }

    static Map<String, Object> object(SplittableRandom random, int depth) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = random.nextInt(5); i > 0; i--) {
            map.put(string(random), value(random, depth + 1));
        }
        return map;
    }

    static String string(SplittableRandom random) {
        StringBuilder s = new StringBuilder();
        int[] specials = {'"', '\\', '/', '\n', '\t', 0x01, 0x1F, 0xE9, 0x2028, 0x1F600, 0x4E2D};
        for (int i = random.nextInt(10); i > 0; i--) {
            if (random.nextInt(4) == 0) {
                s.appendCodePoint(specials[random.nextInt(specials.length)]);
            } else {
                s.append((char) ('a' + random.nextInt(26)));
            }
        }
        return s.toString();
    }
}
