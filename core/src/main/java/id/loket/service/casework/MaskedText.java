package id.loket.service.casework;

import id.loket.domain.text.Message;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks numbers that may be a NIK or KK number before they reach a list on screen or on paper
 * (UU 27/2022; REFERENCE: at least the middle six digits hidden). A number that is not valid still
 * identifies a person when it is one digit off, so any run of ten or more digits is masked alike.
 */
public final class MaskedText {

    private static final Pattern LONG_NUMBER = Pattern.compile("\\d[\\d .\\-]{8,}\\d");
    private static final Pattern SEPARATORS = Pattern.compile("[ .\\-]");

    private MaskedText() {
    }

    /** "6471050101900011" is "647105******0011"; text without such numbers is returned as it is. */
    public static String mask(String text) {
        if (text == null) {
            return "";
        }
        Matcher matcher = LONG_NUMBER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String digits = SEPARATORS.matcher(matcher.group()).replaceAll("");
            matcher.appendReplacement(out, Matcher.quoteReplacement(digits.length() < 10 ? matcher.group()
                    : digits.substring(0, 6) + "*".repeat(digits.length() - 10) + digits.substring(digits.length() - 4)));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    /** The message with every text argument masked. */
    static Message mask(Message message) {
        List<Object> args = new ArrayList<>();
        for (Object arg : message.args()) {
            args.add(arg instanceof String text ? mask(text) : arg);
        }
        return new Message(message.key(), args);
    }
}
