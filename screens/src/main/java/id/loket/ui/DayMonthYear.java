package id.loket.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import javafx.scene.control.DatePicker;
import javafx.util.StringConverter;

/**
 * Dates typed and shown as day-month-year (04-06-2026), the way Indonesian offices write them,
 * whatever the PC's own locale is; the month-first form would make 4 June read as 6 April.
 */
public final class DayMonthYear extends StringConverter<LocalDate> {

    /** Strict: a day the calendar does not have (31-02-1980) is not a date, never quietly the 29th. */
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("dd-MM-uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    public static DatePicker picker(String cssId) {
        DatePicker picker = Ids.id(new DatePicker(), cssId, "field");
        picker.setConverter(new DayMonthYear());
        picker.setPromptText("dd-mm-yyyy");
        return picker;
    }

    @Override
    public String toString(LocalDate date) {
        return date == null ? "" : FORMAT.format(date);
    }

    /** Text that is not a date gives null, which the picker treats as "keep the last good date". */
    @Override
    public LocalDate fromString(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip(), FORMAT);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
