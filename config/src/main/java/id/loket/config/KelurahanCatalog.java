package id.loket.config;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The kelurahan an office can be configured for, read from a {@code kode,tingkat,nama} CSV of the
 * Kemendagri region codes (cities, their kecamatan and their kelurahan).
 */
public final class KelurahanCatalog {

    /** Classpath location of the catalog shipped with Loket: Kota Balikpapan and Kota Samarinda. */
    public static final String BUILT_IN_RESOURCE = "/region/wilayah-kaltim-kota.csv";

    private static final String HEADER = "kode,tingkat,nama";
    private static final Pattern CITY_CODE = Pattern.compile("\\d{2}\\.\\d{2}");
    private static final Pattern KECAMATAN_CODE = Pattern.compile("\\d{2}\\.\\d{2}\\.\\d{2}");
    private static final Pattern KELURAHAN_CODE = Pattern.compile("\\d{2}\\.\\d{2}\\.\\d{2}\\.\\d{4}");

    private final Map<String, Kelurahan> byCode;

    private KelurahanCatalog(Map<String, Kelurahan> byCode) {
        this.byCode = byCode;
    }

    /** The catalog shipped with Loket, read once. */
    public static KelurahanCatalog builtIn() {
        return BuiltIn.CATALOG;
    }

    /**
     * Reads a catalog from CSV text.
     *
     * @param csv        the text, header {@code kode,tingkat,nama}
     * @param sourceName named in error messages
     * @throws IOException              if the text cannot be read
     * @throws IllegalArgumentException naming the line, if a row is malformed, repeated or has no parent
     */
    public static KelurahanCatalog fromCsv(Reader csv, String sourceName) throws IOException {
        List<Row> rows = readRows(new BufferedReader(csv), sourceName);
        Map<String, Row> cities = new LinkedHashMap<>();
        Map<String, Row> kecamatan = new LinkedHashMap<>();
        List<Row> kelurahan = new ArrayList<>();
        for (Row row : rows) {
            switch (row.level()) {
                case "kota", "kabupaten" -> putOnce(cities, row, CITY_CODE, sourceName);
                case "kecamatan" -> putOnce(kecamatan, row, KECAMATAN_CODE, sourceName);
                case "kelurahan" -> {
                    requireCode(row, KELURAHAN_CODE, sourceName);
                    kelurahan.add(row);
                }
                default -> throw row.error(sourceName, "unknown level '" + row.level()
                        + "', expected kota, kabupaten, kecamatan or kelurahan");
            }
        }
        Map<String, Kelurahan> byCode = new LinkedHashMap<>();
        for (Row row : kelurahan) {
            Row kec = parent(kecamatan, row, row.code().substring(0, 8), sourceName);
            Row city = parent(cities, row, row.code().substring(0, 5), sourceName);
            Kelurahan entry = new Kelurahan(row.code(), row.name(), kec.code(), kec.name(), city.code(), city.name());
            if (byCode.putIfAbsent(row.code(), entry) != null) {
                throw row.error(sourceName, "code " + row.code() + " appears twice");
            }
        }
        // byCode never escapes this method, so wrapping it is enough to keep the catalog immutable.
        return new KelurahanCatalog(Collections.unmodifiableMap(byCode));
    }

    /** The kelurahan with this dotted code, e.g. {@code 64.71.05.1006}; surrounding blanks are ignored. */
    public Optional<Kelurahan> find(String dottedCode) {
        if (dottedCode == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(byCode.get(dottedCode.strip()));
    }

    /** Every kelurahan, in the order of the source file. */
    public List<Kelurahan> all() {
        return List.copyOf(byCode.values());
    }

    /** The distinct city names, in the order of the source file, e.g. for "a code of Kota Balikpapan or ...". */
    public List<String> cityNames() {
        return byCode.values().stream().map(Kelurahan::cityName).distinct().toList();
    }

    private static List<Row> readRows(BufferedReader reader, String sourceName) throws IOException {
        String header = reader.readLine();
        if (header == null || !header.strip().replace("\uFEFF", "").equals(HEADER)) {
            throw new IllegalArgumentException(sourceName + " line 1: expected header '" + HEADER + "'");
        }
        List<Row> rows = new ArrayList<>();
        int lineNumber = 1;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            lineNumber++;
            if (!line.isBlank()) {
                rows.add(Row.parse(line, lineNumber, sourceName));
            }
        }
        return rows;
    }

    private static void putOnce(Map<String, Row> map, Row row, Pattern codePattern, String sourceName) {
        requireCode(row, codePattern, sourceName);
        if (map.putIfAbsent(row.code(), row) != null) {
            throw row.error(sourceName, "code " + row.code() + " appears twice");
        }
    }

    private static void requireCode(Row row, Pattern codePattern, String sourceName) {
        if (!codePattern.matcher(row.code()).matches()) {
            throw row.error(sourceName, "code " + row.code() + " does not fit level " + row.level());
        }
    }

    private static Row parent(Map<String, Row> parents, Row row, String parentCode, String sourceName) {
        Row parent = parents.get(parentCode);
        if (parent == null) {
            throw row.error(sourceName, "kelurahan " + row.code() + " has no row for its parent " + parentCode);
        }
        return parent;
    }

    /** One CSV line; the name is the only field that may be quoted, as names can hold commas. */
    private record Row(String code, String level, String name, int lineNumber) {

        static Row parse(String line, int lineNumber, String sourceName) {
            String[] fields = line.split(",", 3);
            if (fields.length != 3) {
                throw new IllegalArgumentException(
                        sourceName + " line " + lineNumber + ": expected kode,tingkat,nama but got '" + line + "'");
            }
            String name = fields[2].strip();
            if (name.length() >= 2 && name.startsWith("\"") && name.endsWith("\"")) {
                name = name.substring(1, name.length() - 1).replace("\"\"", "\"");
            }
            Row row = new Row(fields[0].strip(), fields[1].strip(), name, lineNumber);
            if (row.name().isEmpty()) {
                throw row.error(sourceName, "empty name");
            }
            return row;
        }

        IllegalArgumentException error(String sourceName, String problem) {
            return new IllegalArgumentException(sourceName + " line " + lineNumber + ": " + problem);
        }
    }

    /** Holder so the built-in file is read on first use, once, by whichever thread comes first. */
    private static final class BuiltIn {
        static final KelurahanCatalog CATALOG = load();

        private static KelurahanCatalog load() {
            InputStream in = KelurahanCatalog.class.getResourceAsStream(BUILT_IN_RESOURCE);
            if (in == null) {
                throw new IllegalStateException("the region catalog " + BUILT_IN_RESOURCE + " is missing from the build");
            }
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                return fromCsv(reader, BUILT_IN_RESOURCE);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the region catalog " + BUILT_IN_RESOURCE, e);
            }
        }
    }
}
