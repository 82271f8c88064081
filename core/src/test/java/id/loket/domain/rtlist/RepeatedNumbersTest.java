package id.loket.domain.rtlist;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RepeatedNumbersTest {

    @Test
    void everyRowHoldingARepeatedNumberNamesTheOthers() {
        RepeatedNumbers numbers = new RepeatedNumbers(2);
        numbers.add(111L, 0);
        numbers.add(222L, 1);
        numbers.add(111L, 5);
        numbers.add(111L, 9);

        assertThat(numbers.isRepeated(111L)).isTrue();
        assertThat(numbers.isRepeated(222L)).isFalse();
        assertThat(numbers.othersThan(111L, 0)).containsExactly(5, 9);
        assertThat(numbers.othersThan(111L, 5)).containsExactly(0, 9);
        assertThat(numbers.othersThan(222L, 1)).isEmpty();
        assertThat(numbers.repeatedNumbers()).isEqualTo(1);
    }

    @Test
    void rowsWithoutAValidNumberDoNotCount() {
        RepeatedNumbers numbers = new RepeatedNumbers(2);
        numbers.add(0L, 0);
        numbers.add(0L, 1);

        assertThat(numbers.repeatedNumbers()).isZero();
        assertThat(numbers.isRepeated(0L)).isFalse();
    }
}
