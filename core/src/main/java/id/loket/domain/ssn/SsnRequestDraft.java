package id.loket.domain.ssn;

import id.loket.domain.text.Message;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An SSN card request as the agent typed it, before it is checked. The card number and the police letter
 * are kept as given (trimmed only): the Perwali sets no format for the card number.
 */
public record SsnRequestDraft(String nik, String name, Optional<SsnRequestKind> kind, String cardNumber,
                              String policeLetter, String phone) {

    public static final int MAX_NAME = 200;
    public static final int MAX_CARD_NUMBER = 64;
    public static final int MAX_POLICE_LETTER = 100;
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 \\-]{6,18}");

    /** Where the agent must look to fix a problem. */
    public enum Field { NIK, NAME, KIND, CARD_NUMBER, POLICE_LETTER, PHONE }

    /** One thing wrong with the draft, at its field. */
    public record Problem(Field field, Message message) {
    }

    public SsnRequestDraft {
        nik = strip(nik);
        name = strip(name);
        cardNumber = strip(cardNumber);
        policeLetter = strip(policeLetter);
        phone = strip(phone);
        kind = kind == null ? Optional.empty() : kind;
    }

    /**
     * What is wrong apart from the NIK (checked by the NIK rules), in the order of the form. A police letter
     * given where none is asked is kept: the resident brought it.
     */
    public List<Problem> problems(PoliceLetterRule rule) {
        List<Problem> problems = new ArrayList<>();
        if (name.isEmpty()) {
            problems.add(new Problem(Field.NAME, Message.of("ssn.problem.noName")));
        } else if (name.length() > MAX_NAME) {
            problems.add(new Problem(Field.NAME, Message.of("ssn.problem.tooLong", MAX_NAME)));
        }
        if (kind.isEmpty()) {
            problems.add(new Problem(Field.KIND, Message.of("ssn.problem.noKind")));
        }
        if (cardNumber.length() > MAX_CARD_NUMBER) {
            problems.add(new Problem(Field.CARD_NUMBER, Message.of("ssn.problem.tooLong", MAX_CARD_NUMBER)));
        }
        if (kind.isPresent() && rule.required(kind.get()) && policeLetter.isEmpty()) {
            problems.add(new Problem(Field.POLICE_LETTER, Message.of("ssn.problem.noPoliceLetter")));
        } else if (policeLetter.length() > MAX_POLICE_LETTER) {
            problems.add(new Problem(Field.POLICE_LETTER, Message.of("ssn.problem.tooLong", MAX_POLICE_LETTER)));
        }
        if (!phone.isEmpty() && !PHONE.matcher(phone).matches()) {
            problems.add(new Problem(Field.PHONE, Message.of("ssn.problem.phone")));
        }
        return problems;
    }

    public Optional<String> givenCardNumber() {
        return cardNumber.isEmpty() ? Optional.empty() : Optional.of(cardNumber);
    }

    public Optional<String> givenPoliceLetter() {
        return policeLetter.isEmpty() ? Optional.empty() : Optional.of(policeLetter);
    }

    public Optional<String> givenPhone() {
        return phone.isEmpty() ? Optional.empty() : Optional.of(phone);
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }
}
