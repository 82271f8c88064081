package id.loket.domain.board;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumberWordsTest {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({
        "0, nol", "1, satu", "7, tujuh", "9, sembilan", "10, sepuluh", "11, sebelas", "12, dua belas",
        "19, sembilan belas", "20, dua puluh", "21, dua puluh satu", "23, dua puluh tiga", "99, sembilan puluh sembilan",
        "100, seratus", "101, seratus satu", "110, seratus sepuluh", "111, seratus sebelas", "115, seratus lima belas",
        "200, dua ratus", "210, dua ratus sepuluh", "999, sembilan ratus sembilan puluh sembilan",
        "1000, seribu", "1001, seribu satu", "1100, seribu seratus", "2000, dua ribu", "11000, sebelas ribu",
        "100000, seratus ribu", "123456, seratus dua puluh tiga ribu empat ratus lima puluh enam"})
    void indonesianRules(int number, String words) {
        assertThat(NumberWords.indonesian(number)).isEqualTo(words);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({
        "0, zero", "2, two", "11, eleven", "19, nineteen", "20, twenty", "23, twenty-three", "99, ninety-nine",
        "100, one hundred", "105, one hundred five", "111, one hundred eleven", "999, nine hundred ninety-nine",
        "1000, one thousand", "2023, two thousand twenty-three"})
    void englishRules(int number, String words) {
        assertThat(NumberWords.english(number)).isEqualTo(words);
    }

    @Test
    void thePhrasesOfACall() {
        assertThat(CallPhrase.of(Locale.forLanguageTag("id"), 'A', 23, 2))
                .isEqualTo("Nomor antrian A dua puluh tiga, silakan ke loket dua");
        assertThat(CallPhrase.of(Locale.ENGLISH, 'A', 23, 2))
                .isEqualTo("Number A twenty-three, please go to counter two");
    }

    @Test
    void refusesNumbersOutOfRange() {
        assertThatThrownBy(() -> NumberWords.indonesian(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> NumberWords.english(NumberWords.MAX + 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everyTicketNumberHasItsOwnWords() {
        Set<String> indonesian = new HashSet<>();
        Set<String> english = new HashSet<>();
        for (int n = 0; n <= 999; n++) {
            indonesian.add(NumberWords.indonesian(n));
            english.add(NumberWords.english(n));
        }
        assertThat(indonesian).hasSize(1000);
        assertThat(english).hasSize(1000);
    }

    /** Reads Indonesian number words back, independently of how they were made, to check the round trip. */
    private static int parseIndonesian(String words) {
        Set<String> ones = Set.of("satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan");
        java.util.List<String> list = java.util.List.of("nol", "satu", "dua", "tiga", "empat", "lima", "enam",
                "tujuh", "delapan", "sembilan");
        int total = 0;
        int group = 0;
        int last = 0;
        for (String word : words.split(" ")) {
            switch (word) {
                case "sepuluh" -> group += 10;
                case "sebelas" -> group += 11;
                case "seratus" -> group += 100;
                case "seribu" -> total += 1000;
                case "belas" -> group += 10;
                case "puluh" -> group += last * 9;
                case "ratus" -> group += last * 99;
                case "ribu" -> { total += group * 1000; group = 0; }
                default -> {
                    if (!ones.contains(word) && !word.equals("nol")) {
                        throw new AssertionError("not a number word: " + word + " in " + words);
                    }
                    last = list.indexOf(word);
                    group += last;
                }
            }
        }
        return total + group;
    }

    @Property
    void indonesianWordsReadBackToTheNumber(@ForAll @IntRange(min = 0, max = NumberWords.MAX) int number) {
        String words = NumberWords.indonesian(number);
        assertThat(parseIndonesian(words)).as(words).isEqualTo(number);
        // A lone one before a scale word is always fused into "se-" ("seratus", never "satu ratus");
        // "dua puluh satu ribu" (21,000) is right: there the one belongs to "dua puluh satu".
        assertThat(words).doesNotContainPattern("(^|ribu |ratus )satu (belas|puluh|ratus)").doesNotStartWith("satu ribu");
    }

    @Property
    void englishWordsAreLowerCaseWordsWithHyphenatedTens(@ForAll @IntRange(min = 0, max = 999) int number) {
        String words = NumberWords.english(number);
        assertThat(words).matches("[a-z]+([ -][a-z]+)*");
        assertThat(words.contains("-")).isEqualTo(number % 100 > 20 && number % 10 != 0);
    }
}
