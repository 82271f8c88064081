package id.loket.support;

import id.loket.domain.household.RtRef;
import id.loket.domain.nik.KkNumber;
import id.loket.domain.nik.Nik;
import id.loket.storage.Database;
import id.loket.storage.HouseholdRepository;
import id.loket.storage.Jdbc;
import id.loket.storage.RtRepository;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/**
 * Seeded, made-up RT lists written into a real Loket database: RWs of 3 to 9 RTs of uneven size,
 * structurally valid NIK and KK numbers, a share of desil 1–2 and PKH households, and successful
 * registrations on demand. Opens the database itself, so call it while no Loket has the folder open.
 */
public final class GeneratedKelurahan {

    public static final String KELURAHAN_CODE = "64.71.05.1006";

    /** What was written: the RTs in order, each RT's household ids in list order, the priority ones. */
    public record Lists(Map<RtRef, List<Long>> households, Set<Long> priority) {

        public int count() {
            return households.values().stream().mapToInt(List::size).sum();
        }

        public List<Long> of(RtRef rt) {
            return households.get(rt);
        }
    }

    private GeneratedKelurahan() {
    }

    public static Lists fill(Path dataDir, long seed, int rtCount, int householdCount) {
        Random random = new Random(seed);
        int[] sizes = UnevenSizes.of(random, rtCount, householdCount);
        try (Database database = TestApps.database(dataDir)) {
            Jdbc jdbc = new Jdbc(database.dataSource());
            RtRepository rts = new RtRepository(jdbc);
            HouseholdRepository households = new HouseholdRepository(jdbc);
            return jdbc.inTransaction(() -> {
                Map<RtRef, List<Long>> written = new LinkedHashMap<>();
                Set<Long> priority = new TreeSet<>();
                int serial = (int) jdbc.count("SELECT COUNT(*) FROM household");
                int rw = 1;
                int rt = 1;
                int rtsInRw = 3 + random.nextInt(7);
                int priorityPercent = 5 + random.nextInt(26);
                for (int size : sizes) {
                    RtRef ref = RtRef.of(String.valueOf(rw), String.valueOf(rt));
                    long rtId = rts.idOf(KELURAHAN_CODE, ref);
                    List<Long> ids = new ArrayList<>(size);
                    for (int i = 0; i < size; i++) {
                        serial++;
                        long id = households.insert(new HouseholdRepository.NewHousehold(
                                KkNumber.ofStored(String.format("647105%010d", serial)), nik(serial),
                                name(random), "Jl. Contoh No. " + (1 + random.nextInt(150)), rtId, Optional.empty()));
                        if (random.nextInt(100) < priorityPercent) {
                            boolean pkh = random.nextBoolean();
                            jdbc.update("UPDATE household SET desil = ?, pkh = ? WHERE id = ?",
                                    pkh ? null : 1 + random.nextInt(2), pkh, id);
                            priority.add(id);
                        } else if (random.nextInt(4) == 0) {
                            jdbc.update("UPDATE household SET desil = ? WHERE id = ?", 3 + random.nextInt(8), id);
                        }
                        ids.add(id);
                    }
                    written.put(ref, ids);
                    rt++;
                    if (rt > rtsInRw) {
                        rw++;
                        rt = 1;
                        rtsInRw = 3 + random.nextInt(7);
                        priorityPercent = 5 + random.nextInt(26);
                    }
                }
                return new Lists(written, priority);
            });
        }
    }

    /** Records a successful registration for each household, by a test agent created when missing. */
    public static void register(Path dataDir, Collection<Long> householdIds) {
        try (Database database = TestApps.database(dataDir)) {
            Jdbc jdbc = new Jdbc(database.dataSource());
            jdbc.inTransaction(() -> {
                long agent = jdbc.one("SELECT id FROM agent_account WHERE username = 'schedtest'", r -> r.getLong(1))
                        .orElseGet(() -> jdbc.insert("""
                                INSERT INTO agent_account (username, display_name, role, pin_hash)
                                VALUES ('schedtest', 'Agen Uji Jadwal', 'AGENT', 'not-a-hash')
                                """));
                LocalDateTime at = LocalDateTime.of(2026, 6, 4, 10, 0);
                for (long id : householdIds) {
                    long code = jdbc.count("SELECT NEXT VALUE FOR registration_code_seq");
                    jdbc.update("""
                            INSERT INTO registration (code, household_id, path, ikd_state, consent_version, consent_at,
                                outcome, portal_reference, agent_id, saved_at)
                            VALUES (?, ?, 'OLEH_AGEN', 'ACTIVATED_HERE', 'test', ?, 'BERHASIL', ?, ?, ?)
                            """, "T-" + code, id, at, "PLS-" + code, agent, at);
                }
                return null;
            });
        }
    }

    private static Nik nik(int serial) {
        int day = 1 + serial % 28;
        int month = 1 + (serial / 28) % 12;
        int year = 50 + (serial / 336) % 40;
        int number = 1 + serial / 13_440;
        return Nik.ofStored(String.format("647105%02d%02d%02d%04d", day, month, year, number),
                Clock.fixed(TestApps.FIRST_DAY.instant(), TestApps.FIRST_DAY.getZone()));
    }

    private static final String[] GIVEN = {"Ahmad", "Siti", "Budi", "Nur", "La Ode", "Ni Made", "Yohanes", "Dewi",
            "Muhammad", "Sri", "Andi", "Maria"};
    private static final String[] FAMILY = {"Saputra", "Rahmawati", "Simanjuntak", "Lestari", "Wibowo", "Hasanah",
            "Tampubolon", "Pratiwi", "Daeng Matasa", "D'Costa"};

    private static String name(Random random) {
        return GIVEN[random.nextInt(GIVEN.length)] + " " + FAMILY[random.nextInt(FAMILY.length)];
    }
}
