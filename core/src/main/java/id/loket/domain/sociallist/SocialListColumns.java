package id.loket.domain.sociallist;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * Which column of a desil / PKH list holds what. Such lists come from the Dinas Sosial
 * (DTSEN extracts, PKH recipient lists) and name their columns in many ways, so a header is matched
 * after removing case, spaces, punctuation and bracketed notes: "No. KK (16 digit)" is "nokk".
 *
 * <p>A list must name the households, by NIK or by KK number (or both), and say something about them:
 * a desil column, a PKH column, or both.
 *
 * @param nik   column of a NIK (the head's or a member's), when the list has one
 * @param kk    column of the KK number, when the list has one
 * @param desil column of the DTSEN desil, when the list has one
 * @param pkh   column of the PKH status, when the list has one
 * @param headerLine the line the headers were found on (1 = first line)
 */
public record SocialListColumns(OptionalInt nik, OptionalInt kk, OptionalInt desil, OptionalInt pkh,
                                int headerLine) {

    private static final Pattern BRACKETED = Pattern.compile("\\([^)]*\\)|\\[[^]]*]");

    /** Normalised header names. "Status" alone is too vague to be read as PKH. */
    private static final Map<String, List<String>> NAMES = Map.of(
            "nik", List.of("nik", "nikkepalakeluarga", "nikkk", "nikkepala", "nikpenerima", "nikktp", "noktp",
                    "nomornik", "nonik", "nikart", "nikanggota"),
            "kk", List.of("nokk", "nomorkk", "kk", "nkk", "nokartukeluarga", "nomorkartukeluarga", "kartukeluarga"),
            "desil", List.of("desil", "desildtsen", "desilkesejahteraan", "desildtks", "peringkatdesil",
                    "kelompokdesil"),
            "pkh", List.of("pkh", "penerimapkh", "statuspkh", "pkhyatidak", "programkeluargaharapan"));

    /**
     * The columns of {@code headers} when they make a usable list, else empty.
     *
     * @param line the line {@code headers} was read from
     */
    public static Optional<SocialListColumns> find(int line, List<String> headers) {
        OptionalInt nik = column(headers, "nik");
        OptionalInt kk = column(headers, "kk");
        OptionalInt desil = column(headers, "desil");
        OptionalInt pkh = column(headers, "pkh");
        boolean names = nik.isPresent() || kk.isPresent();
        boolean says = desil.isPresent() || pkh.isPresent();
        return names && says ? Optional.of(new SocialListColumns(nik, kk, desil, pkh, line)) : Optional.empty();
    }

    private static OptionalInt column(List<String> headers, String field) {
        List<String> accepted = NAMES.get(field);
        for (int i = 0; i < headers.size(); i++) {
            if (accepted.contains(normalise(headers.get(i)))) {
                return OptionalInt.of(i);
            }
        }
        return OptionalInt.empty();
    }

    static String normalise(String header) {
        String text = BRACKETED.matcher(header == null ? "" : header).replaceAll("");
        StringBuilder key = new StringBuilder(text.length());
        for (char c : text.toLowerCase(Locale.ROOT).toCharArray()) {
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                key.append(c);
            }
        }
        return key.toString();
    }
}
