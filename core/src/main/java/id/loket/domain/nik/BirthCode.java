package id.loket.domain.nik;

import id.loket.domain.text.Message;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Digits 7-12 of a NIK: the birth date as DDMMYY, with 40 added to the day for women.
 *
 * <p>The year has no century. The rule used is the one a clerk uses: the most recent year that gives a
 * real date that is not in the future, so {@code 50} is 1950 and {@code 10} is 2010. When the person's
 * birth date is known from another document, either century is accepted if it matches, which covers
 * people over a hundred.
 */
final class BirthCode {

    /** Dates in messages are written day-month-year, as on Indonesian forms. */
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd-MM-uuuu");
    private static final int WOMAN_OFFSET = 40;

    /** The decoded date and sex when they could be read, and everything that was wrong. */
    record Decoded(Optional<LocalDate> birthDate, Optional<Sex> sex, List<Message> errors) {
        Decoded {
            errors = List.copyOf(errors);
        }
    }

    private BirthCode() {
    }

    /**
     * @param sixDigits       digits 7-12 of the NIK
     * @param today           the date "future" is measured against
     * @param statedBirthDate the birth date from the form or another document, if any
     * @param statedSex       the sex from the form, if any
     */
    static Decoded decode(String sixDigits, LocalDate today, Optional<LocalDate> statedBirthDate,
            Optional<Sex> statedSex) {
        String dayDigits = sixDigits.substring(0, 2);
        String monthDigits = sixDigits.substring(2, 4);
        int codedDay = Integer.parseInt(dayDigits);
        int month = Integer.parseInt(monthDigits);
        int twoDigitYear = Integer.parseInt(sixDigits.substring(4, 6));
        boolean monthValid = month >= 1 && month <= 12;
        List<Message> errors = new ArrayList<>();

        Optional<Sex> sex = sexOf(codedDay);
        if (sex.isEmpty()) {
            // 00, 32-40 and 72-99 belong to nobody.
            errors.add(Message.of("nik.birth.day", dayDigits));
        }
        if (!monthValid) {
            errors.add(Message.of("nik.birth.month", monthDigits));
        }
        if (sex.isPresent() && statedSex.isPresent() && sex.get() != statedSex.get()) {
            errors.add(sexMismatch(sex.get(), dayDigits, codedDay));
        }
        if (sex.isEmpty() || !monthValid) {
            // Without a day and a month there is no date to look for in the calendar.
            return new Decoded(Optional.empty(), sex, errors);
        }

        int day = sex.get() == Sex.PEREMPUAN ? codedDay - WOMAN_OFFSET : codedDay;
        Optional<LocalDate> birthDate = resolveCentury(day, month, twoDigitYear, today, statedBirthDate,
                sixDigits, errors);
        return new Decoded(birthDate, sex, errors);
    }

    private static Optional<Sex> sexOf(int codedDay) {
        if (codedDay >= 1 && codedDay <= 31) {
            return Optional.of(Sex.LAKI_LAKI);
        }
        if (codedDay >= 1 + WOMAN_OFFSET && codedDay <= 31 + WOMAN_OFFSET) {
            return Optional.of(Sex.PEREMPUAN);
        }
        return Optional.empty();
    }

    private static Message sexMismatch(Sex coded, String dayDigits, int codedDay) {
        if (coded == Sex.PEREMPUAN) {
            return Message.of("nik.sex.female.stated.male", dayDigits, String.valueOf(codedDay - WOMAN_OFFSET));
        }
        return Message.of("nik.sex.male.stated.female", dayDigits);
    }

    /** Picks 20YY or 19YY (latest first) and adds an error when neither fits. */
    private static Optional<LocalDate> resolveCentury(int day, int month, int twoDigitYear, LocalDate today,
            Optional<LocalDate> stated, String sixDigits, List<Message> errors) {
        List<LocalDate> real = new ArrayList<>(2);
        for (int century : new int[] {2000, 1900}) {
            // YearMonth rather than LocalDate.of, so 29 February in a common year is a plain "no".
            YearMonth yearMonth = YearMonth.of(century + twoDigitYear, month);
            if (yearMonth.isValidDay(day)) {
                real.add(yearMonth.atDay(day));
            }
        }
        if (real.isEmpty()) {
            String shown = String.format("%02d-%s-%s", day, sixDigits.substring(2, 4), sixDigits.substring(4, 6));
            errors.add(Message.of("nik.birth.date", shown));
            return Optional.empty();
        }
        List<LocalDate> possible = real.stream().filter(date -> !date.isAfter(today)).toList();
        if (possible.isEmpty()) {
            errors.add(Message.of("nik.birth.future", SHOWN.format(real.get(0))));
            return Optional.empty();
        }
        if (stated.isPresent()) {
            if (possible.contains(stated.get())) {
                return stated;
            }
            errors.add(Message.of("nik.birth.mismatch", SHOWN.format(possible.get(0)), SHOWN.format(stated.get())));
            return Optional.empty();
        }
        return Optional.of(possible.get(0));
    }
}
