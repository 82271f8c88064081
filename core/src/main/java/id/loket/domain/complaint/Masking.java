package id.loket.domain.complaint;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a complaint's personal data shows in a list (UU 27/2022): the contact with only its first two and
 * last two characters, the text cut to its start with every run of six or more digits masked (a phone
 * number, a NIK typed into the text). The whole text is shown only when one complaint is opened.
 */
public final class Masking {

    /** Characters of the text shown in a list. */
    public static final int PREVIEW = 40;
    private static final Pattern DIGITS = Pattern.compile("\\d[\\d .\\-]{4,}\\d");

    private Masking() {
    }

    /** "081234567890" is "08********90"; four characters or fewer are all masked. */
    public static String contact(String contact) {
        if (contact == null || contact.isEmpty()) {
            return "";
        }
        if (contact.length() <= 4) {
            return "*".repeat(contact.length());
        }
        return contact.substring(0, 2) + "*".repeat(contact.length() - 4) + contact.substring(contact.length() - 2);
    }

    /** The start of the text, numbers masked, with "…" when it goes on. */
    public static String preview(String text) {
        if (text == null) {
            return "";
        }
        Matcher matcher = DIGITS.matcher(text);
        StringBuilder masked = new StringBuilder();
        while (matcher.find()) {
            String found = matcher.group();
            matcher.appendReplacement(masked, Matcher.quoteReplacement(found.charAt(0)
                    + "*".repeat(found.length() - 2) + found.charAt(found.length() - 1)));
        }
        matcher.appendTail(masked);
        String all = masked.toString();
        return all.length() <= PREVIEW ? all : all.substring(0, PREVIEW).strip() + "…";
    }
}
