package id.loket.domain.rtlist;

import id.loket.domain.household.RtRef;
import id.loket.domain.nik.KkCheck;
import id.loket.domain.nik.KkNumber;
import id.loket.domain.nik.KkNumberValidator;
import id.loket.domain.nik.Nik;
import id.loket.domain.nik.NikCheck;
import id.loket.domain.nik.NikValidator;
import id.loket.domain.text.Message;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rules one row of an RT list must pass on its own. Rules that need other rows (a number that
 * appears twice) or the database (a household listed by another RT) are applied by the import.
 *
 * <p>Every problem of a row is reported at once, so the person fixing the list opens each row once.
 */
public final class RowRules {

    /** Column sizes of the household table. */
    static final int MAX_NAME = 200;
    static final int MAX_ADDRESS = 400;
    static final int MAX_UNIT = 200;
    static final int SIXTEEN = 16;

    private static final Pattern RT_OR_RW = Pattern.compile("(?i)(?:r[tw]\\s*[.:]?\\s*)?(\\d{1,3})");
    private static final Pattern RT_SLASH_RW = Pattern.compile(
            "(?i)(?:rt\\s*[.:]?\\s*)?(\\d{1,3})\\s*[/\\\\|-]\\s*(?:rw\\s*[.:]?\\s*)?(\\d{1,3})");
    /** An Indonesian mobile number with +62, 62, 0 or (when Excel dropped it) nothing before the 8. */
    private static final Pattern MOBILE = Pattern.compile("(?:\\+?62|0)?(8\\d{8,11})");
    private static final Pattern DESIL = Pattern.compile("(?i)(?:desil\\s*)?(\\d{1,2})");
    private static final Set<String> YES = Set.of("ya", "y", "iya", "yes", "1", "true", "v", "x", "\u221a", "\u2713",
            "\u2714", "ada", "asn", "pns", "pkh", "penerima");
    private static final Set<String> NO = Set.of("", "tidak", "t", "tdk", "no", "n", "0", "false", "-", "bukan",
            "nonasn", "non asn", "non-asn", "bukan asn", "bukan penerima");

    private final NikValidator nikValidator;
    private final KkNumberValidator kkValidator;
    /** One RtRef per RT met: a list has a few thousand RTs but a quarter of a million rows. */
    private final Map<Integer, RtRef> rtRefs = new ConcurrentHashMap<>();

    public RowRules(NikValidator nikValidator, KkNumberValidator kkValidator) {
        this.nikValidator = Objects.requireNonNull(nikValidator, "nikValidator");
        this.kkValidator = Objects.requireNonNull(kkValidator, "kkValidator");
    }

