package id.loket.domain.skm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class SampleSizeTest {

    @ParameterizedTest
    @CsvSource({"0,0", "1,1", "100,80", "500,218", "1000,278", "3000,341", "10000,370", "1000000,384"})
    void krejcieMorganGivesTheTableFigures(long served, long needed) {
        assertEquals(needed, SampleSize.krejcieMorgan(served));
    }

    @Test
    void fewerRespondentsThanTheSampleIsNotRepresentativeYet() {
        SampleSize.Representativeness check = SampleSize.check(79, 100);

        assertFalse(check.representative());
        assertEquals(80, check.needed());
    }

    @Test
    void theSampleReachedIsRepresentative() {
        assertTrue(SampleSize.check(80, 100).representative());
    }
}
