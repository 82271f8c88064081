package id.loket.service.rekap;

import id.loket.domain.text.Message;
import id.loket.service.dailyfile.DailyFileFormat;
import id.loket.service.dailyfile.OfficeKey;
import id.loket.service.dailyfile.SignedDailyFile;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * The office keys the kecamatan registered: one file per office as {@code loket export office-key} wrote
 * it, all in one folder. An office that was installed again has a new key; both files may stay, and a
 * daily file signed by either is accepted.
 */
public final class OfficeKeys {

    /** How a daily file's signature stands against the registered keys. */
    public enum Verdict { SIGNED_BY_OFFICE, NO_KEY_FOR_OFFICE, ALTERED }

    private static final long MAX_KEY_FILE_BYTES = 16 * 1024;

    private final Map<String, List<OfficeKey>> byKelurahan;
    /** Each key's point decoded once: a city's merge checks thirty files or more against each. */
    private final Map<String, List<OfficeKey.Verifier>> verifiers = new HashMap<>();
    private final List<Message> skipped;

    private OfficeKeys(Map<String, List<OfficeKey>> byKelurahan, List<Message> skipped) {
        this.byKelurahan = byKelurahan;
        this.skipped = List.copyOf(skipped);
        byKelurahan.forEach((code, keys) -> verifiers.put(code, keys.stream().map(OfficeKey::verifier).toList()));
    }

    public static OfficeKeys of(List<OfficeKey> keys) {
        Map<String, List<OfficeKey>> byKelurahan = new HashMap<>();
        keys.forEach(key -> byKelurahan.computeIfAbsent(key.kelurahanCode(), code -> new ArrayList<>()).add(key));
        return new OfficeKeys(byKelurahan, List.of());
    }

    /** Reads every key file in {@code folder}; a file that is not one is named in {@link #skipped()}. */
    public static OfficeKeys readFolder(Path folder) throws IOException {
        Map<String, List<OfficeKey>> byKelurahan = new HashMap<>();
        List<Message> skipped = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                String name = file.getFileName().toString();
                if (Files.size(file) > MAX_KEY_FILE_BYTES) {
                    skipped.add(Message.of("rekap.key.skipped", name));
                    continue;
                }
                Properties properties = new Properties();
                try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    properties.load(reader);
                } catch (IllegalArgumentException | java.nio.charset.MalformedInputException e) {
                    skipped.add(Message.of("rekap.key.skipped", name));
                    continue;
                }
                String code = properties.getProperty("kelurahan");
                String key = properties.getProperty("ed25519");
                if (code == null || key == null) {
                    skipped.add(Message.of("rekap.key.skipped", name));
                    continue;
                }
                try {
                    OfficeKey officeKey = OfficeKey.of(code.strip(), key);
                    byKelurahan.computeIfAbsent(officeKey.kelurahanCode(), c -> new ArrayList<>()).add(officeKey);
                } catch (IllegalArgumentException e) {
                    skipped.add(Message.of("rekap.key.skipped", name));
                }
            }
        }
        return new OfficeKeys(byKelurahan, skipped);
    }

    /** Files in the key folder that were not office keys. */
    public List<Message> skipped() {
        return skipped;
    }

    public int count() {
        return byKelurahan.values().stream().mapToInt(List::size).sum();
    }

    /** Whether one of the keys registered for the file's kelurahan signed exactly these figures. */
    public Verdict verify(SignedDailyFile file) {
        List<OfficeKey.Verifier> keys = verifiers.getOrDefault(file.figures().kelurahanCode(), List.of());
        if (keys.isEmpty()) {
            return Verdict.NO_KEY_FOR_OFFICE;
        }
        byte[] signed = DailyFileFormat.signedBytes(file.figures());
        for (OfficeKey.Verifier key : keys) {
            if (key.verifies(signed, file.signatureBase64())) {
                return Verdict.SIGNED_BY_OFFICE;
            }
        }
        return Verdict.ALTERED;
    }
}
