package id.loket.domain.servicerecord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.loket.domain.text.Message;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The short form's rules as a table: what each kind needs before it is saved. */
class ServiceRecordDraftTest {

    @ParameterizedTest(name = "{0} {1} reason {2} topic {3} note [{4}] -> {5}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            IKD_ACTIVATION | -             | -                 | -                 | -            | noOutcome
            IKD_ACTIVATION | ACTIVATED     | -                 | -                 | -            | -
            IKD_ACTIVATION | NOT_ACTIVATED | -                 | -                 | -            | noReason
            IKD_ACTIVATION | NOT_ACTIVATED | NO_SMARTPHONE     | -                 | -            | -
            IKD_ACTIVATION | NOT_ACTIVATED | OTHER             | -                 | -            | noteNeeded
            IKD_ACTIVATION | NOT_ACTIVATED | OTHER             | -                 | kartu rusak  | -
            INFORMATION    | ANSWERED      | -                 | -                 | -            | noTopic
            INFORMATION    | ANSWERED      | -                 | BPJS              | -            | -
            INFORMATION    | ANSWERED      | -                 | OTHER             | '   '        | noteNeeded
            INFORMATION    | FORWARDED     | -                 | COMPLAINT         | -            | noteNeeded
            INFORMATION    | FORWARDED     | -                 | COMPLAINT         | ke Dinsos    | -
            INFORMATION    | -             | -                 | -                 | -            | noOutcome noTopic
            GENERAL        | DONE          | -                 | -                 | -            | -
            GENERAL        | NOT_DONE      | -                 | -                 | -            | noteNeeded
            """)
    void eachKindNeedsItsOwnAnswers(ServiceKind kind, ServiceOutcome outcome, IkdNotActivatedReason reason,
                                    InformationTopic topic, String note, String problems) {
        ServiceRecordDraft draft = new ServiceRecordDraft(Optional.of(1L), "X", kind, Optional.ofNullable(outcome),
                Optional.ofNullable(reason), Optional.ofNullable(topic), Optional.ofNullable(note));

        assertThat(draft.problems()).extracting(Message::key).containsExactlyElementsOf(problems == null
                ? java.util.List.of()
                : java.util.Arrays.stream(problems.split(" ")).map(p -> "serviceRecord.problem." + p).toList());
    }

    @Test
    void aReasonOrTopicThatDoesNotBelongIsNotKept() {
        ServiceRecordDraft activated = new ServiceRecordDraft(Optional.empty(), "IKD", ServiceKind.IKD_ACTIVATION,
                Optional.of(ServiceOutcome.ACTIVATED), Optional.of(IkdNotActivatedReason.NO_SMARTPHONE),
                Optional.of(InformationTopic.BPJS), Optional.of("  "));

        assertThat(activated.reason()).isEmpty();
        assertThat(activated.topic()).isEmpty();
        assertThat(activated.note()).isEmpty();
    }

    @Test
    void aNoteLongerThanItsColumnIsRefusedWithTheLimit() {
        ServiceRecordDraft draft = new ServiceRecordDraft(Optional.empty(), "X", ServiceKind.GENERAL,
                Optional.of(ServiceOutcome.DONE), Optional.empty(), Optional.empty(), Optional.of("x".repeat(501)));

        assertThat(draft.problems()).containsExactly(Message.of("serviceRecord.problem.noteTooLong", "500"));
    }

    @Test
    void anOutcomeOfAnotherKindIsAProgrammingError() {
        ServiceRecordDraft draft = new ServiceRecordDraft(Optional.empty(), "IKD", ServiceKind.IKD_ACTIVATION,
                Optional.of(ServiceOutcome.ANSWERED), Optional.empty(), Optional.empty(), Optional.empty());

        assertThatThrownBy(draft::problems).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @CsvSource({"PERLINSOS,", "IKD,IKD_ACTIVATION", "INFORMASI,INFORMATION", "PEKERJA_RENTAN,",
            "PENGADUAN_KHUSUS,GENERAL"})
    void theTicketsServiceDecidesTheForm(String serviceCode, ServiceKind kind) {
        assertThat(ServiceKind.forService(serviceCode)).isEqualTo(Optional.ofNullable(kind));
    }
}
