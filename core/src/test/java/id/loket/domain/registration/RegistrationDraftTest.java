package id.loket.domain.registration;

import static org.assertj.core.api.Assertions.assertThat;

import id.loket.domain.text.Message;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What stops a registration from being saved, each named. Columns: consent, outcome, reason, note, date, reference; problems. */
class RegistrationDraftTest {

    @ParameterizedTest(name = "{1} reason={2} note={3} date={4} -> {6}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "true  | BERHASIL            | -                      | -           | -          | PLS-1 | -",
            // The portal does not always give a reference; a success without one is still a success.
            "true  | BERHASIL            | -                      | -           | -          | -     | -",
            "false | BERHASIL            | -                      | -           | -          | PLS-1 | noConsent",
            "true  | GAGAL               | -                      | -           | -          | -     | failureNeedsReason",
            "true  | GAGAL               | -                      | portal mati | -          | -     | failureNeedsReason",
            "true  | GAGAL               | PORTAL_DOWN            | -           | -          | -     | -",
            "true  | GAGAL               | OTHER                  | -           | -          | -     | otherNeedsNote",
            "true  | GAGAL               | OTHER                  | listrik padam | -        | -     | -",
            "true  | PERLU_TINDAK_LANJUT | -                      | bawa KK     | 2026-06-08 | -     | -",
            "true  | PERLU_TINDAK_LANJUT | -                      | -           | 2026-06-08 | -     | followUpNeedsNote",
            "true  | PERLU_TINDAK_LANJUT | -                      | bawa KK     | -          | -     | followUpNeedsDate",
            "false | PERLU_TINDAK_LANJUT | -                      | -           | -          | -     | noConsent followUpNeedsDate followUpNeedsNote",
            // Nothing is preselected: an outcome nobody chose is no outcome.
            "true  | -                   | -                      | -           | -          | -     | noOutcome",
            "false | -                   | -                      | -           | -          | -     | noConsent noOutcome",
    })
    void namesEveryProblem(boolean consent, Outcome outcome, FailureReason reason, String note, LocalDate date,
                           String reference, String problems) {
        RegistrationDraft draft = new RegistrationDraft(1, Optional.empty(), RegistrationPath.OLEH_AGEN,
                IkdState.ACTIVATED_HERE, Optional.empty(), consent, outcome, Optional.ofNullable(note),
                Optional.ofNullable(reference), Optional.ofNullable(reason), Optional.ofNullable(date));
        List<String> expected = problems == null ? List.of()
                : Arrays.stream(problems.split("\\s+")).map(p -> "registration.problem." + p).toList();
        assertThat(draft.problems()).extracting(Message::key).containsExactlyElementsOf(expected);
    }

    @ParameterizedTest(name = "{0} with IKD {1} -> {2}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            // Paths (a) and (b) go through the resident's IKD: its state must be said.
            "MANDIRI_IKD          | NOT_ASKED      | ikdNotAsked",
            "DIBANTU_PONSEL_WARGA | NOT_ASKED      | ikdNotAsked",
            "DIBANTU_PONSEL_WARGA | ACTIVATED_HERE | -",
            // Path (c): the agent registers without the resident's IKD; "not asked" is what happened.
            "OLEH_AGEN            | NOT_ASKED      | -",
    })
    void theIkdStateIsAskedOnThePathsThatUseIt(RegistrationPath path, IkdState ikd, String problem) {
        RegistrationDraft draft = new RegistrationDraft(1, Optional.empty(), path, ikd, Optional.empty(), true,
                Outcome.BERHASIL, Optional.empty(), Optional.empty());
        assertThat(draft.problems()).extracting(Message::key)
                .containsExactlyElementsOf(problem == null ? List.of() : List.of("registration.problem." + problem));
    }

    @org.junit.jupiter.api.Test
    void eachProblemNamesItsFieldInTheFormsOrder() {
        RegistrationDraft draft = new RegistrationDraft(1, Optional.empty(), RegistrationPath.MANDIRI_IKD,
                IkdState.NOT_ASKED, Optional.of("12"), false, Outcome.GAGAL, Optional.empty(), Optional.empty());
        assertThat(draft.problemsByField()).extracting(RegistrationDraft.Problem::field).containsExactly(
                RegistrationDraft.Field.CONSENT, RegistrationDraft.Field.IKD_STATE, RegistrationDraft.Field.PHONE,
                RegistrationDraft.Field.FAILURE_REASON);
    }

    @ParameterizedTest
    @CsvSource({"BERHASIL", "PERLU_TINDAK_LANJUT"})
    void aReasonChosenBeforeTheOutcomeChangedIsNotKept(Outcome outcome) {
        RegistrationDraft draft = new RegistrationDraft(1, Optional.empty(), RegistrationPath.OLEH_AGEN,
                IkdState.ACTIVATED_HERE, Optional.empty(), true, outcome, Optional.of("x"), Optional.empty(),
                Optional.of(FailureReason.NO_OTP), Optional.of(LocalDate.of(2026, 6, 8)));
        assertThat(draft.failureReason()).isEmpty();
        assertThat(draft.followUpOn().isPresent()).isEqualTo(outcome == Outcome.PERLU_TINDAK_LANJUT);
    }

    @ParameterizedTest
    // Quoted, so the scanner's leading spaces and trailing carriage return reach the method as scanned.
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "LOKET-REG:REG-000123     | REG-000123",
            "'  LOKET-REG:REG-000123\r' | REG-000123",
            "LOKET-REG:REG-12         | -",
            "LOKET-TIKET:A-001        | -",
            "REG-000123               | -",
    })
    void aReceiptQrNamesItsRegistration(String scanned, String code) {
        assertThat(Registration.codeInQr(scanned)).isEqualTo(Optional.ofNullable(code));
    }
}
