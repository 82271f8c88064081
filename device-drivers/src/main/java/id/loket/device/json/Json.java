package id.loket.device.json;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small JSON reader and writer (RFC 8259), written for the vendor bridges so the drivers need no
 * JSON library.
 *
 * <p>Strict about structure: no comments, no trailing commas, no single quotes, no duplicate member
 * names, no unescaped control characters, no lone surrogates, nothing after the value. Tolerant only
 * of a byte-order mark at the start and of whitespace around the value. Values come back as
 * {@code Map<String, Object>} (member order kept), {@code List<Object>}, {@link String},
 * {@link BigDecimal} (so a 16-digit NIK sent as a number keeps every digit), {@link Boolean} and
 * {@link #NULL}; all unmodifiable.
 */
public final class Json {

    /** JSON's null. */
    public enum Null {
        NULL;

        @Override
        public String toString() {
            return "null";
        }
    }

    public static final Null NULL = Null.NULL;

    public static final int DEFAULT_MAX_DEPTH = 64;
    private static final int MAX_NUMBER_LENGTH = 400;

    private final String text;
    private final int maxDepth;
    private int pos;

    private Json(String text, int maxDepth) {
        this.text = text;
        this.maxDepth = maxDepth;
    }

    public static Object parse(String text) throws JsonException {
        return parse(text, DEFAULT_MAX_DEPTH);
    }

    public static Object parse(String text, int maxDepth) throws JsonException {
        Json parser = new Json(text, maxDepth);
        if (text.startsWith("\uFEFF")) {
            parser.pos = 1;
        }
        parser.skipWhitespace();
        if (parser.pos >= text.length()) {
            throw parser.error("empty text: no JSON value");
        }
        Object value = parser.value(1);
        parser.skipWhitespace();
        if (parser.pos < text.length()) {
            throw parser.error("unexpected " + parser.describeHere() + " after the JSON value");
        }
        return value;
    }

    private Object value(int depth) throws JsonException {
        if (depth > maxDepth) {
            throw error("nested deeper than " + maxDepth + " levels");
        }
        if (pos >= text.length()) {
            throw error("unexpected end of text: a value was expected");
        }
        char c = text.charAt(pos);
        return switch (c) {
            case '{' -> object(depth);
            case '[' -> array(depth);
            case '"' -> string();
            case 't' -> literal("true", Boolean.TRUE);
            case 'f' -> literal("false", Boolean.FALSE);
            case 'n' -> literal("null", NULL);
            default -> {
                if (c == '-' || (c >= '0' && c <= '9')) {
                    yield number();
                }
                throw error("unexpected " + describeHere() + ": a value was expected");
            }
        };
    }

    private Map<String, Object> object(int depth) throws JsonException {
        pos++;
        Map<String, Object> members = new LinkedHashMap<>();
        skipWhitespace();
        if (peek() == '}') {
            pos++;
            return Collections.unmodifiableMap(members);
        }
        while (true) {
            skipWhitespace();
            if (peek() != '"') {
                throw error(peek() == '}' ? "trailing comma before '}'"
                        : "expected a member name in double quotes, found " + describeHere());
            }
            int nameAt = pos;
            String name = string();
            skipWhitespace();
            expect(':', "after member name \"" + shorten(name) + "\"");
            skipWhitespace();
            Object member = value(depth + 1);
            if (members.putIfAbsent(name, member) != null) {
                pos = nameAt;
                throw error("duplicate member name \"" + shorten(name) + "\"");
            }
            skipWhitespace();
            char next = peek();
            if (next == ',') {
                pos++;
            } else if (next == '}') {
                pos++;
                return Collections.unmodifiableMap(members);
            } else {
                throw error("expected ',' or '}' after a member, found " + describeHere());
            }
        }
    }

    private List<Object> array(int depth) throws JsonException {
        pos++;
        List<Object> items = new ArrayList<>();
        skipWhitespace();
        if (peek() == ']') {
            pos++;
            return Collections.unmodifiableList(items);
        }
        while (true) {
            skipWhitespace();
            if (peek() == ']') {
                throw error("trailing comma before ']'");
            }
            items.add(value(depth + 1));
            skipWhitespace();
            char next = peek();
            if (next == ',') {
                pos++;
            } else if (next == ']') {
                pos++;
                return Collections.unmodifiableList(items);
            } else {
                throw error("expected ',' or ']' after an array item, found " + describeHere());
            }
        }
    }

    private String string() throws JsonException {
        int start = pos;
        pos++;
        StringBuilder out = new StringBuilder();
        while (true) {
            if (pos >= text.length()) {
                pos = start;
                throw error("string not closed: the closing '\"' is missing");
            }
            char c = text.charAt(pos);
            if (c == '"') {
                pos++;
                return out.toString();
            }
            if (c == '\\') {
                escape(out);
                continue;
            }
            if (c < 0x20) {
                throw error(String.format("control character U+%04X inside a string must be escaped", (int) c));
            }
            if (Character.isHighSurrogate(c)) {
                if (pos + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(pos + 1))) {
                    throw error("broken character (a lone UTF-16 surrogate) inside a string");
                }
                out.append(c).append(text.charAt(pos + 1));
                pos += 2;
                continue;
            }
            if (Character.isLowSurrogate(c)) {
                throw error("broken character (a lone UTF-16 surrogate) inside a string");
            }
            out.append(c);
            pos++;
        }
    }

    private void escape(StringBuilder out) throws JsonException {
        if (pos + 1 >= text.length()) {
            throw error("string ends inside an escape");
        }
        char e = text.charAt(pos + 1);
        switch (e) {
            case '"', '\\', '/' -> out.append(e);
            case 'b' -> out.append('\b');
            case 'f' -> out.append('\f');
            case 'n' -> out.append('\n');
            case 'r' -> out.append('\r');
            case 't' -> out.append('\t');
            case 'u' -> {
                char unit = hex4(pos + 2);
                if (Character.isHighSurrogate(unit)) {
                    if (!text.startsWith("\\u", pos + 6)) {
                        throw error("\\u escape of a high surrogate without its low surrogate");
                    }
                    char low = hex4(pos + 8);
                    if (!Character.isLowSurrogate(low)) {
                        throw error("\\u escape of a high surrogate without its low surrogate");
                    }
                    out.append(unit).append(low);
                    pos += 12;
                    return;
                }
                if (Character.isLowSurrogate(unit)) {
                    throw error("\\u escape of a lone low surrogate");
                }
                out.append(unit);
                pos += 6;
                return;
            }
            default -> throw error("unknown escape \\" + printable(e) + " inside a string");
        }
        pos += 2;
    }

    private char hex4(int at) throws JsonException {
        if (at + 4 > text.length()) {
            throw error("\\u escape needs four hex digits");
        }
        int value = 0;
        for (int i = at; i < at + 4; i++) {
            int digit = Character.digit(text.charAt(i), 16);
            if (digit < 0 || text.charAt(i) > 'f') {
                throw error("\\u escape needs four hex digits");
            }
            value = value * 16 + digit;
        }
        return (char) value;
    }

    private BigDecimal number() throws JsonException {
        int start = pos;
        if (peek() == '-') {
            pos++;
        }
        if (peek() == '0') {
            pos++;
            if (isDigit(peek())) {
                throw error("a number must not start with 0 followed by a digit");
            }
        } else if (isDigit(peek())) {
            digits();
        } else {
            throw error("'-' must be followed by a digit");
        }
        if (peek() == '.') {
            pos++;
            if (!isDigit(peek())) {
                throw error("a decimal point must be followed by a digit");
            }
            digits();
        }
        if (peek() == 'e' || peek() == 'E') {
            pos++;
            if (peek() == '+' || peek() == '-') {
                pos++;
            }
            if (!isDigit(peek())) {
                throw error("an exponent needs digits");
            }
            digits();
        }
        if (pos - start > MAX_NUMBER_LENGTH) {
            pos = start;
            throw error("number longer than " + MAX_NUMBER_LENGTH + " characters");
        }
        try {
            return new BigDecimal(text.substring(start, pos));
        } catch (NumberFormatException | ArithmeticException e) {
            pos = start;
            throw error("number out of range");
        }
    }

    private void digits() {
        while (isDigit(peek())) {
            pos++;
        }
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private Object literal(String word, Object value) throws JsonException {
        if (!text.startsWith(word, pos)) {
            throw error("unexpected " + describeHere() + ": a value was expected");
        }
        pos += word.length();
        return value;
    }

    private void expect(char c, String where) throws JsonException {
        if (peek() != c) {
            throw error("expected '" + c + "' " + where + ", found " + describeHere());
        }
        pos++;
    }

    /** The character at the position, or U+0000 at the end (never valid where peeked). */
    private char peek() {
        return pos < text.length() ? text.charAt(pos) : '\0';
    }

    private void skipWhitespace() {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                return;
            }
            pos++;
        }
    }

    private String describeHere() {
        return pos >= text.length() ? "end of text" : "'" + printable(text.charAt(pos)) + "'";
    }

    private static String printable(char c) {
        return c < 0x20 || c == 0x7F || Character.isSurrogate(c) ? String.format("U+%04X", (int) c) : String.valueOf(c);
    }

    private static String shorten(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "...";
    }

    private JsonException error(String message) {
        int at = Math.min(pos, text.length());
        int line = 1;
        int column = 1;
        for (int i = 0; i < at; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return new JsonException(message + " (line " + line + ", column " + column + ")", at);
    }

    /** JSON text for a value made of maps, lists, strings, numbers, booleans and null. */
    public static String write(Object value) {
        StringBuilder out = new StringBuilder();
        write(value, out);
        return out.toString();
    }

    private static void write(Object value, StringBuilder out) {
        if (value == null || value == NULL) {
            out.append("null");
        } else if (value instanceof Boolean b) {
            out.append(b.booleanValue());
        } else if (value instanceof BigDecimal d) {
            out.append(d.toString());
        } else if (value instanceof Integer || value instanceof Long) {
            out.append(value);
        } else if (value instanceof Number n) {
            double d = n.doubleValue();
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                throw new IllegalArgumentException("JSON has no " + d);
            }
            out.append(BigDecimal.valueOf(d).toString());
        } else if (value instanceof CharSequence s) {
            quote(s, out);
        } else if (value instanceof Map<?, ?> map) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                if (!(entry.getKey() instanceof String key)) {
                    throw new IllegalArgumentException("JSON member names are strings, not " + entry.getKey());
                }
                if (!first) {
                    out.append(',');
                }
                first = false;
                quote(key, out);
                out.append(':');
                write(entry.getValue(), out);
            }
            out.append('}');
        } else if (value instanceof List<?> list) {
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                write(list.get(i), out);
            }
            out.append(']');
        } else {
            throw new IllegalArgumentException("no JSON form for " + value.getClass().getName());
        }
    }

    private static void quote(CharSequence s, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20 || (Character.isSurrogate(c) && !pairedAt(s, i))) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    private static boolean pairedAt(CharSequence s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
        }
        return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
    }
}
