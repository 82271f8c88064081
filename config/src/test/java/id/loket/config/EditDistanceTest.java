package id.loket.config;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class EditDistanceTest {

    @ParameterizedTest(name = "{0} -> {1} = {2}")
    @CsvSource({
            "ui.theme, ui.theme, 0",
            "ui.langauge, ui.language, 1",
            "counter.numbr, counter.number, 1",
            "data-dir, data.dir, 1",
            "abc, '', 3",
            "kitten, sitting, 3",
            "ca, abc, 3",
    })
    void countsInsertionsDeletionsSubstitutionsAndNeighbourSwaps(String a, String b, int distance) {
        assertThat(EditDistance.between(a, b)).isEqualTo(distance);
        assertThat(EditDistance.between(b, a)).isEqualTo(distance);
    }
}
