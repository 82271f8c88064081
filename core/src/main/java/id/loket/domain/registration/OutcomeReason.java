package id.loket.domain.registration;

import id.loket.domain.text.EnumLabels;
import id.loket.domain.text.Texts;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Why a registration ended as it did, in words: the listed failure reason and the agent's note, as
 * the receipt and the follow-up list both show it ("Kode OTP tidak masuk. dicoba 3 kali").
 */
public final class OutcomeReason {

    private OutcomeReason() {
    }

    /**
     * The reason's label and the note, joined; empty when there is neither. "Other" is left out: it
     * says nothing the note beside it does not (the counter requires a note with it).
     */
    public static Optional<String> why(Optional<FailureReason> reason, Optional<String> note, Texts texts) {
        Optional<String> listed = reason.filter(r -> r != FailureReason.OTHER).map(r -> texts.text(EnumLabels.key(r)));
        if (listed.isEmpty() && note.isEmpty()) {
            // A reason without its note (only a record saved without the counter's rules) still says something.
            listed = reason.map(r -> texts.text(EnumLabels.key(r)));
        }
        String why = Stream.of(listed, note).flatMap(Optional::stream).collect(Collectors.joining(". "));
        return why.isEmpty() ? Optional.empty() : Optional.of(why);
    }
}
