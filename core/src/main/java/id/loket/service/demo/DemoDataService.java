package id.loket.service.demo;

import id.loket.domain.audit.AuditAction;
import id.loket.domain.account.PinHasher;
import id.loket.domain.account.Role;
import id.loket.domain.nik.KkNumber;
import id.loket.domain.nik.Nik;
import id.loket.domain.office.OfficeProfile;
import id.loket.domain.registration.FailureReason;
import id.loket.domain.registration.IkdState;
import id.loket.domain.registration.Outcome;
import id.loket.domain.registration.RegistrationDraft;
import id.loket.domain.registration.RegistrationPath;
import id.loket.service.registration.RegistrationService;
import id.loket.storage.AgentRepository;
import id.loket.storage.AuditLog;
import id.loket.storage.HouseholdRepository;
import id.loket.storage.Jdbc;
import id.loket.storage.OfficeRepository;
import id.loket.storage.RegistrationRepository;
import id.loket.storage.RtRepository;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * Fills an empty database with a fictional office: RT lists, documented demo accounts and some
 * registrations already made, so a newcomer sees a working office at once. Refuses a database that
 * already holds households: demo data must never mix with real data.
 */
public final class DemoDataService {

    /** The demo accounts, documented in the README; each is marked as demo in the database. */
    public static final List<DemoAccount> DEMO_ACCOUNTS = List.of(
            new DemoAccount("agen1", "Agen Demo Satu", Role.AGENT, "111111"),
            new DemoAccount("agen2", "Agen Demo Dua", Role.AGENT, "222222"),
            new DemoAccount("lurah", "Lurah Demo", Role.SUPERVISOR, "999999"));

    public record DemoAccount(String username, String displayName, Role role, String pin) {
    }

    public record Summary(int households, int rts, int registrations) {
    }

    /** The database already has data; nothing was added. */
    public static final class NotEmptyException extends RuntimeException {
        public NotEmptyException(long households) {
            super("The database already holds " + households + " households; demo data is only for an empty one.");
        }
    }

    private static final long SEED = 20260604L;
    /** Perangkat Daerah for the demo's ASN households (civil servants register first). */
    private static final List<String> DEMO_ASN_UNITS = List.of("Dinas Kesehatan", "Dinas Pendidikan dan Kebudayaan",
            "Dinas Sosial", "Kecamatan Balikpapan Selatan", "Badan Kepegawaian dan Pengembangan SDM");

    private final Jdbc jdbc;
    private final OfficeRepository office;
    private final RtRepository rts;
    private final HouseholdRepository households;
    private final AgentRepository agents;
    private final RegistrationRepository registrations;
    private final AuditLog audit;
    private final PinHasher hasher;
    private final Clock clock;

    public DemoDataService(Jdbc jdbc, OfficeRepository office, RtRepository rts, HouseholdRepository households,
                           AgentRepository agents, RegistrationRepository registrations, AuditLog audit,
                           PinHasher hasher, Clock clock) {
        this.jdbc = jdbc;
        this.office = office;
        this.rts = rts;
        this.households = households;
        this.agents = agents;
        this.registrations = registrations;
        this.audit = audit;
        this.hasher = hasher;
        this.clock = clock;
    }

    public boolean databaseIsEmpty() {
        return households.count() == 0 && agents.count() == 0;
    }

    public Summary fill(OfficeProfile profile, int householdCount) {
        if (householdCount < 1 || householdCount > 300_000) {
            throw new IllegalArgumentException("households must be between 1 and 300000");
        }
        long existing = households.count();
        if (existing > 0 || agents.count() > 0) {
            throw new NotEmptyException(existing);
        }
        String district = profile.kelurahanCode().replace(".", "").substring(0, 6);
        List<DemoKelurahan.DemoHousehold> generated = new DemoKelurahan(SEED, district).households(householdCount);
        // Hash before the transaction: it is deliberately slow and needs no lock.
        Map<String, String> pinHashes = new HashMap<>();
        DEMO_ACCOUNTS.forEach(a -> pinHashes.put(a.username(), hasher.hash(a.pin().toCharArray())));
        return jdbc.inTransaction(() -> {
            office.save(new OfficeRepository.OfficeRow(profile.kelurahanCode(), profile.name(), profile.address(), true));
            long agentId = 0;
            for (DemoAccount account : DEMO_ACCOUNTS) {
                long id = agents.insert(account.username(), account.displayName(), account.role(),
                        pinHashes.get(account.username()), true);
                agentId = agentId == 0 ? id : agentId;
            }
            Map<String, Long> rtIds = new HashMap<>();
            Random random = new Random(SEED);
            int registered = 0;
            for (DemoKelurahan.DemoHousehold h : generated) {
                long rtId = rtIds.computeIfAbsent(h.rt().rw() + "/" + h.rt().rt(),
                        key -> rts.idOf(profile.kelurahanCode(), h.rt()));
                long householdId = households.insert(new HouseholdRepository.NewHousehold(
                        KkNumber.ofStored(h.kkNumber()), Nik.ofStored(h.headNik()), h.headName(), h.address(), rtId,
                        Optional.empty()));
                boolean asn = random.nextInt(100) < 4;
                if (asn) {
                    households.markAsn(householdId, DEMO_ASN_UNITS.get(random.nextInt(DEMO_ASN_UNITS.size())));
                }
                // ASN households were asked to register first, so more of them already have.
                int roll = random.nextInt(100);
                if (roll < (asn ? 60 : 18)) {
                    registrations.insert(demoRegistration(householdId, random), RegistrationService.CONSENT_VERSION,
                            agentId, LocalDateTime.now(clock).minusDays(1 + random.nextInt(5)));
                    registered++;
                } else if (roll < (asn ? 60 : 18) + 3) {
                    registrations.insert(demoAttempt(householdId, random, LocalDate.now(clock)), RegistrationService.CONSENT_VERSION,
                            agentId, LocalDateTime.now(clock).minusDays(1 + random.nextInt(5)));
                }
            }
            audit.record("system", AuditAction.DEMO_DATA_CREATED, "office", profile.kelurahanCode(),
                    generated.size() + " fictional households");
            return new Summary(generated.size(), rtIds.size(), registered);
        });
    }

    /**
     * An attempt that did not succeed, filled in as the counter requires: the face check failed (a
     * listed reason), or the family card was out of date and the resident was asked back on Monday.
     */
    private static RegistrationDraft demoAttempt(long householdId, Random random, LocalDate today) {
        boolean failed = random.nextBoolean();
        return new RegistrationDraft(householdId, Optional.empty(), RegistrationPath.OLEH_AGEN, IkdState.FAILED,
                Optional.empty(), true, failed ? Outcome.GAGAL : Outcome.PERLU_TINDAK_LANJUT,
                Optional.of(failed ? "Dicoba tiga kali" : "Kartu Keluarga belum diperbarui; kembali Senin"),
                Optional.empty(), Optional.of(FailureReason.FACE_CHECK_FAILED),
                Optional.of(today.with(TemporalAdjusters.next(DayOfWeek.MONDAY))));
    }

    private static RegistrationDraft demoRegistration(long householdId, Random random) {
        RegistrationPath path = RegistrationPath.values()[random.nextInt(3)];
        IkdState ikd = path == RegistrationPath.OLEH_AGEN ? IkdState.ACTIVATED_HERE : IkdState.ALREADY_ACTIVE;
        return new RegistrationDraft(householdId, Optional.empty(), path, ikd, Optional.empty(), true,
                Outcome.BERHASIL, Optional.empty(), Optional.of(String.format("PLS-%08d", random.nextInt(100_000_000))));
    }
}
