package id.loket.service.rekap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Sheet names Excel accepts, never twice. */
class RekapWorkbookTest {

    @Test
    void aSheetNameLosesTheCharactersExcelRefusesAndIsCutTo31() {
        String name = RekapWorkbook.sheetName("Kota [Samarinda]: Sungai/Kunjang*?\\ dan sekitarnya", "64.72", new HashSet<>());

        assertThat(name).hasSize(31).isEqualTo("Kota -Samarinda-- Sungai-Kunjan")
                .doesNotContain("[", "]", ":", "*", "?", "/", "\\");
    }

    @Test
    void aNameTakenAlreadyGetsTheCodeThenANumber() {
        Set<String> taken = new HashSet<>();
        assertThat(RekapWorkbook.sheetName("Sungai Kunjang", "64.72.01", taken)).isEqualTo("Sungai Kunjang");
        assertThat(RekapWorkbook.sheetName("Sungai Kunjang", "64.72.01", taken)).isEqualTo("Sungai Kunjang 64.72.01");
        assertThat(RekapWorkbook.sheetName("Sungai Kunjang", "64.72.01", taken)).isEqualTo("Sungai Kunjang 3");
    }
}
