package id.loket.domain.jkk;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JobTypeTest {

    @Test
    void theFifteenTypesOfPasal4AreLetteredAToO() {
        assertThat(JobType.values()).hasSize(15);
        StringBuilder letters = new StringBuilder();
        for (JobType type : JobType.values()) {
            letters.append(type.letter());
        }
        assertThat(letters.toString()).isEqualTo("abcdefghijklmno");
        assertThat(JobType.O.perwaliName()).isEqualTo("pemulung");
    }

    @ParameterizedTest
    @CsvSource({"a, A", "O, O", "pemulung, O", "  Tukang   Batu , L", "ojek, C", "pedagang keliling, F",
            "asisten rumah tangga mandiri, M", "BURUH_HARIAN_is_no_name, ", "z, ", "'', "})
    void aTypedLetterOrNameFindsItsType(String typed, JobType expected) {
        assertThat(JobType.fromInput(typed)).isEqualTo(java.util.Optional.ofNullable(expected));
    }
}
