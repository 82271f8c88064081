package id.loket.domain.jkk;

import id.loket.domain.text.Message;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The rules of Perwali Balikpapan 3/2025 Pasal 5 ayat 1 (a)–(f) as a table: every rule is judged and
 * reasoned, even after one fails, so the counter can tell the resident everything that stands in the way
 * at once. Huruf g (BPJS Ketenagakerjaan's own requirements) is BPJS's to check, later in the flow.
 *
 * @param umk         the city's UMK per year
 * @param comparison  "below" (the Perwali's words, the default) or "at or below" the UMK
 * @param regencyCode the city's code ({@code 64.71}), to note a NIK from elsewhere on a KTP-el of the city
 */
public record Eligibility(UmkTable umk, IncomeComparison comparison, String regencyCode) {

    /** Pasal 5 ayat 1 huruf c. */
    public static final int MIN_AGE = 18;
    public static final int AGE_LIMIT = 64;
    /** Pasal 5 ayat 1 huruf e. */
    public static final int DOMICILE_MONTHS = 6;

    public Eligibility {
        Objects.requireNonNull(umk, "umk");
        Objects.requireNonNull(comparison, "comparison");
        Objects.requireNonNull(regencyCode, "regencyCode");
    }

    public Assessment assess(Applicant applicant, LocalDate registrationDay) {
        List<Message> problems = inputProblems(applicant, registrationDay);
        if (!problems.isEmpty()) {
            return new Assessment(registrationDay, List.of(), problems, applicant.priority());
        }
        List<RuleVerdict> verdicts = List.of(notYetMember(applicant), poor(applicant),
                age(applicant, registrationDay), ktpOfCity(applicant), domicile(applicant, registrationDay),
                income(applicant, registrationDay));
        return new Assessment(registrationDay, verdicts, List.of(), applicant.priority());
    }

    private static List<Message> inputProblems(Applicant applicant, LocalDate day) {
        List<Message> problems = new ArrayList<>();
        if (applicant.monthlyIncome().signum() < 0) {
            problems.add(Message.of("jkk.problem.negativeIncome"));
        }
        if (applicant.domicileSince().isAfter(day)) {
            problems.add(Message.of("jkk.problem.domicileAfterDay", applicant.domicileSince(), day));
        }
        if (applicant.nik().birthDate().isAfter(day)) {
            problems.add(Message.of("jkk.problem.bornAfterDay", applicant.nik().birthDate(), day));
        }
        return problems;
    }

    private static RuleVerdict notYetMember(Applicant applicant) {
        return applicant.bpjsMember()
                ? new RuleVerdict(EligibilityRule.NOT_YET_MEMBER, Verdict.FAILS, Message.of("jkk.reason.member.yes"))
                : new RuleVerdict(EligibilityRule.NOT_YET_MEMBER, Verdict.HOLDS, Message.of("jkk.reason.member.no"));
    }

    private static RuleVerdict poor(Applicant applicant) {
        return switch (applicant.poverty()) {
            case FAKIR_MISKIN -> new RuleVerdict(EligibilityRule.POOR, Verdict.HOLDS,
                    Message.of("jkk.reason.poverty.fakirMiskin"));
            case TIDAK_MAMPU -> new RuleVerdict(EligibilityRule.POOR, Verdict.HOLDS,
                    Message.of("jkk.reason.poverty.tidakMampu"));
            case NEITHER -> new RuleVerdict(EligibilityRule.POOR, Verdict.FAILS,
                    Message.of("jkk.reason.poverty.neither"));
        };
    }

    /**
     * Age in whole years on the registration day: 18 on the 18th birthday itself, and no longer "not yet
     * 64" on the 64th birthday. Someone born on 29 February turns a year older on 1 March in other years
     * ({@link Period}'s reckoning).
     */
    private static RuleVerdict age(Applicant applicant, LocalDate day) {
        LocalDate born = applicant.nik().birthDate();
        int years = Period.between(born, day).getYears();
        if (years < MIN_AGE) {
            return new RuleVerdict(EligibilityRule.AGE, Verdict.FAILS,
                    Message.of("jkk.reason.age.young", years, day, born.plusYears(MIN_AGE)));
        }
        if (years >= AGE_LIMIT) {
            return new RuleVerdict(EligibilityRule.AGE, Verdict.FAILS,
                    Message.of("jkk.reason.age.old", years, day, born.plusYears(AGE_LIMIT)));
        }
        return new RuleVerdict(EligibilityRule.AGE, Verdict.HOLDS, Message.of("jkk.reason.age.ok", years, day));
    }

    /** The KTP-el's address decides: a person who moved keeps the NIK of the old place. */
    private RuleVerdict ktpOfCity(Applicant applicant) {
        if (!applicant.ktpOfCity()) {
            return new RuleVerdict(EligibilityRule.KTP_OF_CITY, Verdict.FAILS,
                    Message.of("jkk.reason.ktp.other", umk.cityName()));
        }
        String nikRegency = applicant.nik().provinceCode() + "." + applicant.nik().regencyCode().substring(2);
        if (!nikRegency.equals(regencyCode)) {
            return new RuleVerdict(EligibilityRule.KTP_OF_CITY, Verdict.HOLDS,
                    Message.of("jkk.reason.ktp.cityNikElsewhere", umk.cityName(), nikRegency));
        }
        return new RuleVerdict(EligibilityRule.KTP_OF_CITY, Verdict.HOLDS,
                Message.of("jkk.reason.ktp.city", umk.cityName()));
    }

    /** Six months to the day: since 3 December, the rule holds from 3 June on. */
    private RuleVerdict domicile(Applicant applicant, LocalDate day) {
        LocalDate since = applicant.domicileSince();
        LocalDate sixMonths = since.plusMonths(DOMICILE_MONTHS);
        if (sixMonths.isAfter(day)) {
            return new RuleVerdict(EligibilityRule.DOMICILE, Verdict.FAILS,
                    Message.of("jkk.reason.domicile.short", umk.cityName(), since, sixMonths));
        }
        return new RuleVerdict(EligibilityRule.DOMICILE, Verdict.HOLDS,
                Message.of("jkk.reason.domicile.ok", umk.cityName(), since, sixMonths));
    }

    /** The UMK of the registration day's year ("upah minimum kota tahun berjalan"), never another year's. */
    private RuleVerdict income(Applicant applicant, LocalDate day) {
        int year = day.getYear();
        String income = Rupiah.format(applicant.monthlyIncome());
        return umk.forYear(year).map(wage -> {
            String umkText = Rupiah.format(wage);
            if (comparison.accepts(applicant.monthlyIncome(), wage)) {
                return new RuleVerdict(EligibilityRule.INCOME, Verdict.HOLDS, Message.of(
                        comparison == IncomeComparison.BELOW ? "jkk.reason.income.below" : "jkk.reason.income.atOrBelow",
                        income, umk.cityName(), String.valueOf(year), umkText));
            }
            return new RuleVerdict(EligibilityRule.INCOME, Verdict.FAILS, Message.of(
                    comparison == IncomeComparison.BELOW ? "jkk.reason.income.notBelow" : "jkk.reason.income.above",
                    income, umk.cityName(), String.valueOf(year), umkText));
        }).orElseGet(() -> new RuleVerdict(EligibilityRule.INCOME, Verdict.UNDECIDED,
                Message.of("jkk.reason.income.noUmk", umk.cityName(), String.valueOf(year), umk.settingKey())));
    }
}
