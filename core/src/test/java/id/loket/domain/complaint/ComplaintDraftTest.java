package id.loket.domain.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import id.loket.domain.text.Message;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What stops a complaint from being recorded, and how typed or pasted junk is cleaned. */
class ComplaintDraftTest {

    private static ComplaintDraft draft(Optional<ComplaintKind> kind, Optional<String> service, String text,
                                        Optional<String> contact) {
        return new ComplaintDraft(kind, service, text, contact, Optional.empty());
    }

    @Test
    void nothingChosenOrTypedNamesEachMissingPart() {
        ComplaintDraft empty = draft(Optional.empty(), Optional.of("  "), " \t\n ", Optional.of("   "));

        assertThat(empty.problems()).extracting(Message::key).containsExactly("complaint.problem.noKind",
                "complaint.problem.noService", "complaint.problem.noText");
        assertThat(empty.contact()).isEmpty();
    }

    @Test
    void controlCharactersFromAPasteOrAScannerBecomeSpaces() {
        ComplaintDraft pasted = draft(Optional.of(ComplaintKind.COMPLAINT), Optional.of("INFORMASI"),
                "Antrean\u0000 terlalu\u001b[2J   lama\r\n", Optional.of("0812\t3456"));

        assertThat(pasted.text()).isEqualTo("Antrean terlalu [2J lama");
        assertThat(pasted.contact()).contains("0812 3456");
        assertThat(pasted.problems()).isEmpty();
    }

    @Test
    void aTextOrContactBeyondItsColumnIsRefusedWithItsLimit() {
        ComplaintDraft tooLong = draft(Optional.of(ComplaintKind.SUGGESTION), Optional.of("IKD"),
                "x".repeat(ComplaintDraft.MAX_TEXT + 1), Optional.of("9".repeat(ComplaintDraft.MAX_CONTACT + 1)));

        assertThat(tooLong.problems()).containsExactly(
                Message.of("complaint.problem.textTooLong", "1000", "1001"),
                Message.of("complaint.problem.contactTooLong", "100"));
    }
}
