package id.loket.device.sim;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A simulator script: one event per line, {@code <wait> <event> [arguments]}, where {@code <wait>}
 * is the time after the previous event ({@code 0}, {@code 250ms}, {@code 2s}, {@code 1.5s}). Blank
 * lines and lines starting with {@code #} are skipped; {@code repeat}, alone on the last line, starts
 * the script over. The format is described in {@code docs/devices.md}.
 */
public final class SimScript {

    /** One event line. */
    public record Step(int line, long waitMillis, String event, String arguments) {
        public Step {
            Objects.requireNonNull(event, "event");
            Objects.requireNonNull(arguments, "arguments");
        }
    }

    private static final Pattern WAIT = Pattern.compile("(\\d{1,6}(?:\\.\\d{1,3})?)(ms|s)?");
    private static final long MAX_WAIT_MILLIS = 3_600_000;

    private final String source;
    private final List<Step> steps;
    private final boolean repeat;

    private SimScript(String source, List<Step> steps, boolean repeat) {
        this.source = source;
        this.steps = List.copyOf(steps);
        this.repeat = repeat;
    }

    public String source() {
        return source;
    }

    public List<Step> steps() {
        return steps;
    }

    public boolean repeat() {
        return repeat;
    }

    /** An empty script: the simulator only does what it is told through its methods. */
    public static SimScript empty() {
        return new SimScript("(no script)", List.of(), false);
    }

    /**
     * @param source names the script in errors, e.g. its file name
     * @throws SimScriptException for a line that is not {@code <wait> <event> ...}, or a misplaced repeat
     */
    public static SimScript parse(String text, String source) throws SimScriptException {
        String[] lines = text.split("\r\n|\r|\n", -1);
        List<Step> steps = new ArrayList<>();
        boolean repeat = false;
        for (int i = 0; i < lines.length; i++) {
            int number = i + 1;
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (repeat) {
                throw new SimScriptException(source, number, "nothing may follow 'repeat'");
            }
            if (line.equals("repeat")) {
                if (steps.isEmpty()) {
                    throw new SimScriptException(source, number, "'repeat' needs at least one event before it");
                }
                repeat = true;
                continue;
            }
            String[] parts = lines[i].stripLeading().split(" ", 3);
            if (parts.length < 2 || parts[1].isBlank()) {
                throw new SimScriptException(source, number, "expected '<wait> <event> [arguments]', e.g. '500ms card-present'");
            }
            long wait = waitMillis(parts[0], source, number);
            String arguments = parts.length == 3 ? parts[2] : "";
            steps.add(new Step(number, wait, parts[1], arguments));
        }
        return new SimScript(source, steps, repeat);
    }

    private static long waitMillis(String text, String source, int line) throws SimScriptException {
        Matcher m = WAIT.matcher(text);
        if (!m.matches()) {
            throw new SimScriptException(source, line, "'" + text + "' is not a wait such as 0, 250ms, 2s or 1.5s");
        }
        double amount = Double.parseDouble(m.group(1));
        long millis = Math.round("s".equals(m.group(2)) ? amount * 1000 : amount);
        if (m.group(2) == null && m.group(1).contains(".")) {
            throw new SimScriptException(source, line, "'" + text + "': write a fraction with its unit, e.g. 1.5s");
        }
        if (millis > MAX_WAIT_MILLIS) {
            throw new SimScriptException(source, line, "'" + text + "' waits longer than an hour");
        }
        return millis;
    }

    /**
     * Reads {@code key=value} pairs; a value with spaces is written in double quotes, and a quoted
     * value takes the escapes of {@link #unescape}.
     */
    public static Map<String, String> pairs(String arguments, String source, int line) throws SimScriptException {
        Map<String, String> pairs = new LinkedHashMap<>();
        int i = 0;
        int n = arguments.length();
        while (true) {
            while (i < n && arguments.charAt(i) == ' ') {
                i++;
            }
            if (i >= n) {
                return pairs;
            }
            int eq = arguments.indexOf('=', i);
            if (eq < 0 || arguments.substring(i, eq).contains(" ") || eq == i) {
                throw new SimScriptException(source, line, "expected key=value at '" + arguments.substring(i) + "'");
            }
            String key = arguments.substring(i, eq);
            i = eq + 1;
            String value;
            if (i < n && arguments.charAt(i) == '"') {
                int end = i + 1;
                StringBuilder raw = new StringBuilder();
                while (end < n && arguments.charAt(end) != '"') {
                    if (arguments.charAt(end) == '\\' && end + 1 < n) {
                        raw.append(arguments, end, end + 2);
                        end += 2;
                    } else {
                        raw.append(arguments.charAt(end++));
                    }
                }
                if (end >= n) {
                    throw new SimScriptException(source, line, "the quoted value of " + key + " is not closed");
                }
                value = unescape(raw.toString(), source, line);
                i = end + 1;
            } else {
                int end = arguments.indexOf(' ', i);
                end = end < 0 ? n : end;
                value = arguments.substring(i, end);
                i = end;
            }
            if (pairs.put(key, value) != null) {
                throw new SimScriptException(source, line, key + " is given twice");
            }
        }
    }

    /** Resolves the escapes backslash-backslash, -quote, -t, -r, -n, -x with two hex digits and -u with four. */
    public static String unescape(String text, String source, int line) throws SimScriptException {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '\\') {
                out.append(c);
                continue;
            }
            if (i + 1 >= text.length()) {
                throw new SimScriptException(source, line, "a lone \\ at the end; write \\\\ for a backslash");
            }
            char e = text.charAt(++i);
            switch (e) {
                case '\\' -> out.append('\\');
                case '"' -> out.append('"');
                case 't' -> out.append('\t');
                case 'r' -> out.append('\r');
                case 'n' -> out.append('\n');
                case 'x', 'u' -> {
                    int digits = e == 'x' ? 2 : 4;
                    String hex = text.substring(i + 1, Math.min(text.length(), i + 1 + digits));
                    if (hex.length() != digits || !hex.chars().allMatch(h -> Character.digit(h, 16) >= 0 && h < 128)) {
                        throw new SimScriptException(source, line, "\\" + e + " needs " + digits + " hex digits");
                    }
                    out.append((char) Integer.parseInt(hex, 16));
                    i += digits;
                }
                default -> throw new SimScriptException(source, line, "unknown escape \\" + e);
            }
        }
        return out.toString();
    }
}
