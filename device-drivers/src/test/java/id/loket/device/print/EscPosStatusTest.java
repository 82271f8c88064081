package id.loket.device.print;

import static org.assertj.core.api.Assertions.assertThat;

import id.loket.device.api.DeviceProblem;
import org.junit.jupiter.api.Test;

class EscPosStatusTest {

    @Test
    void statusBytesHaveFixedBits() {
        assertThat(EscPosStatus.valid(0x12)).isTrue();
        assertThat(EscPosStatus.valid(0x1E)).isTrue();
        assertThat(EscPosStatus.valid(0x72)).isTrue();
        assertThat(EscPosStatus.valid(0x00)).isFalse();
        assertThat(EscPosStatus.valid(0x13)).isFalse();
        assertThat(EscPosStatus.valid(0x92)).isFalse();
        assertThat(EscPosStatus.valid(-1)).isFalse();
    }

    @Test
    void readsTheBitsThatMatter() {
        assertThat(EscPosStatus.of(0x12, 0x12, 0x12).blockingProblem()).isEmpty();
        assertThat(EscPosStatus.of(0x12, 0x12, 0x1E).paperLow()).isTrue();
        assertThat(EscPosStatus.of(0x12, 0x12, 0x1E).blockingProblem()).isEmpty();
        assertThat(EscPosStatus.of(0x1A, 0x12, 0x72).blockingProblem()).contains(DeviceProblem.PAPER_OUT);
        assertThat(EscPosStatus.of(0x1A, 0x32, 0x12).blockingProblem()).contains(DeviceProblem.PAPER_OUT);
        assertThat(EscPosStatus.of(0x1A, 0x16, 0x12).blockingProblem()).contains(DeviceProblem.COVER_OPEN);
        assertThat(EscPosStatus.of(0x1A, 0x52, 0x12).blockingProblem()).contains(DeviceProblem.PRINTER_FAULT);
        assertThat(EscPosStatus.of(0x1A, 0x12, 0x12).blockingProblem()).contains(DeviceProblem.PRINTER_OFFLINE);
    }
}
