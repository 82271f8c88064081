package id.loket.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RecordsTest {

    record Pair(String name, int count) {
    }

    @Test
    void changesOnlyTheNamedComponent() {
        assertThat(Records.with(new Pair("a", 1), "count", 2)).isEqualTo(new Pair("a", 2));
    }

    @Test
    void refusesAComponentTheRecordDoesNotHave() {
        assertThatThrownBy(() -> Records.with(new Pair("a", 1), "size", 2))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("size");
    }
}
