package id.loket.domain.skm;

import static org.assertj.core.api.Assertions.assertThat;

import id.loket.domain.rtlist.SourceCell;
import id.loket.domain.rtlist.SourceRow;
import id.loket.domain.text.Message;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SkmSheetRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 10);
    private final SkmSheetRules rules = new SkmSheetRules(Map.of("PERLINSOS", "PERLINSOS", "A", "PERLINSOS",
            "IKD", "IKD"), TODAY);
    private final SkmSheetColumns columns = SkmSheetColumns.find(1,
            List.of("Tanggal", "Layanan", "U1", "U2", "U3", "U4", "U5", "U6", "U7", "U8", "U9")).orElseThrow();

    private static SourceRow row(String... cells) {
        List<SourceCell> list = new ArrayList<>();
        for (String cell : cells) {
            list.add(SourceCell.text(cell));
        }
        return new SourceRow(2, list);
    }

    private List<String> problemKeys(SourceRow row) {
        return rules.check(columns, row).problems().stream().map(Message::key).toList();
    }

    @Test
    void headersAreFoundWhateverTheirSpellingAndOrder() {
        SkmSheetColumns found = SkmSheetColumns.find(3, List.of("No", "Unsur 1", "Tgl.", "Jenis Layanan", "Unsur 2",
                "U03", "Q4", "u5", "U6", "U7", "U8", "Unsur 9 (Sarana)")).orElseThrow();

        assertThat(found.day()).isEqualTo(2);
        assertThat(found.service()).isEqualTo(3);
        assertThat(found.answers()).containsExactly(1, 4, 5, 6, 7, 8, 9, 10, 11);
    }

    @Test
    void aHeaderWithoutAllNineElementsIsNoHeader() {
        assertThat(SkmSheetColumns.find(1, List.of("tanggal", "layanan", "u1", "u2", "u3", "u4", "u5", "u6", "u7",
                "u8"))).isEmpty();
    }

    @Test
    void aGoodRowBecomesAPaperResponseByServiceCodeOrLetter() {
        SkmResponse response = rules.check(columns, row("04/06/2026", "a", "4", "3", "3", "4", "2", "3", "4", "4", "1"))
                .response().orElseThrow();

        assertThat(response.day()).isEqualTo(LocalDate.of(2026, 6, 4));
        assertThat(response.serviceCode()).isEqualTo("PERLINSOS");
        assertThat(response.answers()).containsExactly(4, 3, 3, 4, 2, 3, 4, 4, 1);
        assertThat(response.source()).isEqualTo(SkmSource.PAPER);
    }

    @Test
    void anExcelDateCellIsReadAsTheDayItShows() {
        List<SourceCell> cells = new ArrayList<>(List.of(SourceCell.number("46177"), SourceCell.text("IKD")));
        for (int i = 0; i < 9; i++) {
            cells.add(SourceCell.number("3"));
        }

        SkmResponse response = rules.check(columns, new SourceRow(2, cells)).response().orElseThrow();

        assertThat(response.day()).isEqualTo(LocalDate.of(2026, 6, 4));
    }

    @Test
    void anAnswerOutOfRangeIsNamedWithItsColumnAndValue() {
        SkmSheetRules.Checked checked = rules.check(columns,
                row("2026-06-04", "IKD", "5", "3", "3", "3", "3", "3", "0", "3", "x"));

        assertThat(checked.response()).isEmpty();
        assertThat(checked.problems()).containsExactly(Message.of("skm.row.answerOutOfRange", "u1", "5"),
                Message.of("skm.row.answerOutOfRange", "u7", "0"), Message.of("skm.row.answerOutOfRange", "u9", "x"));
    }

    @Test
    void aBlankAnswerOnPaperIsMissingNotSkipped() {
        assertThat(problemKeys(row("2026-06-04", "IKD", "3", "", "3", "3", "3", "3", "3", "3", "3")))
                .containsExactly("skm.row.answerMissing");
    }

    @Test
    void anImpossibleDateAFutureDateAndNoDateAreRejected() {
        assertThat(problemKeys(row("2026-02-30", "IKD", "3", "3", "3", "3", "3", "3", "3", "3", "3")))
                .containsExactly("skm.row.dateImpossible");
        assertThat(problemKeys(row("31/06/2026", "IKD", "3", "3", "3", "3", "3", "3", "3", "3", "3")))
                .containsExactly("skm.row.dateImpossible");
        assertThat(problemKeys(row("2026-06-11", "IKD", "3", "3", "3", "3", "3", "3", "3", "3", "3")))
                .containsExactly("skm.row.dateFuture");
        assertThat(problemKeys(row("", "IKD", "3", "3", "3", "3", "3", "3", "3", "3", "3")))
                .containsExactly("skm.row.dateMissing");
    }

    @Test
    void anUnknownOrMissingServiceIsRejected() {
        assertThat(problemKeys(row("2026-06-04", "KTP", "3", "3", "3", "3", "3", "3", "3", "3", "3")))
                .containsExactly("skm.row.serviceUnknown");
        assertThat(problemKeys(row("2026-06-04", "", "3", "3", "3", "3", "3", "3", "3", "3", "3")))
                .containsExactly("skm.row.serviceMissing");
    }

    @Test
    void aDecimalThatIsAWholeNumberIsAnAnswerButAHalfIsNot() {
        assertThat(problemKeys(row("2026-06-04", "IKD", "3.0", "3", "3", "3", "3", "3", "3", "3", "2.5")))
                .containsExactly("skm.row.answerOutOfRange");
    }
}
