package id.loket.documents;

import id.loket.domain.text.Texts;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Date and time as printed: written out in the resident's language ("Kamis, 4 Juni 2026, pukul
 * 09.15"), because a numeric date is read differently by different people.
 */
final class DocumentDates {

    private DocumentDates() {
    }

    static String date(Texts texts, java.time.LocalDate day) {
        return DateTimeFormatter.ofPattern(texts.text("doc.format.date"), texts.locale()).format(day);
    }

    static String dateTime(Texts texts, LocalDateTime when) {
        String date = DateTimeFormatter.ofPattern(texts.text("doc.format.date"), texts.locale()).format(when);
        String time = DateTimeFormatter.ofPattern(texts.text("doc.format.time"), texts.locale()).format(when);
        return texts.text("doc.format.dateTime", date, time);
    }
}