    public RowCheck check(HeaderMapping mapping, SourceRow row) {
        List<Message> problems = new ArrayList<>();

        SourceCell kkCell = row.cell(mapping.column(RtListField.KK_NUMBER));
        Optional<KkNumber> kk = kkNumber(kkCell, problems);
        SourceCell nikCell = row.cell(mapping.column(RtListField.HEAD_NIK));
        Optional<Nik> nik = headNik(nikCell, problems);

        String name = row.cell(mapping.column(RtListField.HEAD_NAME)).text().strip();
        if (name.isEmpty()) {
            problems.add(Message.of("import.row.name.missing"));
        } else if (name.length() > MAX_NAME) {
            problems.add(Message.of("import.row.name.tooLong", name.length(), MAX_NAME));
        }
        String address = row.cell(mapping.column(RtListField.ADDRESS)).text().strip();
        if (address.length() > MAX_ADDRESS) {
            problems.add(Message.of("import.row.address.tooLong", address.length(), MAX_ADDRESS));
        }
        Optional<RtRef> rt = rt(mapping, row, problems);
        Optional<String> phone = phone(row.cell(mapping.column(RtListField.PHONE)), problems);

        Optional<Boolean> asnFlag = mapping.has(RtListField.ASN)
                ? yesNo(row.cell(mapping.column(RtListField.ASN)), "import.row.asn.invalid", problems)
                : Optional.of(false);
        String unit = row.cell(mapping.column(RtListField.ASN_UNIT)).text().strip();
        if (unit.length() > MAX_UNIT) {
            problems.add(Message.of("import.row.asnUnit.tooLong", unit.length(), MAX_UNIT));
        }
        boolean asnSaysNo = mapping.has(RtListField.ASN) && asnFlag.isPresent() && !asnFlag.get();
        if (asnSaysNo && !unit.isEmpty()) {
            problems.add(Message.of("import.row.asnUnit.withoutAsn", unit));
        }
        // Without an ASN column, a Perangkat Daerah is what marks an ASN household.
        boolean asn = asnFlag.orElse(false) || (!mapping.has(RtListField.ASN) && !unit.isEmpty());

        Optional<Integer> desil = desil(row.cell(mapping.column(RtListField.DESIL)), problems);
        Optional<Boolean> pkh = mapping.has(RtListField.PKH)
                ? yesNo(row.cell(mapping.column(RtListField.PKH)), "import.row.pkh.invalid", problems)
                : Optional.of(false);

        long kkKey = kk.map(k -> Long.parseLong(k.digits())).orElse(0L);
        long nikKey = nik.map(n -> Long.parseLong(n.digits())).orElse(0L);
        if (!problems.isEmpty()) {
            return new RowCheck(Optional.empty(), problems, kkKey, nikKey);
        }
        ListedHousehold household = new ListedHousehold(kk.orElseThrow(), nik.orElseThrow(), name, address,
                rt.orElseThrow(), phone, asn, unit.isEmpty() ? Optional.empty() : Optional.of(unit), desil,
                pkh.orElseThrow());
        return new RowCheck(Optional.of(household), problems, kkKey, nikKey);
    }

    private Optional<KkNumber> kkNumber(SourceCell cell, List<Message> problems) {
        if (lostDigitsAsNumber(cell)) {
            problems.add(Message.of("import.row.kk.excelNumber", cell.text()));
            return Optional.empty();
        }
        KkCheck check = kkValidator.check(cell.text());
        if (check.valid()) {
            return check.kkNumber();
        }
        if (hasKey(check.errors(), "nik.kk.excel")) {
            problems.add(Message.of("import.row.kk.excel", cell.text().strip()));
        } else if (hasKey(check.errors(), "nik.kk.empty")) {
            problems.addAll(check.errors());
        } else {
            problems.add(Message.of("import.row.kk.invalid", cell.text().strip()));
            problems.addAll(check.errors());
        }
        return Optional.empty();
    }

    private Optional<Nik> headNik(SourceCell cell, List<Message> problems) {
        if (lostDigitsAsNumber(cell)) {
            problems.add(Message.of("import.row.nik.excelNumber", cell.text()));
            return Optional.empty();
        }
        NikCheck check = nikValidator.check(cell.text());
        if (check.valid()) {
            return check.nik();
        }
        if (hasKey(check.errors(), "nik.excel")) {
            problems.add(Message.of("import.row.nik.excel", cell.text().strip()));
        } else if (hasKey(check.errors(), "nik.empty")) {
            problems.addAll(check.errors());
        } else {
            problems.add(Message.of("import.row.nik.invalid", cell.text().strip()));
            problems.addAll(check.errors());
        }
        return Optional.empty();
    }

    /**
     * A spreadsheet keeps 15 significant digits of a number: a 16-digit number typed into a number
     * cell comes back with a 0 as its last digit, whatever was typed. Such a value cannot be trusted,
     * even when its last digit really was 0; a number cell whose 16th digit is not 0 is exact.
     */
    static boolean lostDigitsAsNumber(SourceCell cell) {
        String digits = cell.text();
        if (!cell.number() || digits.length() < SIXTEEN || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return false;
        }
        return digits.substring(SIXTEEN - 1).chars().allMatch(c -> c == '0');
    }

