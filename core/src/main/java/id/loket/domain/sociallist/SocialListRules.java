package id.loket.domain.sociallist;

import id.loket.domain.nik.KkCheck;
import id.loket.domain.nik.KkNumberValidator;
import id.loket.domain.nik.NikCheck;
import id.loket.domain.nik.NikValidator;
import id.loket.domain.rtlist.SourceCell;
import id.loket.domain.rtlist.SourceRow;
import id.loket.domain.text.Message;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one row of a desil / PKH list into a {@link SocialListEntry}, or says what is wrong with it.
 *
 * <p>Desil: the DTSEN ranks households in ten deciles, and Dinas Sosial extracts carry all ten. The
 * row's desil is kept as given (1 to 10) rather than only when it is 1 or 2: it is what the source
 * says, the cut-off for "served first" ({@link #PRIORITY_DESIL}) is then applied in one place, and a
 * later programme aimed at desil 3–4 needs no new import. Anything else (0, 11, "tinggi") is refused.
 */
public final class SocialListRules {

    /**
     * Desil 1 and 2, the poorest fifth, are the first target of the 2026 registration, as the national
     * Perlinsos portal announced it.
     */
    public static final int PRIORITY_DESIL = 2;

    private static final Pattern DESIL = Pattern.compile("(?i)(?:desil\\s*)?(\\d{1,2})");
    private static final Set<String> YES = Set.of("ya", "y", "iya", "yes", "1", "true", "v", "x", "\u221a", "\u2713",
            "\u2714", "ada", "pkh", "penerima", "aktif");
    private static final Set<String> NO = Set.of("tidak", "t", "tdk", "no", "n", "0", "false", "-", "bukan",
            "bukan penerima", "non pkh", "non-pkh", "nonpkh", "tidak aktif");

    private final NikValidator nikValidator;
    private final KkNumberValidator kkValidator;

    public SocialListRules(NikValidator nikValidator, KkNumberValidator kkValidator) {
        this.nikValidator = nikValidator;
        this.kkValidator = kkValidator;
    }

    /** A row read: the entry when the row is valid, else the reasons. */
    public record Checked(Optional<SocialListEntry> entry, List<Message> problems) {
        public Checked {
            problems = List.copyOf(problems);
        }
    }

    /** True when the row has nothing in any column the list is read from: a blank template line. */
    public static boolean blank(SocialListColumns columns, SourceRow row) {
        return text(row, columns.nik()).isEmpty() && text(row, columns.kk()).isEmpty()
                && text(row, columns.desil()).isEmpty() && text(row, columns.pkh()).isEmpty();
    }

    public Checked check(SocialListColumns columns, SourceRow row) {
        List<Message> problems = new ArrayList<>();
        Optional<id.loket.domain.nik.Nik> nik = Optional.empty();
        String nikText = text(row, columns.nik());
        if (!nikText.isEmpty()) {
            NikCheck check = nikValidator.check(nikText);
            if (check.valid()) {
                nik = check.nik();
            } else {
                problems.add(Message.of("social.row.nik.invalid", nikText));
                problems.addAll(check.errors());
            }
        }
        Optional<id.loket.domain.nik.KkNumber> kk = Optional.empty();
        String kkText = text(row, columns.kk());
        if (!kkText.isEmpty()) {
            KkCheck check = kkValidator.check(kkText);
            if (check.valid()) {
                kk = check.kkNumber();
            } else {
                problems.add(Message.of("social.row.kk.invalid", kkText));
                problems.addAll(check.errors());
            }
        }
        if (nikText.isEmpty() && kkText.isEmpty()) {
            problems.add(Message.of("social.row.noNumber"));
        }
        Optional<Integer> desil = desil(text(row, columns.desil()), problems);
        Optional<Boolean> pkh = pkh(text(row, columns.pkh()), problems);
        if (problems.isEmpty() && desil.isEmpty() && pkh.isEmpty()) {
            problems.add(Message.of("social.row.nothingSaid"));
        }
        if (!problems.isEmpty()) {
            return new Checked(Optional.empty(), problems);
        }
        return new Checked(Optional.of(new SocialListEntry(row.line(), nik, kk, desil, pkh)), List.of());
    }

    private static Optional<Integer> desil(String value, List<Message> problems) {
        if (value.isEmpty()) {
            return Optional.empty();
        }
        Matcher matcher = DESIL.matcher(value);
        if (matcher.matches()) {
            int desil = Integer.parseInt(matcher.group(1));
            if (desil >= 1 && desil <= 10) {
                return Optional.of(desil);
            }
        }
        problems.add(Message.of("social.row.desil.invalid", value));
        return Optional.empty();
    }

    /** Ya/Tidak and the ways lists write them; an empty cell says nothing, so the stored status stays. */
    private static Optional<Boolean> pkh(String value, List<Message> problems) {
        if (value.isEmpty()) {
            return Optional.empty();
        }
        String lower = value.toLowerCase(Locale.ROOT);
        if (YES.contains(lower)) {
            return Optional.of(true);
        }
        if (NO.contains(lower)) {
            return Optional.of(false);
        }
        problems.add(Message.of("social.row.pkh.invalid", value));
        return Optional.empty();
    }

    private static String text(SourceRow row, OptionalInt column) {
        if (column.isEmpty()) {
            return "";
        }
        SourceCell cell = row.cell(column.getAsInt());
        return cell.text().strip();
    }
}
