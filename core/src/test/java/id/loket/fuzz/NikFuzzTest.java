package id.loket.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import id.loket.domain.nik.KkNumberValidator;
import id.loket.domain.nik.NikCheck;
import id.loket.domain.nik.NikValidator;
import id.loket.domain.nik.RegionCodes;
import id.loket.domain.text.Message;
import id.loket.domain.text.Texts;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Property-based fuzzing (jqwik) of the NIK and KK checks, the first thing every typed, scanned or
 * imported number goes through: whatever comes in, no exception escapes, and every rejection is a
 * message that exists in both languages. About 240,000 generated cases in the normal test run.
 */
class NikFuzzTest {

    private static final NikValidator NIKS = new NikValidator(RegionCodes.fromClasspath(),
            Clock.fixed(LocalDate.of(2026, 6, 4).atStartOfDay(ZoneId.of("Asia/Makassar")).toInstant(),
                    ZoneId.of("Asia/Makassar")));
    private static final KkNumberValidator KKS = new KkNumberValidator(RegionCodes.fromClasspath());
    private static final Texts INDONESIAN = Texts.indonesian();
    private static final Texts ENGLISH = Texts.forLocale(Texts.ENGLISH);

    @Property(tries = 80_000)
    void anyTextIsAnsweredWithAResultNeverAnException(@ForAll("anything") String input) {
        NikCheck check = NIKS.check(input);
        assertThat(check.valid()).isEqualTo(check.errors().isEmpty());
        check.errors().forEach(NikFuzzTest::readable);
        check.warnings().forEach(NikFuzzTest::readable);
        KKS.check(input).errors().forEach(NikFuzzTest::readable);
    }

    @Property(tries = 80_000)
    void anyRunOfSixteenDigitsIsJudgedWithReasons(@ForAll("digits") String digits) {
        NikCheck check = NIKS.check(digits);
        if (check.valid()) {
            assertThat(check.nik()).hasValueSatisfying(nik -> {
                assertThat(nik.digits()).isEqualTo(digits);
                assertThat(nik.masked()).startsWith(digits.substring(0, 6)).endsWith(digits.substring(12));
            });
        } else {
            assertThat(check.errors()).isNotEmpty().allSatisfy(NikFuzzTest::readable);
        }
    }

    @Property(tries = 80_000)
    void aValidNikWithOneCharacterChangedNeverBreaksTheCheck(@ForAll @IntRange(min = 0, max = 15) int position,
                                                           @ForAll char replacement) {
        String valid = "6471054707500003";
        String mutated = valid.substring(0, position) + replacement + valid.substring(position + 1);
        NikCheck check = NIKS.check(mutated);
        check.errors().forEach(NikFuzzTest::readable);
        assertThat(check.valid() || !check.errors().isEmpty()).isTrue();
    }

    @Provide
    Arbitrary<String> anything() {
        return Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(40),
                Arbitraries.strings().withChars("0123456789 .-eE+,").ofMaxLength(24),
                Arbitraries.strings().numeric().ofMinLength(14).ofMaxLength(18));
    }

    @Provide
    Arbitrary<String> digits() {
        return Arbitraries.strings().numeric().ofLength(16);
    }

    /** A message a person can read in both languages: a known key, formatted without a placeholder left. */
    private static void readable(Message message) {
        for (Texts texts : new Texts[] {INDONESIAN, ENGLISH}) {
            String text = texts.text(message);
            assertThat(text).doesNotStartWith("[").doesNotContain("{0}").isNotBlank();
        }
    }
}
