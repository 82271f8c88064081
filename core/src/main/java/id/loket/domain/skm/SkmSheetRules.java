package id.loket.domain.skm;

import id.loket.domain.rtlist.SourceRow;
import id.loket.domain.text.Message;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks one row of a paper-survey sheet. A row is kept only whole: every answer 1 to 4 (paper has no
 * "skipped": a blank is a missing answer, since a typist's slip must not pass as a resident's choice),
 * a real date not after today, and a service the office offers. Every problem of the row is named, so
 * it is fixed in one go.
 */
public final class SkmSheetRules {

    /** Excel stores a date as days since 30 December 1899; a date cell arrives as that number. */
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern DAY_FIRST = Pattern.compile("(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})");
    private static final Pattern WHOLE = Pattern.compile("\\d{1,7}");

    private final Map<String, String> services;
    private final LocalDate today;

    /**
     * @param services the office's service codes by every name a sheet may give them (code, letter,
     *                 name), keys in upper case
     */
    public SkmSheetRules(Map<String, String> services, LocalDate today) {
        this.services = Map.copyOf(services);
        this.today = Objects.requireNonNull(today, "today");
    }

    /** The response, or the row's problems. */
    public record Checked(Optional<SkmResponse> response, List<Message> problems) {
    }

    public static boolean blank(SkmSheetColumns columns, SourceRow row) {
        if (!row.cell(columns.day()).isBlank() || !row.cell(columns.service()).isBlank()) {
            return false;
        }
        return columns.answers().stream().allMatch(c -> row.cell(c).isBlank());
    }

    public Checked check(SkmSheetColumns columns, SourceRow row) {
        List<Message> problems = new ArrayList<>();
        Optional<LocalDate> day = day(row.cell(columns.day()).text().strip(), row.cell(columns.day()).number(),
                problems);
        String serviceText = row.cell(columns.service()).text().strip();
        String service = null;
        if (serviceText.isEmpty()) {
            problems.add(Message.of("skm.row.serviceMissing"));
        } else {
            service = services.get(serviceText.toUpperCase(Locale.ROOT));
            if (service == null) {
                problems.add(Message.of("skm.row.serviceUnknown", serviceText));
            }
        }
        int[] answers = new int[SkmElement.COUNT];
        for (SkmElement element : SkmElement.values()) {
            String text = row.cell(columns.answers().get(element.ordinal())).text().strip();
            if (text.isEmpty()) {
                problems.add(Message.of("skm.row.answerMissing", element.column()));
                continue;
            }
            Optional<Integer> value = whole(text);
            if (value.isEmpty() || !SkmScale.valid(value.get())) {
                problems.add(Message.of("skm.row.answerOutOfRange", element.column(), text));
            } else {
                answers[element.ordinal()] = value.get();
            }
        }
        if (!problems.isEmpty()) {
            return new Checked(Optional.empty(), problems);
        }
        return new Checked(Optional.of(new SkmResponse(day.orElseThrow(), service, answers, RespondentProfile.NONE,
                SkmSource.PAPER)), List.of());
    }

    /** "3", or "3.0" as a spreadsheet may store it; anything else is not an answer. */
    private static Optional<Integer> whole(String text) {
        try {
            BigDecimal number = new BigDecimal(text);
            return number.stripTrailingZeros().scale() <= 0 && number.abs().compareTo(BigDecimal.TEN) < 0
                    ? Optional.of(number.intValueExact()) : Optional.empty();
        } catch (NumberFormatException | ArithmeticException e) {
            return Optional.empty();
        }
    }

    private Optional<LocalDate> day(String text, boolean number, List<Message> problems) {
        if (text.isEmpty()) {
            problems.add(Message.of("skm.row.dateMissing"));
            return Optional.empty();
        }
        Optional<LocalDate> day = parse(text, number);
        if (day.isEmpty()) {
            problems.add(Message.of("skm.row.dateImpossible", text));
        } else if (day.get().isAfter(today)) {
            problems.add(Message.of("skm.row.dateFuture", text));
            return Optional.empty();
        }
        return day;
    }

    private static Optional<LocalDate> parse(String text, boolean number) {
        try {
            if (number && WHOLE.matcher(text).matches()) {
                return Optional.of(EXCEL_EPOCH.plusDays(Long.parseLong(text)));
            }
            Matcher iso = ISO.matcher(text);
            if (iso.matches()) {
                return Optional.of(LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)),
                        Integer.parseInt(iso.group(3))));
            }
            Matcher dayFirst = DAY_FIRST.matcher(text);
            if (dayFirst.matches()) {
                return Optional.of(LocalDate.of(Integer.parseInt(dayFirst.group(3)),
                        Integer.parseInt(dayFirst.group(2)), Integer.parseInt(dayFirst.group(1))));
            }
        } catch (DateTimeException e) {
            // 30 February and the like: an impossible date, said to the caller as no date at all.
            return Optional.empty();
        }
        return Optional.empty();
    }
}
