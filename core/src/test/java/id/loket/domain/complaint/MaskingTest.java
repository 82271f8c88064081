package id.loket.domain.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Personal data as a list shows it. */
class MaskingTest {

    @Test
    void aContactShowsOnlyItsFirstAndLastTwoCharacters() {
        assertThat(Masking.contact("081234567890")).isEqualTo("08********90");
        assertThat(Masking.contact("0812")).isEqualTo("****");
        assertThat(Masking.contact("")).isEmpty();
    }

    @Test
    void aPreviewHidesNumbersAndStopsAfterItsLength() {
        String text = "Pak Budi 6471050101900011 HP 0812-3456-7890 mengeluh antrean terlalu lama";

        String preview = Masking.preview(text);

        assertThat(preview).startsWith("Pak Budi 6**************1 HP 0***").endsWith("…")
                .doesNotContain("647105", "0011", "3456").hasSizeLessThanOrEqualTo(Masking.PREVIEW + 1);
        assertThat(Masking.preview("Antrean lama")).isEqualTo("Antrean lama");
    }
}
