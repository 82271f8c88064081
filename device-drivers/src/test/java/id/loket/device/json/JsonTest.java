package id.loket.device.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class JsonTest {

    @Test
    void readsAVendorMessageKeepingOrderAndEveryDigit() throws JsonException {
        Object value = Json.parse("\uFEFF {\"event\":\"card-read\",\"data\":{\"nik\":6471054707500003,"
                + "\"nama\":\"SITI AMINAH\",\"rt\":\"003\",\"foto\":null,\"ok\":true,\"list\":[1,-2.5e3,[]]}}\n");
        @SuppressWarnings("unchecked")
        Map<String, Object> root = (Map<String, Object>) value;
        assertThat(root.keySet()).containsExactly("event", "data");
        Map<?, ?> data = (Map<?, ?>) root.get("data");
        assertThat(data.get("nik")).isEqualTo(new BigDecimal("6471054707500003"));
        assertThat(((BigDecimal) data.get("nik")).toPlainString()).isEqualTo("6471054707500003");
        assertThat(data.get("foto")).isSameAs(Json.NULL);
        assertThat(data.get("ok")).isEqualTo(true);
        assertThat(data.get("list")).isEqualTo(List.of(new BigDecimal("1"), new BigDecimal("-2.5e3"), List.of()));
    }

    @Test
    void escapesIncludingSurrogatePairs() throws JsonException {
        assertThat(Json.parse("\"a\\\"b\\\\c\\/d\\b\\f\\n\\r\\t\\u00e9\\ud83d\\ude00\""))
                .isEqualTo("a\"b\\c/d\b\f\n\r\té\uD83D\uDE00");
    }

    @ParameterizedTest
    // The texts and messages quote with ' themselves: no quote character of CSV's may stand for it.
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "{\"a\":1,}|trailing comma before '}' (line 1, column 8)",
            "[1,2,]|trailing comma before ']'",
            "{'a':1}|expected a member name in double quotes, found '''",
            "{\"a\" 1}|expected ':' after member name \"a\", found '1'",
            "{\"a\":1 \"b\":2}|expected ',' or '}' after a member, found '\"'",
            "{\"a\":1,\"a\":2}|duplicate member name \"a\" (line 1, column 8)",
            "[01]|a number must not start with 0 followed by a digit",
            "[1.]|a decimal point must be followed by a digit",
            "[1e]|an exponent needs digits",
            "[-]|'-' must be followed by a digit",
            "[tru]|unexpected 't': a value was expected",
            "\"abc|string not closed",
            "\"a\\qb\"|unknown escape \\q inside a string",
            "\"\\u12\"|\\u escape needs four hex digits",
            "\"\\ud800\"|\\u escape of a high surrogate without its low surrogate",
            "\"\\udc00\"|\\u escape of a lone low surrogate",
            "{} {}|unexpected '{' after the JSON value",
            "// comment|unexpected '/': a value was expected",
            "[1e999999999999]|number out of range",
    })
    void refusesBrokenStructureWithAClearMessage(String text, String message) {
        assertThatThrownBy(() -> Json.parse(text)).isInstanceOf(JsonException.class).hasMessageContaining(message);
    }

    @Test
    void whitespaceAloneIsNoValue() {
        assertThatThrownBy(() -> Json.parse(" \t\r\n ")).hasMessageContaining("empty text: no JSON value");
    }

    @Test
    void namesTheLineAndColumn() {
        assertThatThrownBy(() -> Json.parse("{\n  \"a\": [1,\n  2,,]\n}"))
                .hasMessageContaining("(line 3, column 5)");
    }

    @Test
    void aControlCharacterInsideAStringMustBeEscaped() {
        assertThatThrownBy(() -> Json.parse("\"a\nb\"")).hasMessageContaining("control character U+000A");
    }

    @Test
    void aLoneSurrogateCharacterIsRefused() {
        assertThatThrownBy(() -> Json.parse("\"a\uD800b\"")).hasMessageContaining("lone UTF-16 surrogate");
    }

    @Test
    void nestingDeeperThanTheLimitIsRefusedWithoutBlowingTheStack() {
        String deep = "[".repeat(100_000) + "]".repeat(100_000);
        assertThatThrownBy(() -> Json.parse(deep)).hasMessageContaining("nested deeper than 64 levels");
        assertThat(catchParse("[".repeat(64) + "]".repeat(64))).isNull();
    }

    @Test
    void hugeNumbersAreRefusedNotComputed() {
        assertThatThrownBy(() -> Json.parse("1" + "0".repeat(1000))).hasMessageContaining("number longer than 400");
    }

    @Test
    void writesWhatItReads() throws JsonException {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("nik", "6471054707500003");
        value.put("name", "Siti \"Ami\" \\ Aminah\n\u0001é😀");
        value.put("n", new BigDecimal("12.50"));
        value.put("list", List.of(true, false, Json.NULL));
        String text = Json.write(value);
        assertThat(text).isEqualTo("{\"nik\":\"6471054707500003\",\"name\":\"Siti \\\"Ami\\\" \\\\ Aminah\\n\\u0001é😀\","
                + "\"n\":12.50,\"list\":[true,false,null]}");
        assertThat(Json.parse(text)).isEqualTo(value);
    }

    private static JsonException catchParse(String text) {
        try {
            Json.parse(text);
            return null;
        } catch (JsonException e) {
            return e;
        }
    }
}