    private Optional<RtRef> rt(HeaderMapping mapping, SourceRow row, List<Message> problems) {
        if (mapping.has(RtListField.RT_RW)) {
            String value = row.cell(mapping.column(RtListField.RT_RW)).text().strip();
            Matcher both = RT_SLASH_RW.matcher(value);
            if (both.matches() && positive(both.group(1)) && positive(both.group(2))) {
                return Optional.of(rtRef(Integer.parseInt(both.group(2)), Integer.parseInt(both.group(1))));
            }
            problems.add(value.isEmpty() ? Message.of("import.row.rtRw.missing")
                    : Message.of("import.row.rtRw.invalid", value));
            return Optional.empty();
        }
        int rt = number(row.cell(mapping.column(RtListField.RT)), "import.row.rt.missing",
                "import.row.rt.invalid", problems);
        int rw = number(row.cell(mapping.column(RtListField.RW)), "import.row.rw.missing",
                "import.row.rw.invalid", problems);
        return rt > 0 && rw > 0 ? Optional.of(rtRef(rw, rt)) : Optional.empty();
    }

    private RtRef rtRef(int rw, int rt) {
        return rtRefs.computeIfAbsent(rw * 1000 + rt, key -> RtRef.of(String.valueOf(rw), String.valueOf(rt)));
    }

    /** The RT or RW number from 1 to 999, or 0 after adding the problem. */
    private static int number(SourceCell cell, String missingKey, String invalidKey, List<Message> problems) {
        String value = cell.text().strip();
        if (value.isEmpty()) {
            problems.add(Message.of(missingKey));
            return 0;
        }
        int plain = plainNumber(value);
        if (plain > 0) {
            return plain;
        }
        Matcher matcher = RT_OR_RW.matcher(value);
        if (matcher.matches() && positive(matcher.group(1))) {
            return Integer.parseInt(matcher.group(1));
        }
        problems.add(Message.of(invalidKey, value));
        return 0;
    }

    /** "7", "07" or "007" without a regular expression, the way nearly every row writes it; else 0. */
    private static int plainNumber(String value) {
        if (value.length() > 3) {
            return 0;
        }
        int number = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return 0;
            }
            number = number * 10 + (c - '0');
        }
        return number;
    }

    private static boolean positive(String digits) {
        return Integer.parseInt(digits) > 0;
    }

    private static Optional<String> phone(SourceCell cell, List<Message> problems) {
        String value = cell.text().strip();
        if (value.isEmpty()) {
            return Optional.empty();
        }
        String digits = withoutPhoneNoise(value);
        Matcher mobile = MOBILE.matcher(digits);
        if (mobile.matches()) {
            return Optional.of(digits.startsWith("08") ? digits : "0" + mobile.group(1));
        }
        problems.add(Message.of("import.row.phone.invalid", value));
        return Optional.empty();
    }

    /** The number without the spaces, dots, dashes and brackets people group it with. */
    private static String withoutPhoneNoise(String value) {
        StringBuilder kept = null;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean noise = c == ' ' || c == '.' || c == '-' || c == '(' || c == ')' || Character.isWhitespace(c);
            if (noise && kept == null) {
                kept = new StringBuilder(value.length()).append(value, 0, i);
            } else if (!noise && kept != null) {
                kept.append(c);
            }
        }
        return kept == null ? value : kept.toString();
    }

    private static Optional<Integer> desil(SourceCell cell, List<Message> problems) {
        String value = cell.text().strip();
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
        problems.add(Message.of("import.row.desil.invalid", value));
        return Optional.empty();
    }

    /** Ya/Tidak and the ways lists write them; an empty cell is "no". Empty result when unreadable. */
    private static Optional<Boolean> yesNo(SourceCell cell, String invalidKey, List<Message> problems) {
        String value = cell.text().strip().toLowerCase(Locale.ROOT);
        if (YES.contains(value)) {
            return Optional.of(true);
        }
        if (NO.contains(value)) {
            return Optional.of(false);
        }
        problems.add(Message.of(invalidKey, cell.text().strip()));
        return Optional.empty();
    }

    private static boolean hasKey(List<Message> messages, String key) {
        return messages.stream().anyMatch(m -> m.key().equals(key));
    }
}
