package id.loket.service.dailyfile;

import id.loket.domain.audit.AuditAction;
import id.loket.domain.dailyfile.DailyFigures;
import id.loket.domain.dailyfile.RtFigures;
import id.loket.domain.registration.RegistrationPath;
import id.loket.domain.office.OfficeProfile;
import id.loket.storage.AtomicFile;
import id.loket.storage.AuditLog;
import id.loket.storage.DailyFigureRepository;
import id.loket.storage.OfficeSigningKey;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The kelurahan's daily file for the kecamatan and the city: the day's counts (no personal data),
 * signed with the office's key so the merge can tell it was not edited on the way.
 */
public final class DailyFiles {

    private final DailyFigureRepository figures;
    private final OfficeProfile office;
    private final Supplier<OfficeSigningKey> signingKey;
    private final AuditLog audit;
    private final String softwareVersion;
    private final Clock clock;

    public DailyFiles(DailyFigureRepository figures, OfficeProfile office, Supplier<OfficeSigningKey> signingKey,
                      AuditLog audit, String softwareVersion, Clock clock) {
        this.figures = figures;
        this.office = office;
        this.signingKey = signingKey;
        this.audit = audit;
        this.softwareVersion = softwareVersion;
        this.clock = clock;
    }

    /** The counts of the day, as they stood at its end (or now, for today). */
    public DailyFigures figures(LocalDate day) {
        List<RtFigures> rts = new ArrayList<>();
        Map<RegistrationPath, Integer> byPath = new EnumMap<>(RegistrationPath.class);
        for (DailyFigureRepository.RtState rt : figures.rts(day)) {
            rts.add(rt.figures());
            rt.registeredByPath().forEach((path, count) -> byPath.merge(path, count, Integer::sum));
        }
        int[] asn = figures.asn(day);
        return new DailyFigures(office.kelurahanCode(), day, softwareVersion, clock.instant(), rts, byPath,
                figures.attemptsByOutcome(day), figures.consentRefusals(day), figures.walkIns(), asn[0], asn[1],
                figures.queue(day));
    }

    /** The signed file of the day, as bytes. Audited (counts only, but it leaves the office). */
    public byte[] make(LocalDate day, String actor) {
        DailyFigures dayFigures = figures(day);
        OfficeSigningKey key = signingKey.get();
        String signature = Base64.getEncoder().encodeToString(key.sign(DailyFileFormat.signedBytes(dayFigures)));
        byte[] file = DailyFileFormat.write(new SignedDailyFile(dayFigures, officeKey().fingerprint(), signature));
        audit.record(actor, AuditAction.EXPORT, "daily_file", day.toString(), fileName(day));
        return file;
    }

    /**
     * Writes the day's file into {@code folder} (the outbox), replacing the one written before for that
     * day: the later file is the one the kecamatan should merge. Returns where it went.
     */
    public Path writeTo(Path folder, LocalDate day, String actor) throws IOException {
        Files.createDirectories(folder);
        Path file = folder.resolve(fileName(day));
        AtomicFile.write(file, make(day, actor));
        return file;
    }

    /** {@code loket-harian-64.71.05.1006-2026-06-04.json}: sorts by office, then by day. */
    public String fileName(LocalDate day) {
        return "loket-harian-" + office.kelurahanCode() + "-" + day + ".json";
    }

    /** The office's public key, as the kecamatan registers it. */
    public OfficeKey officeKey() {
        return new OfficeKey(office.kelurahanCode(), signingKey.get().publicKey());
    }

    /**
     * The office key's fingerprint for the daily summary sheet; empty on a LAN counter that holds no copy
     * of the server PC's signing key (the sheet then says so instead of failing).
     */
    public java.util.Optional<String> fingerprint() {
        try {
            return java.util.Optional.of(officeKey().fingerprint());
        } catch (id.loket.storage.StorageException e) {
            org.slf4j.LoggerFactory.getLogger(DailyFiles.class).warn("No office signing key on this PC", e);
            return java.util.Optional.empty();
        }
    }

    /** The exported key file's name: {@code kunci-kantor-64.71.05.1006.txt}. */
    public String officeKeyFileName() {
        return "kunci-kantor-" + office.kelurahanCode() + ".txt";
    }

    public OfficeProfile office() {
        return office;
    }
}
