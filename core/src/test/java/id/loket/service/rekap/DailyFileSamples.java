package id.loket.service.rekap;

import id.loket.domain.dailyfile.DailyFigures;
import id.loket.domain.dailyfile.QueueFigures;
import id.loket.domain.dailyfile.RtFigures;
import id.loket.domain.household.ExplanationReason;
import id.loket.domain.registration.Outcome;
import id.loket.domain.registration.RegistrationPath;
import id.loket.service.dailyfile.DailyFileFormat;
import id.loket.service.dailyfile.OfficeKey;
import id.loket.service.dailyfile.SignedDailyFile;
import id.loket.storage.OfficeSigningKey;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Daily files of made-up offices, each signed with a key of its own kept in a test folder. */
public final class DailyFileSamples {

    private final Path keyFolder;
    private final Map<String, OfficeSigningKey> keys = new HashMap<>();

    public DailyFileSamples(Path keyFolder) {
        this.keyFolder = keyFolder;
    }

    /**
     * An office's figures on a day: {@code rts} RTs of 40 households each, {@code registered} of them
     * registered in every RT (split over the paths), one explained as moved out.
     */
    public static DailyFigures figures(String code, LocalDate day, int rts, int registered) {
        List<RtFigures> list = new ArrayList<>();
        for (int i = 1; i <= rts; i++) {
            list.add(new RtFigures("001", String.format("%03d", i), 40, registered, 1, 2,
                    Map.of(ExplanationReason.MOVED_OUT, 1)));
        }
        int total = registered * rts;
        return new DailyFigures(code, day, "test", day.atStartOfDay().toInstant(java.time.ZoneOffset.UTC), list,
                Map.of(RegistrationPath.OLEH_AGEN, total - total / 3, RegistrationPath.MANDIRI_IKD, total / 3),
                Map.of(Outcome.BERHASIL, 5, Outcome.GAGAL, 1), 1, 2, 3, 1, new QueueFigures(30, 28, 45));
    }

    public static DailyFigures madeAt(DailyFigures f, Instant madeAt) {
        return new DailyFigures(f.kelurahanCode(), f.day(), f.softwareVersion(), madeAt, f.rts(), f.registeredByPath(),
                f.attemptsByOutcome(), f.consentRefusals(), f.walkIns(), f.asnHouseholds(), f.asnRegistered(), f.queue());
    }

    /** The office's signing key, made on first use, as its kiosk would. */
    public OfficeSigningKey keyOf(String code) {
        return keys.computeIfAbsent(code, c -> OfficeSigningKey.loadOrCreate(keyFolder.resolve(c + ".key")));
    }

    public OfficeKey publicKeyOf(String code) {
        return new OfficeKey(code, keyOf(code).publicKey());
    }

    /** The file as the office writes it, signed by its own key. */
    public byte[] signed(DailyFigures figures) {
        return signedBy(figures, figures.kelurahanCode());
    }

    /** The file signed by another office's key: what a forger with a key of their own would send. */
    public byte[] signedBy(DailyFigures figures, String signingOffice) {
        OfficeSigningKey key = keyOf(signingOffice);
        String signature = Base64.getEncoder().encodeToString(key.sign(DailyFileFormat.signedBytes(figures)));
        return DailyFileFormat.write(new SignedDailyFile(figures, publicKeyOf(signingOffice).fingerprint(), signature));
    }

    public OfficeKeys registered(String... codes) {
        List<OfficeKey> list = new ArrayList<>();
        for (String code : codes) {
            list.add(publicKeyOf(code));
        }
        return OfficeKeys.of(list);
    }
}
