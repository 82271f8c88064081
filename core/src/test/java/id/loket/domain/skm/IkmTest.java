package id.loket.domain.skm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.loket.domain.nik.Sex;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IkmTest {

    private static final LocalDate DAY = LocalDate.of(2026, 6, 4);

    private static SkmResponse response(int... answers) {
        return new SkmResponse(DAY, "PERLINSOS", answers, RespondentProfile.NONE, SkmSource.TOUCH);
    }

    /** 47 respondents, every element answered by all, element sums adding up to 1495. */
    private static ElementTally tallyOf88point36() {
        long[] sums = new long[9];
        Arrays.fill(sums, 166);
        sums[8] = 167;
        long[] counts = new long[9];
        Arrays.fill(counts, 47);
        ElementTally tally = new ElementTally();
        tally.add(47, sums, counts);
        return tally;
    }

    @Test
    void anIkmOf88point36IsGradeAWithTheExactNinthButWouldBeBWithThePrinted0point111() {
        Ikm ikm = Ikm.of(tallyOf88point36());

        assertEquals(new BigDecimal("88.36"), ikm.ikm().orElseThrow());
        assertEquals(Grade.A, ikm.grade().orElseThrow());
        assertEquals(new BigDecimal("88.27"), ikm.ikmWith0111().orElseThrow());
        assertEquals(Grade.B, ikm.gradeWith0111().orElseThrow());
    }

    @Test
    void aPerfectSurveyIs100WithTheExactNinthAnd99point90WithThePrintedWeight() {
        Ikm ikm = Ikm.of(ElementTally.of(response(4, 4, 4, 4, 4, 4, 4, 4, 4)));

        assertEquals(new BigDecimal("100.00"), ikm.ikm().orElseThrow());
        assertEquals(new BigDecimal("99.90"), ikm.ikmWith0111().orElseThrow());
    }

    @Test
    void theWorstSurveyIs25AndGradeD() {
        Ikm ikm = Ikm.of(ElementTally.of(response(1, 1, 1, 1, 1, 1, 1, 1, 1)));

        assertEquals(new BigDecimal("25.00"), ikm.ikm().orElseThrow());
        assertEquals(Grade.D, ikm.grade().orElseThrow());
    }

    @Test
    void averagesArePerElementOverTheResidentsWhoAnsweredIt() {
        // The second resident skipped the first question: its average is 4 over one answer, not 4 over two.
        Ikm ikm = Ikm.of(ElementTally.of(response(4, 3, 3, 3, 3, 3, 3, 3, 3), response(0, 2, 2, 2, 2, 2, 2, 2, 1)));

        assertEquals(2, ikm.respondents());
        assertEquals(new BigDecimal("4.000"), ikm.averages().get(SkmElement.U1_PERSYARATAN));
        assertEquals(new BigDecimal("2.500"), ikm.averages().get(SkmElement.U2_PROSEDUR));
        assertEquals(new BigDecimal("2.000"), ikm.averages().get(SkmElement.U9_SARANA));
        assertEquals(List.of(SkmElement.U9_SARANA, SkmElement.U2_PROSEDUR), ikm.lowest(2));
    }

    @Test
    void weightedValuesAndTheIkmComeFromTheExactAverages() {
        // Averages of 3 1/3 and 3 2/3 have no exact decimal; their sum 95/3 is exact.
        long[] sums = {10, 11, 10, 11, 10, 11, 10, 11, 11};
        long[] counts = {3, 3, 3, 3, 3, 3, 3, 3, 3};
        ElementTally tally = new ElementTally();
        tally.add(3, sums, counts);

        Ikm ikm = Ikm.of(tally);

        // (4*10 + 5*11)/3 = 95/3 = 31.666..; x 25/9 = 87.962..
        assertEquals(new BigDecimal("87.96"), ikm.ikm().orElseThrow());
        assertEquals(new BigDecimal("0.370"), ikm.weighted().get(SkmElement.U1_PERSYARATAN));
    }

    @Test
    void noIndexWhenAnElementHasNoAnswerAtAll() {
        Ikm ikm = Ikm.of(ElementTally.of(response(4, 4, 4, 4, 4, 4, 4, 4, 0)));

        assertEquals(Optional.empty(), ikm.ikm());
        assertEquals(Optional.empty(), ikm.grade());
        assertEquals(8, ikm.averages().size());
    }

    @ParameterizedTest
    @CsvSource({"25.00,D", "64.99,D", "65.00,C", "76.60,C", "76.61,B", "88.30,B", "88.31,A", "100.00,A"})
    void gradesFollowTheBandsOnTheRoundedIkm(String ikm, Grade grade) {
        assertEquals(grade, Grade.of(new BigDecimal(ikm)));
    }

    @Test
    void aGradeIsNeverTakenFromAnUnroundedIkm() {
        assertThrows(IllegalArgumentException.class, () -> Grade.of(new BigDecimal("88.305")));
    }

    @Test
    void theExactEdgeBetweenBAndAIsReachedFromRealAnswers() {
        // Element sums adding up to 763 over 24 answers each: 763/24 x 25/9 = 88.3101.. -> 88.31.
        long[] sums = {85, 85, 85, 85, 85, 85, 85, 84, 84};
        long[] counts = new long[9];
        Arrays.fill(counts, 24);
        ElementTally tally = new ElementTally();
        tally.add(24, sums, counts);

        Ikm ikm = Ikm.of(tally);

        assertEquals(new BigDecimal("88.31"), ikm.ikm().orElseThrow());
        assertEquals(Grade.A, ikm.grade().orElseThrow());
    }

    @Test
    void theAllRowPoolsEveryResponseRatherThanAveragingTheServices() {
        ElementTally many = new ElementTally();
        for (int i = 0; i < 9; i++) {
            many.add(response(4, 4, 4, 4, 4, 4, 4, 4, 4));
        }
        ElementTally one = ElementTally.of(response(1, 1, 1, 1, 1, 1, 1, 1, 1));
        Map<String, ElementTally> perService = new LinkedHashMap<>();
        perService.put("PERLINSOS", many);
        perService.put("IKD", one);

        IkmTable table = IkmTable.of(SkmPeriod.month(java.time.YearMonth.of(2026, 6)), perService);

        assertEquals(List.of("PERLINSOS", "IKD"), table.rows().stream().map(IkmTable.Row::serviceCode).toList());
        assertEquals(10, table.all().respondents());
        // (9 x 4 + 1) / 10 = 3.7 per element -> 92.50, not (100 + 25) / 2.
        assertEquals(new BigDecimal("92.50"), table.all().ikm().orElseThrow());
    }

    @Test
    void aTallyRefusesSumsNoAnswersCouldGive() {
        long[] sums = new long[9];
        Arrays.fill(sums, 50);
        long[] counts = new long[9];
        Arrays.fill(counts, 10);
        assertThrows(IllegalArgumentException.class, () -> new ElementTally().add(10, sums, counts));
    }

    @Test
    void aResponseRefusesAnAnswerOutsideOneToFour() {
        assertThrows(IllegalArgumentException.class, () -> response(5, 4, 4, 4, 4, 4, 4, 4, 4));
        assertThrows(IllegalArgumentException.class, () -> response(4, 4, 4));
    }

    @Test
    void aResponseKeepsItsProfileAndKnowsWhenNothingWasAnswered() {
        RespondentProfile profile = new RespondentProfile(Optional.of(Sex.PEREMPUAN), Optional.of(AgeBand.OVER_55),
                Optional.empty(), Optional.empty());
        SkmResponse skipped = new SkmResponse(DAY, "IKD", new int[9], profile, SkmSource.TOUCH);

        assertTrue(skipped.unanswered());
        assertEquals(profile, skipped.profile());
    }
}
