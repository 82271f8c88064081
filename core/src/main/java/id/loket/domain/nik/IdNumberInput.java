package id.loket.domain.nik;

import id.loket.domain.text.Message;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns what was typed or pasted for a NIK or KK number into its digits, or says why it cannot.
 *
 * <p>Shared by both numbers because people write them the same ways: grouped with spaces, dots or dashes
 * as on a photocopy, pasted with invisible characters from a chat app, or taken from a spreadsheet in
 * which Excel has already turned the number into scientific notation and lost its last digits.
 */
final class IdNumberInput {

    static final int LENGTH = 16;

    /**
     * How Excel shows a 16-digit number in a "General" cell: {@code 6.47106E+15}, or with a decimal comma
     * in an Indonesian locale. The text keeps only the first few digits, so it cannot be repaired.
     * One digit before the separator, as Excel writes it, so a stray "E" typed inside a long number is
     * still reported as a wrong character.
     */
    private static final Pattern EXCEL_SCIENTIFIC = Pattern.compile("[0-9](?:[.,][0-9]+)?[eE]\\+?[0-9]{1,2}");

    /**
     * @param normalized the input with formatting removed; any character that is not formatting is kept,
     *                   so it is all digits unless {@code errors} complains about a character
     * @param errors     empty exactly when {@code normalized} is 16 digits
     */
    record Result(String normalized, List<Message> errors) {
        Result {
            errors = List.copyOf(errors);
        }

        boolean sixteenDigits() {
            return errors.isEmpty();
        }
    }

    private IdNumberInput() {
    }

    static Result read(String raw, NumberKind kind) {
        String input = raw == null ? "" : raw;
        String normalized = removeFormatting(input);

        // Checked before the characters, because "E" and "+" would otherwise be reported as typos.
        String compact = withoutSpaces(input);
        if (EXCEL_SCIENTIFIC.matcher(compact).matches()) {
            return new Result(normalized, List.of(kind.damagedByExcel(compact)));
        }
        Set<String> bad = new LinkedHashSet<>();
        normalized.codePoints().filter(cp -> !isAsciiDigit(cp)).forEach(cp -> bad.add(describe(cp)));
        if (!bad.isEmpty()) {
            // Only the characters: a length complaint would count digits of a number that is wrong anyway.
            return new Result(normalized, List.of(kind.notDigits(String.join(", ", bad))));
        }
        if (normalized.isEmpty()) {
            return new Result(normalized, List.of(kind.empty()));
        }
        if (normalized.length() != LENGTH) {
            return new Result(normalized, List.of(kind.wrongLength(normalized.length())));
        }
        return new Result(normalized, List.of());
    }

    /** Spaces, dots, dashes and invisible characters only group the digits; they carry no meaning. */
    private static boolean isFormatting(int cp) {
        if (cp == '.' || cp == '\uFF0E' || cp == '\u2212') { // full stop, fullwidth full stop, minus sign
            return true;
        }
        if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) { // includes no-break spaces
            return true;
        }
        int type = Character.getType(cp);
        // DASH_PUNCTUATION covers hyphen-minus and the unicode dashes; FORMAT covers zero-width
        // spaces, joiners and the byte order mark that copy and paste brings along.
        return type == Character.DASH_PUNCTUATION || type == Character.FORMAT;
    }

    private static String removeFormatting(String input) {
        StringBuilder kept = new StringBuilder(input.length());
        input.codePoints().filter(cp -> !isFormatting(cp)).forEach(kept::appendCodePoint);
        return kept.toString();
    }

    private static String withoutSpaces(String input) {
        return input.codePoints()
                .filter(cp -> !(Character.isWhitespace(cp) || Character.isSpaceChar(cp)))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
    }

    private static boolean isAsciiDigit(int cp) {
        return cp >= '0' && cp <= '9';
    }

    /** A visible character in quotes; a control character as its code, since it cannot be shown. */
    private static String describe(int cp) {
        if (Character.isISOControl(cp) || !Character.isDefined(cp)) {
            return String.format("U+%04X", cp);
        }
        return "\"" + new String(Character.toChars(cp)) + "\"";
    }
}
