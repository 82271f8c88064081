package id.loket.service.demo;

import id.loket.domain.household.RtRef;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * A fictional kelurahan for demonstrations and tests: a real region code, invented people with
 * structurally valid NIK and KK numbers, and RWs and RTs of uneven, realistic sizes (a few dozen to a
 * few hundred households). The same seed always gives the same kelurahan.
 */
final class DemoKelurahan {

    record DemoHousehold(RtRef rt, String kkNumber, String headNik, String headName, String address) {
    }

    private static final String[] MEN = {"Ahmad", "Budi", "Slamet", "Rudi", "Hendra", "Agus", "Joko", "Yusuf",
            "Irwan", "Darmawan", "Sugeng", "Bambang", "Rahmat", "Hasan", "Taufik", "Andi", "La Ode", "Daeng"};
    private static final String[] WOMEN = {"Siti", "Sri", "Dewi", "Nur", "Rina", "Wati", "Aminah", "Fatimah",
            "Yuliana", "Ratna", "Hartini", "Suharti", "Maria", "Kartini"};
    private static final String[] FAMILY = {"Saputra", "Wijaya", "Hidayat", "Santoso", "Rahman", "Siregar",
            "Pakpahan", "Lestari", "Handayani", "Kusuma", "Nugroho", "Syahrani", "Aisyah", "Pratama", "Manurung",
            "Tanjung", "Wulandari", "Setiawan", "Hakim", "Maulana"};
    private static final String[] STREETS = {"Jl. Mulawarman", "Jl. Ruhui Rahayu", "Jl. Sepinggan Baru",
            "Gg. Kenanga", "Gg. Melati", "Jl. Padat Karya", "Jl. Pelita", "Gg. Harapan", "Jl. Swadaya"};

    private final Random random;
    private final String districtCode;
    private final Set<String> used = new HashSet<>();

    /** @param districtCode the six digits of the kecamatan, e.g. "647105" */
    DemoKelurahan(long seed, String districtCode) {
        if (!districtCode.matches("\\d{6}")) {
            throw new IllegalArgumentException("district code must be 6 digits: " + districtCode);
        }
        this.random = new Random(seed);
        this.districtCode = districtCode;
    }

    List<DemoHousehold> households(int count) {
        List<DemoHousehold> result = new ArrayList<>(count);
        int rw = 1;
        while (result.size() < count) {
            int rtsInRw = 3 + random.nextInt(6);
            for (int rt = 1; rt <= rtsInRw && result.size() < count; rt++) {
                int size = Math.min(rtSize(), count - result.size());
                RtRef ref = RtRef.of(String.valueOf(rw), String.valueOf(rt));
                for (int i = 0; i < size; i++) {
                    result.add(household(ref));
                }
            }
            rw++;
        }
        return result;
    }

    /** Mostly 40–120 households, now and then a large RT of up to 300 (the 2025 ceiling). */
    private int rtSize() {
        return random.nextInt(10) == 0 ? 180 + random.nextInt(121) : 40 + random.nextInt(81);
    }

    private DemoHousehold household(RtRef rt) {
        boolean woman = random.nextInt(5) == 0;
        String first = woman ? pick(WOMEN) : pick(MEN);
        String name = first + " " + pick(FAMILY);
        LocalDate born = LocalDate.of(1940, 1, 1).plusDays(random.nextInt(365 * 65));
        String nik = unique(() -> districtCode + birthDigits(born, woman) + serial());
        LocalDate issued = LocalDate.of(2010, 1, 1).plusDays(random.nextInt(365 * 15));
        String kk = unique(() -> districtCode + birthDigits(issued, false) + serial());
        String address = pick(STREETS) + " No. " + (1 + random.nextInt(120)) + ", RT " + rt.rt();
        return new DemoHousehold(rt, kk, nik, name, address);
    }

    private static String birthDigits(LocalDate day, boolean woman) {
        int dd = day.getDayOfMonth() + (woman ? 40 : 0);
        return String.format("%02d%02d%02d", dd, day.getMonthValue(), day.getYear() % 100);
    }

    private String serial() {
        return String.format("%04d", 1 + random.nextInt(9999));
    }

    private String unique(java.util.function.Supplier<String> candidate) {
        String value = candidate.get();
        while (!used.add(value)) {
            value = candidate.get();
        }
        return value;
    }

    private String pick(String[] choices) {
        return choices[random.nextInt(choices.length)];
    }
}
