package id.loket.domain.rtlist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LongIntMapTest {

    @Test
    void behavesLikeAHashMapThroughManyGrowths() {
        LongIntMap map = new LongIntMap(2);
        Map<Long, Integer> expected = new HashMap<>();
        Random random = new Random(7);
        for (int i = 0; i < 50_000; i++) {
            long key = 6_400_000_000_000_000L + random.nextInt(40_000) + 1;
            int value = random.nextInt(1_000_000);
            Integer before = expected.putIfAbsent(key, value);
            assertThat(map.putIfAbsent(key, value)).isEqualTo(before == null ? LongIntMap.ABSENT : before);
        }
        assertThat(map.size()).isEqualTo(expected.size());
        expected.forEach((key, value) -> assertThat(map.get(key)).isEqualTo(value));
        assertThat(map.get(1L)).isEqualTo(LongIntMap.ABSENT);
    }

    @Test
    void putReplacesAndReturnsTheOldValue() {
        LongIntMap map = new LongIntMap(4);
        assertThat(map.put(42L, 1)).isEqualTo(LongIntMap.ABSENT);
        assertThat(map.put(42L, 2)).isEqualTo(1);
        assertThat(map.get(42L)).isEqualTo(2);
    }

    @Test
    void zeroIsNotAKeyAndValuesAreNotNegative() {
        LongIntMap map = new LongIntMap(4);
        assertThatThrownBy(() -> map.get(0L)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> map.put(5L, -1)).isInstanceOf(IllegalArgumentException.class);
    }
}
