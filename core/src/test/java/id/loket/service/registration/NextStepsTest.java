package id.loket.service.registration;

import static org.assertj.core.api.Assertions.assertThat;

import id.loket.domain.registration.FailureReason;
import id.loket.domain.registration.IkdState;
import id.loket.domain.registration.Outcome;
import id.loket.domain.registration.Registration;
import id.loket.domain.registration.RegistrationPath;
import id.loket.domain.text.Texts;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The receipt's "what happens next" for every outcome and path, as a table of message keys, in both
 * languages: a success never asks the resident back, a failure or a pending registration never says the
 * household is registered, and only the Mandiri (IKD) path is sent to the IKD app.
 */
class NextStepsTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 6, 8);

    @ParameterizedTest(name = "{0} by {1} ({2}) -> {3}")
    @CsvSource(delimiter = '|', textBlock = """
            BERHASIL            | MANDIRI_IKD          | ID | success success.nothingMoreInIkd complaints
            BERHASIL            | DIBANTU_PONSEL_WARGA | ID | success complaints
            BERHASIL            | OLEH_AGEN            | ID | success complaints
            GAGAL               | MANDIRI_IKD          | ID | failed failed.noOtp bringDocumentsAndPhone tryAgainInIkd complaints
            GAGAL               | DIBANTU_PONSEL_WARGA | ID | failed failed.noOtp bringDocumentsAndPhone complaints
            GAGAL               | OLEH_AGEN            | ID | failed failed.noOtp bringDocuments complaints
            PERLU_TINDAK_LANJUT | MANDIRI_IKD          | ID | pending comeBackOn bringDocumentsAndPhone finishInIkd complaints
            PERLU_TINDAK_LANJUT | DIBANTU_PONSEL_WARGA | ID | pending comeBackOn bringDocumentsAndPhone complaints
            PERLU_TINDAK_LANJUT | OLEH_AGEN            | ID | pending comeBackOn bringDocuments complaints
            BERHASIL            | MANDIRI_IKD          | EN | success success.nothingMoreInIkd complaints
            BERHASIL            | DIBANTU_PONSEL_WARGA | EN | success complaints
            BERHASIL            | OLEH_AGEN            | EN | success complaints
            GAGAL               | MANDIRI_IKD          | EN | failed failed.noOtp bringDocumentsAndPhone tryAgainInIkd complaints
            GAGAL               | DIBANTU_PONSEL_WARGA | EN | failed failed.noOtp bringDocumentsAndPhone complaints
            GAGAL               | OLEH_AGEN            | EN | failed failed.noOtp bringDocuments complaints
            PERLU_TINDAK_LANJUT | MANDIRI_IKD          | EN | pending comeBackOn bringDocumentsAndPhone finishInIkd complaints
            PERLU_TINDAK_LANJUT | DIBANTU_PONSEL_WARGA | EN | pending comeBackOn bringDocumentsAndPhone complaints
            PERLU_TINDAK_LANJUT | OLEH_AGEN            | EN | pending comeBackOn bringDocuments complaints
            """)
    void eachOutcomeAndPathHasItsOwnSteps(Outcome outcome, RegistrationPath path, String language, String keys) {
        Texts texts = texts(language);

        List<String> steps = NextSteps.forRegistration(registration(outcome, path, FailureReason.NO_OTP), texts);

        List<String> expected = Arrays.stream(keys.split(" "))
                .map(key -> key.equals("comeBackOn")
                        ? texts.text("receipt.next.comeBackOn", longDate(texts))
                        : texts.text("receipt.next." + key))
                .toList();
        assertThat(steps).containsExactlyElementsOf(expected);
    }

    @ParameterizedTest
    @EnumSource(RegistrationPath.class)
    void onlyASuccessIsProofOfRegistrationAndItNeverAsksTheResidentBack(RegistrationPath path) {
        for (String language : List.of("ID", "EN")) {
            Texts texts = texts(language);
            String comeBack = language.equals("ID") ? "datang lagi" : "come back";
            String success = String.join(" ", NextSteps.forRegistration(
                    registration(Outcome.BERHASIL, path, FailureReason.OTHER), texts));
            assertThat(success).doesNotContainIgnoringCase(comeBack);
            assertThat(NextSteps.proves(registration(Outcome.BERHASIL, path, FailureReason.OTHER))).isTrue();
            for (Outcome notYet : List.of(Outcome.GAGAL, Outcome.PERLU_TINDAK_LANJUT)) {
                Registration attempt = registration(notYet, path, FailureReason.OTHER);
                String steps = String.join(" ", NextSteps.forRegistration(attempt, texts));
                assertThat(steps).doesNotContain(texts.text("receipt.next.success"));
                assertThat(NextSteps.proves(attempt)).isFalse();
            }
        }
    }

    @ParameterizedTest
    @EnumSource(FailureReason.class)
    void aFailureSaysWhenToComeBackForEveryReason(FailureReason reason) {
        for (String language : List.of("ID", "EN")) {
            Texts texts = texts(language);

            String steps = String.join(" ", NextSteps.forRegistration(
                    registration(Outcome.GAGAL, RegistrationPath.OLEH_AGEN, reason), texts));

            // No date is set for a failure: the day is "a working day" (or the next one), never left out.
            assertThat(steps).containsIgnoringCase(language.equals("ID") ? "hari kerja" : "working day");
            assertThat(steps).doesNotContain("[");
        }
    }

    private static Registration registration(Outcome outcome, RegistrationPath path, FailureReason reason) {
        LocalDateTime saved = LocalDateTime.of(2026, 6, 4, 9, 30);
        return new Registration(1, "REG-000001", 7, Optional.empty(), path, IkdState.ALREADY_ACTIVE,
                Optional.empty(), "v1", saved, outcome, Optional.of("catatan"), Optional.empty(), 3, saved,
                outcome == Outcome.GAGAL ? Optional.of(reason) : Optional.empty(),
                outcome == Outcome.PERLU_TINDAK_LANJUT ? Optional.of(MONDAY) : Optional.empty());
    }

    private static Texts texts(String language) {
        return language.equals("ID") ? Texts.indonesian() : Texts.forLocale(Locale.ENGLISH);
    }

    private static String longDate(Texts texts) {
        return java.time.format.DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy", texts.locale()).format(MONDAY);
    }
}
