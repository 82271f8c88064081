package id.loket.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CsvCellsTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
            "Siti Aminah|Siti Aminah",
            "H. Abdul Rahman, S.Pd.|\"H. Abdul Rahman, S.Pd.\"",
            "Nur'aini|Nur'aini",
            "=HYPERLINK(\"x\")|\"'=HYPERLINK(\"\"x\"\")\"",
            "+62812|'+62812",
            "-1|'-1",
            "@SUM(A1)|'@SUM(A1)",
    })
    void cellsAreQuotedAndNeverFormulas(String value, String expected) {
        assertThat(CsvCells.cell(value)).isEqualTo(expected);
    }
}
