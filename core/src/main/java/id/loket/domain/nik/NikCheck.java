package id.loket.domain.nik;

import id.loket.domain.text.Message;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of {@link NikValidator#check}: the number when it is valid, otherwise every reason it is
 * not, plus warnings that do not block it and the region names found, for display.
 *
 * @param normalized   the input with spaces, dots and dashes removed; may have the wrong length or
 *                     contain the characters an error names
 * @param nik          present exactly when there are no errors
 * @param provinceName name of the province in digits 1-2, when known
 * @param regencyName  name of the regency/city in digits 1-4, when known (current or historical)
 * @param districtName name of the kecamatan in digits 1-6, when in the current list
 */
public record NikCheck(String normalized, Optional<Nik> nik, List<Message> errors, List<Message> warnings,
        Optional<String> provinceName, Optional<String> regencyName, Optional<String> districtName) {

    public NikCheck {
        Objects.requireNonNull(normalized, "normalized");
        errors = List.copyOf(errors);
        warnings = List.copyOf(warnings);
        if (nik.isPresent() != errors.isEmpty()) {
            throw new IllegalArgumentException("a NIK is present exactly when there are no errors");
        }
    }

    /** An input that never became 16 digits: nothing else about it can be said. */
    static NikCheck unreadable(String normalized, List<Message> errors) {
        return new NikCheck(normalized, Optional.empty(), errors, List.of(),
                Optional.empty(), Optional.empty(), Optional.empty());
    }

    public boolean valid() {
        return errors.isEmpty();
    }

    /**
     * Leaves out {@code normalized}, which may be a full unmasked number; the NIK is shown masked.
     */
    @Override
    public String toString() {
        return "NikCheck[nik=" + nik.map(Object::toString).orElse("none") + ", errors=" + errors
                + ", warnings=" + warnings + "]";
    }
}
