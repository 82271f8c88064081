package id.loket.domain.jkk;

import id.loket.domain.text.LabelPrefix;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The fifteen job types of Perwali Balikpapan 3/2025 Pasal 4, letters a–o, each with the Perwali's own
 * words and the shorter names people use at the counter. The Perwali's words are Indonesian in both
 * languages (they are the legal names); {@code jkk.job.*} gives the label a screen shows.
 */
@LabelPrefix("jkk.job.")
public enum JobType {
    A('a', "nelayan", List.of("nelayan")),
    B('b', "petani", List.of("petani")),
    C('c', "tukang ojek", List.of("tukang ojek", "ojek", "ojek online", "ojol")),
    D('d', "sopir angkutan umum perkotaan, sopir angkutan umum lainnya atau motoris speed boat dan klotok",
            List.of("sopir", "sopir angkutan umum", "sopir angkot", "motoris", "motoris speed boat", "motoris klotok")),
    E('e', "juru parkir binaan Pemerintah Daerah", List.of("juru parkir", "jukir")),
    F('f', "pedagang kaki lima, pedagang keliling", List.of("pedagang kaki lima", "pkl", "pedagang keliling")),
    G('g', "pekerja sektor informal (pelaku usaha mikro)",
            List.of("pekerja sektor informal", "pelaku usaha mikro", "usaha mikro")),
    H('h', "relawan sosial", List.of("relawan sosial")),
    I('i', "relawan kebencanaan", List.of("relawan kebencanaan", "relawan bencana")),
    J('j', "petugas rumah/tempat ibadah", List.of("petugas rumah ibadah", "petugas tempat ibadah", "marbot")),
    K('k', "buruh harian", List.of("buruh harian", "buruh")),
    L('l', "tukang kayu, tukang batu, tukang bangunan dan sejenisnya yang bekerja secara mandiri",
            List.of("tukang kayu", "tukang batu", "tukang bangunan")),
    M('m', "asisten rumah tangga mandiri", List.of("asisten rumah tangga", "art", "pembantu rumah tangga")),
    N('n', "pekerja serabutan", List.of("pekerja serabutan", "serabutan")),
    O('o', "pemulung", List.of("pemulung"));

    private final char letter;
    private final String perwaliName;
    private final List<String> names;

    JobType(char letter, String perwaliName, List<String> names) {
        this.letter = letter;
        this.perwaliName = perwaliName;
        this.names = names;
    }

    /** The letter of Pasal 4, lower case as the Perwali writes it. */
    public char letter() {
        return letter;
    }

    /** The Perwali's own words for the job type. */
    public String perwaliName() {
        return perwaliName;
    }

    /**
     * The job type a person typed: its letter ({@code a}–{@code o}, either case), the Perwali's words, or
     * one of the usual names ({@code pemulung}, {@code tukang batu}, {@code ojek}); case, accents and
     * repeated spaces do not matter. Empty for anything else: a guess would put a person under the
     * wrong office.
     */
    public static Optional<JobType> fromInput(String input) {
        if (input == null) {
            return Optional.empty();
        }
        String typed = normalize(input);
        for (JobType type : values()) {
            if (typed.equals(String.valueOf(type.letter)) || typed.equals(normalize(type.perwaliName))
                    || typed.equals(type.name().toLowerCase(Locale.ROOT))) {
                return Optional.of(type);
            }
            if (type.names.stream().anyMatch(name -> normalize(name).equals(typed))) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    public static Optional<JobType> fromLetter(char letter) {
        char lower = Character.toLowerCase(letter);
        for (JobType type : values()) {
            if (type.letter == lower) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    private static String normalize(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        return plain.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
