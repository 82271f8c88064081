package id.loket.domain.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PercentTest {

    @Test
    void aShareIsRoundedToTheNearestNotCutDown() {
        assertThat(Percent.of(287, 1543)).as("18.6 %").isEqualTo(19);
    }

    @Test
    void aHalfRoundsUp() {
        assertThat(Percent.of(1, 8)).as("12.5 %").isEqualTo(13);
        assertThat(Percent.of(3, 8)).as("37.5 %").isEqualTo(38);
    }

    @Test
    void belowAHalfRoundsDown() {
        assertThat(Percent.of(1, 3)).isEqualTo(33);
    }

    @Test
    void allDoneIsAHundredAndNoneIsNought() {
        assertThat(Percent.of(1543, 1543)).isEqualTo(100);
        assertThat(Percent.of(0, 1543)).isEqualTo(0);
    }

    @Test
    void oneMissingNeverReadsAsAHundred() {
        assertThat(Percent.of(1542, 1543)).isEqualTo(99);
    }

    @Test
    void theFirstDoneNeverReadsAsNought() {
        assertThat(Percent.of(1, 1543)).isEqualTo(1);
    }

    @Test
    void nothingToDoIsNought() {
        assertThat(Percent.of(0, 0)).isEqualTo(0);
    }

    @Test
    void moreThanTheWholeIsSaidAsItIs() {
        assertThat(Percent.of(3, 2)).isEqualTo(150);
    }

    @Test
    void largeCountsDoNotOverflow() {
        assertThat(Percent.of(2_000_000_000L, 3_000_000_000L)).isEqualTo(67);
    }

    @Test
    void negativeCountsAreRefused() {
        assertThatThrownBy(() -> Percent.of(-1, 5)).isInstanceOf(IllegalArgumentException.class);
    }
}
