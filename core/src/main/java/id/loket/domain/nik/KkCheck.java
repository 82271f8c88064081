package id.loket.domain.nik;

import id.loket.domain.text.Message;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of {@link KkNumberValidator#check}; the same shape as {@link NikCheck}.
 *
 * @param normalized the input with spaces, dots and dashes removed; may have the wrong length or
 *                   contain the characters an error names
 * @param kkNumber   present exactly when there are no errors
 */
public record KkCheck(String normalized, Optional<KkNumber> kkNumber, List<Message> errors,
        List<Message> warnings, Optional<String> provinceName, Optional<String> regencyName,
        Optional<String> districtName) {

    public KkCheck {
        Objects.requireNonNull(normalized, "normalized");
        errors = List.copyOf(errors);
        warnings = List.copyOf(warnings);
        if (kkNumber.isPresent() != errors.isEmpty()) {
            throw new IllegalArgumentException("a KK number is present exactly when there are no errors");
        }
    }

    /** An input that never became 16 digits: nothing else about it can be said. */
    static KkCheck unreadable(String normalized, List<Message> errors) {
        return new KkCheck(normalized, Optional.empty(), errors, List.of(),
                Optional.empty(), Optional.empty(), Optional.empty());
    }

    public boolean valid() {
        return errors.isEmpty();
    }

    /**
     * Leaves out {@code normalized}, which may be a full unmasked number; the KK number is shown masked.
     */
    @Override
    public String toString() {
        return "KkCheck[kkNumber=" + kkNumber.map(Object::toString).orElse("none") + ", errors=" + errors
                + ", warnings=" + warnings + "]";
    }
}
