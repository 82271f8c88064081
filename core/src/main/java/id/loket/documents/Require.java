package id.loket.documents;

import java.util.Objects;

/** Argument checks shared by the document records, so each says plainly which field is wrong. */
final class Require {

    private Require() {
    }

    static String notBlank(String value, String field) {
        Objects.requireNonNull(value, field);
        if (value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
        return value;
    }

    /** An optional text: blank is the same as absent, so a renderer only has to test for null. */
    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
