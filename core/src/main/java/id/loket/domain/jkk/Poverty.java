package id.loket.domain.jkk;

import id.loket.domain.text.LabelPrefix;
import java.util.Optional;

/** Pasal 5 ayat 1 huruf b: the resident's welfare category, as the counter found it. */
@LabelPrefix("jkk.poverty.")
public enum Poverty {
    /** Fakir miskin (Pasal 1 angka 9): no livelihood, or one that cannot meet basic needs. */
    FAKIR_MISKIN("fakir-miskin"),
    /** Orang tidak mampu (Pasal 1 angka 10): a livelihood that only just meets basic needs. */
    TIDAK_MAMPU("tidak-mampu"),
    /** Neither: the programme is not for them. */
    NEITHER("tidak");

    private final String word;

    Poverty(String word) {
        this.word = word;
    }

    public static Optional<Poverty> fromWord(String word) {
        for (Poverty poverty : values()) {
            if (poverty.word.equalsIgnoreCase(word == null ? "" : word.strip())) {
                return Optional.of(poverty);
            }
        }
        return Optional.empty();
    }
}
