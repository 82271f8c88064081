package id.loket.domain.jkk;

import static org.assertj.core.api.Assertions.assertThat;

import id.loket.domain.nik.Nik;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EligibilityTest {

    private static final Clock CLOCK = Clock.fixed(LocalDate.of(2026, 12, 3).atStartOfDay().toInstant(ZoneOffset.UTC),
            ZoneOffset.UTC);
    static final BigDecimal UMK_2025 = new BigDecimal("3701508.68");
    static final BigDecimal UMK_2026 = new BigDecimal("3856694.43");
    static final UmkTable BALIKPAPAN = new UmkTable("Kota Balikpapan", "jkk.umk.64.71",
            Map.of(2025, UMK_2025, 2026, UMK_2026));
    private static final Eligibility BELOW = new Eligibility(BALIKPAPAN, IncomeComparison.BELOW, "64.71");
    private static final LocalDate DAY = LocalDate.of(2026, 6, 4);

    /** A man of Balikpapan born on {@code born} (DDMMYY in digits 7-12). */
    static Nik nikBornOn(LocalDate born) {
        String code = String.format("%02d%02d%02d", born.getDayOfMonth(), born.getMonthValue(), born.getYear() % 100);
        return Nik.ofStored("647105" + code + "0001", CLOCK);
    }

    private static Applicant applicant(LocalDate born, String income, LocalDate domicileSince) {
        return new Applicant(nikBornOn(born), JobType.O, new BigDecimal(income), domicileSince, Poverty.TIDAK_MAMPU,
                false, true, false, false);
    }

    private static Applicant typical() {
        return applicant(LocalDate.of(1980, 1, 15), "2000000", LocalDate.of(2020, 1, 1));
    }

    private static RuleVerdict verdictOf(Assessment assessment, EligibilityRule rule) {
        return assessment.verdicts().stream().filter(v -> v.rule() == rule).findFirst().orElseThrow();
    }

    @Test
    void aTypicalPemulungIsEligibleWithEveryRuleJudgedInThePerwalisOrder() {
        Assessment assessment = BELOW.assess(typical(), DAY);
        assertThat(assessment.eligible()).isTrue();
        assertThat(assessment.verdicts()).extracting(RuleVerdict::rule).containsExactly(EligibilityRule.values());
        assertThat(assessment.verdicts()).allMatch(RuleVerdict::holds);
    }

    @ParameterizedTest(name = "born {0}, registered {1}: {2}")
    @CsvSource({
            "2008-06-04, 2026-06-04, HOLDS",   // the 18th birthday itself
            "2008-06-05, 2026-06-04, FAILS",   // one day short of 18
            "1962-06-05, 2026-06-04, HOLDS",   // the day before the 64th birthday
            "1962-06-04, 2026-06-04, FAILS",   // the 64th birthday itself: no longer "not yet 64"
            "2008-02-29, 2026-02-28, FAILS",   // born on 29 February: 18 only on 1 March
            "2008-02-29, 2026-03-01, HOLDS"})
    void ageIsJudgedOnTheRegistrationDay(LocalDate born, LocalDate day, Verdict expected) {
        Assessment assessment = BELOW.assess(applicant(born, "2000000", LocalDate.of(2020, 1, 1)), day);
        assertThat(verdictOf(assessment, EligibilityRule.AGE).verdict()).isEqualTo(expected);
    }

    @Test
    void aYoungApplicantIsToldTheDayTheyTurnEighteen() {
        RuleVerdict age = verdictOf(BELOW.assess(applicant(LocalDate.of(2008, 6, 5), "0", LocalDate.of(2020, 1, 1)), DAY),
                EligibilityRule.AGE);
        assertThat(age.reason().key()).isEqualTo("jkk.reason.age.young");
        assertThat(age.reason().args()).containsExactly(17, DAY, LocalDate.of(2026, 6, 5));
    }

    @ParameterizedTest(name = "living there since {0}, registered {1}: {2}")
    @CsvSource({
            "2025-12-04, 2026-06-04, HOLDS",   // six months to the day
            "2025-12-05, 2026-06-04, FAILS",   // one day short
            "2025-08-31, 2026-02-28, HOLDS",   // the end of a shorter month counts as the same day
            "2026-06-04, 2026-06-04, FAILS"})
    void domicileNeedsSixMonthsToTheDay(LocalDate since, LocalDate day, Verdict expected) {
        Assessment assessment = BELOW.assess(applicant(LocalDate.of(1980, 1, 15), "1000000", since), day);
        assertThat(verdictOf(assessment, EligibilityRule.DOMICILE).verdict()).isEqualTo(expected);
    }

    @Test
    void anIncomeEqualToTheUmkIsNotBelowIt() {
        Assessment assessment = BELOW.assess(applicant(LocalDate.of(1980, 1, 15), "3856694.43",
                LocalDate.of(2020, 1, 1)), DAY);
        RuleVerdict income = verdictOf(assessment, EligibilityRule.INCOME);
        assertThat(income.verdict()).isEqualTo(Verdict.FAILS);
        assertThat(income.reason().args()).containsExactly("Rp3.856.694,43", "Kota Balikpapan", "2026", "Rp3.856.694,43");
        assertThat(assessment.eligible()).isFalse();
    }

    @Test
    void oneSenBelowTheUmkIsBelowIt() {
        Assessment assessment = BELOW.assess(applicant(LocalDate.of(1980, 1, 15), "3856694.42",
                LocalDate.of(2020, 1, 1)), DAY);
        assertThat(verdictOf(assessment, EligibilityRule.INCOME).verdict()).isEqualTo(Verdict.HOLDS);
    }

    @Test
    void anOfficeThatAcceptsAtOrBelowTakesAnIncomeEqualToTheUmk() {
        Eligibility atOrBelow = new Eligibility(BALIKPAPAN, IncomeComparison.AT_OR_BELOW, "64.71");
        Assessment equal = atOrBelow.assess(applicant(LocalDate.of(1980, 1, 15), "3856694.43", LocalDate.of(2020, 1, 1)), DAY);
        Assessment above = atOrBelow.assess(applicant(LocalDate.of(1980, 1, 15), "3856694.44", LocalDate.of(2020, 1, 1)), DAY);
        assertThat(verdictOf(equal, EligibilityRule.INCOME).verdict()).isEqualTo(Verdict.HOLDS);
        assertThat(verdictOf(above, EligibilityRule.INCOME).reason().key()).isEqualTo("jkk.reason.income.above");
    }

    @Test
    void theUmkOfTheRegistrationYearCountsNotTheYearBefore() {
        // Rp3.800.000 is above the 2025 UMK and below the 2026 one.
        Applicant applicant = applicant(LocalDate.of(1980, 1, 15), "3800000", LocalDate.of(2020, 1, 1));
        assertThat(verdictOf(BELOW.assess(applicant, LocalDate.of(2025, 12, 31)), EligibilityRule.INCOME).verdict())
                .isEqualTo(Verdict.FAILS);
        assertThat(verdictOf(BELOW.assess(applicant, LocalDate.of(2026, 1, 1)), EligibilityRule.INCOME).verdict())
                .isEqualTo(Verdict.HOLDS);
    }

    @Test
    void aYearWithoutAUmkIsUndecidedAndNamesTheSettingToFill() {
        Assessment assessment = BELOW.assess(typical(), LocalDate.of(2027, 1, 4));
        RuleVerdict income = verdictOf(assessment, EligibilityRule.INCOME);
        assertThat(income.verdict()).isEqualTo(Verdict.UNDECIDED);
        assertThat(income.reason().key()).isEqualTo("jkk.reason.income.noUmk");
        assertThat(income.reason().args()).containsExactly("Kota Balikpapan", "2027", "jkk.umk.64.71");
        assertThat(assessment.eligible()).isFalse();
        assertThat(assessment.notHolding()).containsExactly(income);
    }

    @Test
    void everyFailingRuleIsNamedNotOnlyTheFirst() {
        Applicant applicant = new Applicant(nikBornOn(LocalDate.of(1980, 1, 15)), JobType.K, new BigDecimal("5000000"),
                LocalDate.of(2026, 3, 1), Poverty.NEITHER, true, false, false, false);
        assertThat(BELOW.assess(applicant, DAY).notHolding()).extracting(RuleVerdict::rule)
                .containsExactly(EligibilityRule.NOT_YET_MEMBER, EligibilityRule.POOR, EligibilityRule.KTP_OF_CITY,
                        EligibilityRule.DOMICILE, EligibilityRule.INCOME);
    }

    @Test
    void aKtpOfTheCityHoldsForANikFromElsewhereAndSaysWhy() {
        Nik samarinda = Nik.ofStored("647201150180" + "0001", CLOCK);
        Applicant moved = new Applicant(samarinda, JobType.O, BigDecimal.ONE, LocalDate.of(2020, 1, 1),
                Poverty.FAKIR_MISKIN, false, true, false, false);
        RuleVerdict ktp = verdictOf(BELOW.assess(moved, DAY), EligibilityRule.KTP_OF_CITY);
        assertThat(ktp.holds()).isTrue();
        assertThat(ktp.reason().key()).isEqualTo("jkk.reason.ktp.cityNikElsewhere");
        assertThat(ktp.reason().args()).containsExactly("Kota Balikpapan", "64.72");
    }

    @Test
    void aNikOfTheCityDoesNotMakeAKtpOfAnotherCityCount() {
        Applicant other = new Applicant(nikBornOn(LocalDate.of(1980, 1, 15)), JobType.O, BigDecimal.ONE,
                LocalDate.of(2020, 1, 1), Poverty.FAKIR_MISKIN, false, false, false, false);
        assertThat(verdictOf(BELOW.assess(other, DAY), EligibilityRule.KTP_OF_CITY).verdict()).isEqualTo(Verdict.FAILS);
    }

    @Test
    void aNegativeIncomeIsAnInputProblemNotAVerdict() {
        Assessment assessment = BELOW.assess(applicant(LocalDate.of(1980, 1, 15), "-1", LocalDate.of(2020, 1, 1)), DAY);
        assertThat(assessment.inputValid()).isFalse();
        assertThat(assessment.verdicts()).isEmpty();
        assertThat(assessment.inputProblems()).extracting(m -> m.key()).containsExactly("jkk.problem.negativeIncome");
        assertThat(assessment.eligible()).isFalse();
    }

    @Test
    void aDomicileStartingAfterTheRegistrationDayIsAnInputProblem() {
        Assessment assessment = BELOW.assess(applicant(LocalDate.of(1980, 1, 15), "1", DAY.plusDays(1)), DAY);
        assertThat(assessment.inputProblems()).extracting(m -> m.key()).containsExactly("jkk.problem.domicileAfterDay");
    }

    @Test
    void extremePovertyOrADisabilityGivesPriority() {
        Applicant base = typical();
        assertThat(BELOW.assess(base, DAY).priority()).isFalse();
        Applicant disabled = new Applicant(base.nik(), base.job(), base.monthlyIncome(), base.domicileSince(),
                base.poverty(), false, true, false, true);
        Applicant extreme = new Applicant(base.nik(), base.job(), base.monthlyIncome(), base.domicileSince(),
                base.poverty(), false, true, true, false);
        assertThat(BELOW.assess(disabled, DAY).priority()).isTrue();
        assertThat(BELOW.assess(extreme, DAY).priority()).isTrue();
    }
}
