package id.loket.device.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a card read yields: the identity as printed on the KTP-el, or only a card UID, and where it
 * came from. Text is kept as read (trimmed); the NIK is a string and is not validated here: the
 * application checks it. Either a NIK or a card UID is always present.
 *
 * <p>{@link #toString()} masks the NIK and leaves out every other personal field, so a record can be
 * logged.
 */
public final class IdentityRecord {

    /** The value of {@link IdentityField#VALID_UNTIL} for a KTP-el valid for life ("SEUMUR HIDUP"). */
    public static final String VALID_FOR_LIFE = "SEUMUR HIDUP";

    private final IdentitySource source;
    private final Map<IdentityField, String> fields;

    private IdentityRecord(IdentitySource source, EnumMap<IdentityField, String> fields) {
        this.source = Objects.requireNonNull(source, "source");
        if (!fields.containsKey(IdentityField.NIK) && !fields.containsKey(IdentityField.CARD_UID)) {
            throw new IllegalArgumentException("an identity record needs a NIK or a card UID");
        }
        this.fields = Collections.unmodifiableMap(fields);
    }

    public static Builder builder(IdentitySource source) {
        return new Builder(source);
    }

    public IdentitySource source() {
        return source;
    }

    /** Every field that is present, in the order of {@link IdentityField}. */
    public Map<IdentityField, String> fields() {
        return fields;
    }

    public Optional<String> get(IdentityField field) {
        return Optional.ofNullable(fields.get(field));
    }

    public Optional<String> nik() {
        return get(IdentityField.NIK);
    }

    public Optional<String> name() {
        return get(IdentityField.NAME);
    }

    public Optional<String> birthPlace() {
        return get(IdentityField.BIRTH_PLACE);
    }

    public Optional<LocalDate> birthDate() {
        return get(IdentityField.BIRTH_DATE).map(LocalDate::parse);
    }

    public Optional<String> sex() {
        return get(IdentityField.SEX);
    }

    public Optional<String> address() {
        return get(IdentityField.ADDRESS);
    }

    public Optional<String> rt() {
        return get(IdentityField.RT);
    }

    public Optional<String> rw() {
        return get(IdentityField.RW);
    }

    public Optional<String> kelurahan() {
        return get(IdentityField.KELURAHAN);
    }

    public Optional<String> kecamatan() {
        return get(IdentityField.KECAMATAN);
    }

    public Optional<String> regency() {
        return get(IdentityField.REGENCY);
    }

    public Optional<String> province() {
        return get(IdentityField.PROVINCE);
    }

    public Optional<String> religion() {
        return get(IdentityField.RELIGION);
    }

    public Optional<String> maritalStatus() {
        return get(IdentityField.MARITAL_STATUS);
    }

    public Optional<String> occupation() {
        return get(IdentityField.OCCUPATION);
    }

    public Optional<String> citizenship() {
        return get(IdentityField.CITIZENSHIP);
    }

    /** The end of validity when the card has one; empty for a card valid for life or when unknown. */
    public Optional<LocalDate> validUntil() {
        return get(IdentityField.VALID_UNTIL).filter(v -> !v.equals(VALID_FOR_LIFE)).map(LocalDate::parse);
    }

    public boolean validForLife() {
        return get(IdentityField.VALID_UNTIL).filter(VALID_FOR_LIFE::equals).isPresent();
    }

    public Optional<String> cardUid() {
        return get(IdentityField.CARD_UID);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof IdentityRecord that && source == that.source && fields.equals(that.fields);
    }

    @Override
    public int hashCode() {
        return Objects.hash(source, fields);
    }

    @Override
    public String toString() {
        return "IdentityRecord[" + source + nik().map(n -> " nik=" + mask(n)).orElse("")
                + cardUid().map(u -> " cardUid=" + u).orElse("") + " fields=" + fields.size() + "]";
    }

    /** The first six and the last two characters of a NIK, the rest as *, for logs. */
    public static String mask(String nik) {
        if (nik.length() <= 8) {
            return "*".repeat(nik.length());
        }
        return nik.substring(0, 6) + "*".repeat(nik.length() - 8) + nik.substring(nik.length() - 2);
    }

    /** Collects fields; blank values count as absent. */
    public static final class Builder {
        private final IdentitySource source;
        private final EnumMap<IdentityField, String> fields = new EnumMap<>(IdentityField.class);

        private Builder(IdentitySource source) {
            this.source = Objects.requireNonNull(source, "source");
        }

        /**
         * Sets a field from text. Dates must be ISO {@code yyyy-MM-dd}; {@link IdentityField#VALID_UNTIL}
         * also takes {@link #VALID_FOR_LIFE}.
         *
         * @throws IllegalArgumentException for a date that is not an ISO date
         */
        public Builder set(IdentityField field, String value) {
            Objects.requireNonNull(field, "field");
            if (value == null || value.isBlank()) {
                fields.remove(field);
                return this;
            }
            String trimmed = value.strip();
            if (field == IdentityField.BIRTH_DATE
                    || (field == IdentityField.VALID_UNTIL && !trimmed.equals(VALID_FOR_LIFE))) {
                try {
                    LocalDate.parse(trimmed);
                } catch (DateTimeParseException e) {
                    throw new IllegalArgumentException(field.key() + " must be an ISO date yyyy-MM-dd", e);
                }
            }
            fields.put(field, trimmed);
            return this;
        }

        public Builder nik(String nik) {
            return set(IdentityField.NIK, nik);
        }

        public Builder name(String name) {
            return set(IdentityField.NAME, name);
        }

        public Builder birthDate(LocalDate date) {
            return set(IdentityField.BIRTH_DATE, date == null ? null : date.toString());
        }

        public Builder validUntil(LocalDate date) {
            return set(IdentityField.VALID_UNTIL, date == null ? null : date.toString());
        }

        public Builder validForLife() {
            return set(IdentityField.VALID_UNTIL, VALID_FOR_LIFE);
        }

        public Builder cardUid(String uid) {
            return set(IdentityField.CARD_UID, uid);
        }

        public boolean has(IdentityField field) {
            return fields.containsKey(field);
        }

        /** @throws IllegalArgumentException when neither a NIK nor a card UID was set */
        public IdentityRecord build() {
            return new IdentityRecord(source, new EnumMap<>(fields));
        }
    }
}
