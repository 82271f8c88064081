package id.loket.device.bridge;

import id.loket.device.api.DeviceProblem;
import id.loket.device.api.DriverParameters;
import id.loket.device.api.IdentityField;
import id.loket.device.api.IdentityRecord;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * How a vendor names things: which member of its JSON holds each identity field, how it writes
 * dates, and which of its error codes means which {@link DeviceProblem}.
 *
 * <p>Without settings, each field is looked for under the common names vendors use (see
 * {@link #DEFAULT_NAMES}). {@code field.<key>=<path>} replaces that with one path, dotted for nested
 * members ({@code field.rt=alamat.rt}).
 */
public final class FieldMapping {

    /** The names tried for each field when no {@code field.<key>} is set, in order. */
    public static final Map<IdentityField, List<String>> DEFAULT_NAMES = defaultNames();

    /** The vendor error codes known without settings, by problem. */
    public static final Map<String, DeviceProblem> DEFAULT_ERRORS = defaultErrors();

    private static final List<String> LIFETIME = List.of("SEUMUR HIDUP", "SEUMUR_HIDUP", "SEUMURHIDUP", "LIFETIME");
    private static final String DEFAULT_DATE_FORMATS = "yyyy-MM-dd,dd-MM-yyyy,dd/MM/yyyy,dd.MM.yyyy";

    private final Map<IdentityField, List<List<String>>> paths;
    private final List<DateTimeFormatter> dateFormats;
    private final List<String> dateFormatTexts;
    private final Map<String, DeviceProblem> errors;

    private FieldMapping(Map<IdentityField, List<List<String>>> paths, List<String> dateFormatTexts,
                         Map<String, DeviceProblem> errors) {
        this.paths = paths;
        this.dateFormatTexts = List.copyOf(dateFormatTexts);
        this.dateFormats = dateFormatTexts.stream()
                .map(f -> DateTimeFormatter.ofPattern(f.replace("yyyy", "uuuu"), Locale.ROOT)
                        .withResolverStyle(ResolverStyle.STRICT))
                .toList();
        this.errors = Map.copyOf(errors);
    }

    /** The defaults, with no settings. */
    public static FieldMapping defaults() {
        return new FieldMapping(defaultPaths(), Arrays.asList(DEFAULT_DATE_FORMATS.split(",")), DEFAULT_ERRORS);
    }

    /** Reads {@code field.*}, {@code error.*} and {@code date-format}. */
    public static FieldMapping from(DriverParameters p) {
        Map<IdentityField, List<List<String>>> paths = defaultPaths();
        p.family("field.").forEach((key, path) -> {
            IdentityField field = IdentityField.fromKey(key).orElseThrow(() -> p.bad("field." + key, path,
                    "field.<key> with key one of " + Arrays.stream(IdentityField.values()).map(IdentityField::key)
                            .toList(), null));
            List<String> parts = List.of(path.split("\\.", -1));
            if (parts.stream().anyMatch(String::isEmpty)) {
                throw p.bad("field." + key, path, "a member name, or names joined by dots such as alamat.rt", null);
            }
            paths.put(field, List.of(parts));
        });
        Map<String, DeviceProblem> errors = new HashMap<>(DEFAULT_ERRORS);
        p.family("error.").forEach((code, problem) -> {
            try {
                errors.put(code.toUpperCase(Locale.ROOT), DeviceProblem.valueOf(problem.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw p.bad("error." + code, problem, "a problem code: " + Arrays.toString(DeviceProblem.values()), e);
            }
        });
        String formats = p.string("date-format", DEFAULT_DATE_FORMATS);
        List<String> list = Arrays.stream(formats.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        try {
            FieldMapping mapping = new FieldMapping(paths, list, errors);
            if (list.isEmpty()) {
                throw p.bad("date-format", formats, "date patterns such as dd-MM-yyyy, separated by commas", null);
            }
            return mapping;
        } catch (IllegalArgumentException e) {
            throw p.bad("date-format", formats, "date patterns such as dd-MM-yyyy, separated by commas", e);
        }
    }

    /** The first value found for {@code field} in {@code data}, or empty. */
    Optional<Object> find(IdentityField field, Map<String, Object> data) {
        for (List<String> path : paths.get(field)) {
            Object current = data;
            for (String part : path) {
                if (!(current instanceof Map<?, ?> map) || !map.containsKey(part)) {
                    current = null;
                    break;
                }
                current = map.get(part);
            }
            if (current != null) {
                return Optional.of(current);
            }
        }
        return Optional.empty();
    }

    /** How the paths of {@code field} are written, for messages. */
    String describe(IdentityField field) {
        return paths.get(field).stream().map(p -> String.join(".", p)).toList().toString();
    }

    /** The ISO form of a vendor date; empty when no configured format fits. */
    Optional<String> date(String text) {
        for (DateTimeFormatter format : dateFormats) {
            try {
                return Optional.of(LocalDate.parse(text, format).toString());
            } catch (DateTimeParseException e) {
                continue;
            }
        }
        return Optional.empty();
    }

    List<String> dateFormats() {
        return dateFormatTexts;
    }

    /** A vendor's validity text: a date, or the lifetime marker. */
    Optional<String> validUntil(String text) {
        if (LIFETIME.contains(text.toUpperCase(Locale.ROOT).strip())) {
            return Optional.of(IdentityRecord.VALID_FOR_LIFE);
        }
        return date(text);
    }

    /** The problem for a vendor error code; codes that are problem names map to themselves. */
    DeviceProblem problem(String vendorCode) {
        String code = vendorCode.toUpperCase(Locale.ROOT).strip();
        DeviceProblem mapped = errors.get(code);
        if (mapped != null) {
            return mapped;
        }
        try {
            return DeviceProblem.valueOf(code);
        } catch (IllegalArgumentException e) {
            return DeviceProblem.BRIDGE_ERROR;
        }
    }

    private static Map<IdentityField, List<List<String>>> defaultPaths() {
        Map<IdentityField, List<List<String>>> paths = new EnumMap<>(IdentityField.class);
        DEFAULT_NAMES.forEach((field, names) -> {
            List<List<String>> list = new ArrayList<>();
            names.forEach(name -> list.add(List.of(name)));
            paths.put(field, List.copyOf(list));
        });
        return paths;
    }

    private static Map<IdentityField, List<String>> defaultNames() {
        Map<IdentityField, List<String>> names = new EnumMap<>(IdentityField.class);
        names.put(IdentityField.NIK, List.of("nik", "NIK"));
        names.put(IdentityField.NAME, List.of("nama", "namaLengkap", "nama_lengkap", "name"));
        names.put(IdentityField.BIRTH_PLACE, List.of("tempatLahir", "tempat_lahir", "birthPlace"));
        names.put(IdentityField.BIRTH_DATE, List.of("tanggalLahir", "tanggal_lahir", "tglLahir", "tgl_lahir", "birthDate"));
        names.put(IdentityField.SEX, List.of("jenisKelamin", "jenis_kelamin", "kelamin", "sex"));
        names.put(IdentityField.ADDRESS, List.of("alamat", "address"));
        names.put(IdentityField.RT, List.of("rt", "nomorRt", "nomor_rt"));
        names.put(IdentityField.RW, List.of("rw", "nomorRw", "nomor_rw"));
        names.put(IdentityField.KELURAHAN, List.of("kelurahan", "kelDesa", "kel_desa", "kelurahanDesa", "desa"));
        names.put(IdentityField.KECAMATAN, List.of("kecamatan"));
        names.put(IdentityField.REGENCY, List.of("kabupaten", "kota", "kabupatenKota", "kabKota", "kab_kota"));
        names.put(IdentityField.PROVINCE, List.of("provinsi", "propinsi"));
        names.put(IdentityField.RELIGION, List.of("agama"));
        names.put(IdentityField.MARITAL_STATUS, List.of("statusPerkawinan", "status_perkawinan", "perkawinan"));
        names.put(IdentityField.OCCUPATION, List.of("pekerjaan"));
        names.put(IdentityField.CITIZENSHIP, List.of("kewarganegaraan", "wargaNegara"));
        names.put(IdentityField.VALID_UNTIL, List.of("berlakuHingga", "berlaku_hingga", "masaBerlaku"));
        names.put(IdentityField.CARD_UID, List.of("uid", "cardUid"));
        return java.util.Collections.unmodifiableMap(names);
    }

    private static Map<String, DeviceProblem> defaultErrors() {
        Map<String, DeviceProblem> map = new HashMap<>();
        for (String code : List.of("SAM_MISSING", "SAM_NOT_FOUND", "NO_SAM", "SAM_ERROR")) {
            map.put(code, DeviceProblem.SAM_MISSING);
        }
        for (String code : List.of("CARD_REMOVED", "CARD_PULLED", "CARD_REMOVED_DURING_READ")) {
            map.put(code, DeviceProblem.CARD_REMOVED_DURING_READ);
        }
        for (String code : List.of("TIMEOUT", "READ_TIMEOUT")) {
            map.put(code, DeviceProblem.TIMEOUT);
        }
        for (String code : List.of("NO_READER", "READER_NOT_FOUND", "READER_DISCONNECTED")) {
            map.put(code, DeviceProblem.NO_READER);
        }
        for (String code : List.of("READ_FAILED", "CARD_ERROR", "CARD_UNREADABLE", "NOT_KTP")) {
            map.put(code, DeviceProblem.CARD_UNREADABLE);
        }
        return Map.copyOf(map);
    }
}
