package id.loket.ui.counter.jkk;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Optional;

/** A day as an agent types it: {@code 2025-12-04}, {@code 4-12-2025} or {@code 4/12/2025}. */
final class DayInput {

    private static final List<DateTimeFormatter> FORMATS = List.of(
            DateTimeFormatter.ofPattern("uuuu-M-d").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d-M-uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT));

    private DayInput() {
    }

    static Optional<LocalDate> parse(String typed) {
        String text = typed == null ? "" : typed.strip();
        for (DateTimeFormatter format : FORMATS) {
            try {
                return Optional.of(LocalDate.parse(text, format));
            } catch (DateTimeParseException notThisOne) {
                // the next format may read it
            }
        }
        return Optional.empty();
    }
}
