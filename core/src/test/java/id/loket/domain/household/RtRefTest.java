package id.loket.domain.household;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** An RT typed at the counter, RT first then RW, as the office writes it; anything else is no RT. */
class RtRefTest {

    @ParameterizedTest(name = "''{0}'' -> {1}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "1/3              | RT 001 / RW 003",
            "001/003          | RT 001 / RW 003",
            "' 12 / 4 '       | RT 012 / RW 004",
            "RT 7 / RW 2      | RT 007 / RW 002",
            "rt007/rw002      | RT 007 / RW 002",
            "RT 001 / RW 003  | RT 001 / RW 003",
            "1                | -",
            "1/               | -",
            "0/3              | -",
            "1/0              | -",
            "1234/1           | -",
            "a/b              | -",
            "1/3/5            | -",
            "''               | -",
    })
    void readsAnRtTypedRtFirst(String typed, String label) {
        assertThat(RtRef.parse(typed).map(RtRef::label)).isEqualTo(Optional.ofNullable(label));
    }
}
