package id.loket.domain.nik;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The region directory that the first six digits of a NIK or KK number are checked against.
 *
 * <p>A NIK keeps the region code of the office that first issued it, for life, even after the region is
 * split or renumbered. So next to the current list (Kepmendagri 2025) this also knows regency codes
 * that have since disappeared: those in {@code kabupaten-kota-historical.csv} (mostly Papua before the
 * 2022 provinces) and the Kalimantan Timur codes that became Kalimantan Utara in 2012, which are older
 * than any list in the data set.
 *
 * <p>Codes in this API are plain digits ({@code "6471"}, {@code "647105"}); the CSV files use dots.
 */
public final class RegionCodes {

    static final String CURRENT_RESOURCE = "/region/wilayah-indonesia-kecamatan.csv";
    static final String HISTORICAL_RESOURCE = "/region/kabupaten-kota-historical.csv";

    /**
     * Kalimantan Timur regency codes before Kalimantan Utara was split off in 2012, and the code each
     * region has now. The name is taken from the current code so it stays in step with the data file.
     */
    private static final Map<String, String> KALIMANTAN_UTARA_BEFORE_2012 = Map.of(
            "6404", "6501", // Bulungan
            "6405", "6502", // Malinau
            "6406", "6503", // Nunukan
            "6410", "6504", // Tana Tidung
            "6473", "6571"); // Tarakan
    private static final String KALIMANTAN_UTARA_SUFFIX = " (sebelum pemekaran Kalimantan Utara)";

    private final Map<String, String> provinces;
    private final Map<String, String> regencies;
    private final Map<String, String> districts;
    private final Map<String, String> historicalRegencies;

    private RegionCodes(Map<String, String> provinces, Map<String, String> regencies,
            Map<String, String> districts, Map<String, String> historicalRegencies) {
        this.provinces = Map.copyOf(provinces);
        this.regencies = Map.copyOf(regencies);
        this.districts = Map.copyOf(districts);
        this.historicalRegencies = Map.copyOf(historicalRegencies);
    }

    /** The directory shipped with the application; read once, on first use, and shared. */
    public static RegionCodes fromClasspath() {
        return Holder.INSTANCE;
    }

    /** Lazy holder: the 7,800-line file is only read when a number is first checked. */
    private static final class Holder {
        static final RegionCodes INSTANCE = loadFromClasspath();
    }

    private static RegionCodes loadFromClasspath() {
        try (BufferedReader current = open(CURRENT_RESOURCE);
                BufferedReader historical = open(HISTORICAL_RESOURCE)) {
            return read(current, historical);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the region code lists", e);
        }
    }

    private static BufferedReader open(String resource) {
        InputStream in = RegionCodes.class.getResourceAsStream(resource);
        if (in == null) {
            // A missing data file is a packaging bug: fail loudly instead of rejecting every NIK.
            throw new IllegalStateException("region code list missing from the classpath: " + resource);
        }
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    }

    /**
     * Reads the two lists: {@code kode,tingkat,nama} for the current one and {@code kode,nama,last_seen_list}
     * for the historical one, each with a header line. A malformed line throws, since it means the
     * shipped data is damaged.
     */
    static RegionCodes read(BufferedReader current, BufferedReader historical) throws IOException {
        Map<String, String> provinces = new HashMap<>();
        Map<String, String> regencies = new HashMap<>();
        Map<String, String> districts = new HashMap<>();
        forEachRow(current, CURRENT_RESOURCE, (line, kode, fields) -> {
            Map<String, String> target = switch (fields[1]) {
                case "provinsi" -> provinces;
                case "kabupaten_kota" -> regencies;
                case "kecamatan" -> districts;
                default -> throw malformed(CURRENT_RESOURCE, line, "unknown level " + fields[1]);
            };
            int expectedDigits = target == provinces ? 2 : target == regencies ? 4 : 6;
            if (kode.length() != expectedDigits) {
                throw malformed(CURRENT_RESOURCE, line, "code " + fields[0] + " does not fit level " + fields[1]);
            }
            target.put(kode, fields[2]);
        });

        Map<String, String> historicalRegencies = new HashMap<>();
        forEachRow(historical, HISTORICAL_RESOURCE, (line, kode, fields) -> {
            if (kode.length() != 4) {
                throw malformed(HISTORICAL_RESOURCE, line, "not a regency code: " + fields[0]);
            }
            // A code that came back into use is current, not historical.
            if (!regencies.containsKey(kode)) {
                historicalRegencies.put(kode, fields[1]);
            }
        });
        KALIMANTAN_UTARA_BEFORE_2012.forEach((oldCode, newCode) -> {
            String now = regencies.get(newCode);
            if (now == null) {
                throw new IllegalStateException("current region list lacks " + newCode
                        + ", needed to name the pre-2012 code " + oldCode);
            }
            historicalRegencies.put(oldCode, now + KALIMANTAN_UTARA_SUFFIX);
        });
        return new RegionCodes(provinces, regencies, districts, historicalRegencies);
    }

    private interface RowHandler {
        void accept(int line, String digits, String[] fields);
    }

    private static void forEachRow(BufferedReader reader, String source, RowHandler handler) throws IOException {
        String row = reader.readLine(); // header
        int line = 1;
        while ((row = reader.readLine()) != null) {
            line++;
            if (row.isBlank()) {
                continue;
            }
            String[] fields = row.split(",", 3);
            if (fields.length != 3 || fields[2].isBlank()) {
                throw malformed(source, line, "expected three fields");
            }
            String digits = fields[0].replace(".", "");
            if (!digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
                throw malformed(source, line, "code is not digits and dots: " + fields[0]);
            }
            handler.accept(line, digits, fields);
        }
    }

    private static IllegalStateException malformed(String source, int line, String why) {
        return new IllegalStateException(source + " line " + line + ": " + why);
    }

    public Optional<String> provinceName(String twoDigits) {
        return Optional.ofNullable(twoDigits).map(provinces::get);
    }

    /** Name of a current regency/city, or of one whose code is no longer used (see the class comment). */
    public Optional<String> regencyName(String fourDigits) {
        if (fourDigits == null) {
            return Optional.empty();
        }
        String current = regencies.get(fourDigits);
        return Optional.ofNullable(current != null ? current : historicalRegencies.get(fourDigits));
    }

    /** Name of a kecamatan in the current list; a NIK from a split region may have one that is not here. */
    public Optional<String> districtName(String sixDigits) {
        return Optional.ofNullable(sixDigits).map(districts::get);
    }

    /** True for a regency code that was valid once but is not in the current list. */
    public boolean isHistoricalRegency(String fourDigits) {
        return fourDigits != null && historicalRegencies.containsKey(fourDigits);
    }
}
