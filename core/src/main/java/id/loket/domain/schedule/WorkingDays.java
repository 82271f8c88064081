package id.loket.domain.schedule;

import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Working days written the way an office types them: {@code MON-FRI}, {@code MON-THU,SAT},
 * {@code SEN-JUM} (Indonesian abbreviations are accepted too). Ranges run forward and may wrap
 * ({@code SAT-MON}).
 */
public final class WorkingDays {

    public static final Set<DayOfWeek> MONDAY_TO_FRIDAY = Set.copyOf(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));

    private static final String[] ENGLISH = {"MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN"};
    private static final String[] INDONESIAN = {"SEN", "SEL", "RAB", "KAM", "JUM", "SAB", "MIN"};

    private WorkingDays() {
    }

    /** The days named by {@code text}, or empty when any part of it is not a day or a range of days. */
    public static Optional<Set<DayOfWeek>> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        EnumSet<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (String item : text.split(",")) {
            String[] ends = item.strip().split("-", -1);
            if (ends.length > 2) {
                return Optional.empty();
            }
            Optional<DayOfWeek> first = day(ends[0]);
            Optional<DayOfWeek> last = ends.length == 2 ? day(ends[1]) : first;
            if (first.isEmpty() || last.isEmpty()) {
                return Optional.empty();
            }
            DayOfWeek day = first.get();
            days.add(day);
            while (day != last.get()) {
                day = day.plus(1);
                days.add(day);
            }
        }
        return Optional.of(Set.copyOf(days));
    }

    /** The shortest text {@link #parse} reads back as the same days: "MON-FRI", "MON,WED,FRI". */
    public static String format(Set<DayOfWeek> days) {
        StringBuilder text = new StringBuilder();
        DayOfWeek[] all = DayOfWeek.values();
        int i = 0;
        while (i < all.length) {
            if (!days.contains(all[i])) {
                i++;
                continue;
            }
            int j = i;
            while (j + 1 < all.length && days.contains(all[j + 1])) {
                j++;
            }
            if (!text.isEmpty()) {
                text.append(',');
            }
            text.append(ENGLISH[i]);
            if (j > i + 1) {
                text.append('-').append(ENGLISH[j]);
            } else if (j == i + 1) {
                text.append(',').append(ENGLISH[j]);
            }
            i = j + 1;
        }
        return text.toString();
    }

    private static Optional<DayOfWeek> day(String text) {
        String name = text.strip().toUpperCase(Locale.ROOT);
        if (name.length() < 3) {
            return Optional.empty();
        }
        String prefix = name.substring(0, 3);
        for (int i = 0; i < ENGLISH.length; i++) {
            boolean english = prefix.equals(ENGLISH[i]) && DayOfWeek.of(i + 1).name().startsWith(name);
            boolean indonesian = prefix.equals(INDONESIAN[i]) && INDONESIAN_NAMES[i].startsWith(name);
            if (english || indonesian) {
                return Optional.of(DayOfWeek.of(i + 1));
            }
        }
        return Optional.empty();
    }

    private static final String[] INDONESIAN_NAMES = {"SENIN", "SELASA", "RABU", "KAMIS", "JUMAT", "SABTU", "MINGGU"};
}
