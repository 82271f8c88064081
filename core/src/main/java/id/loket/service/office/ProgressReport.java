package id.loket.service.office;

import id.loket.domain.household.RtProgress;
import id.loket.domain.household.ProgressCounts;
import id.loket.domain.household.RtRef;
import id.loket.domain.household.RwProgress;
import id.loket.storage.HouseholdRepository;
import id.loket.storage.RtRepository;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Registration progress of the kelurahan: per RT, per RW, per day, and the lists behind the numbers. */
public final class ProgressReport {

    /**
     * The whole picture at one moment.
     *
     * @param perRt furthest behind first, the order a lurah reads it in
     * @param perRw in RW order, each the sum of its RTs
     */
    public record Totals(ProgressCounts kelurahan, List<RtProgress> perRt, List<RwProgress> perRw) {

        public int households() {
            return kelurahan.households();
        }

        public int registered() {
            return kelurahan.registered();
        }

        public int percent() {
            return kelurahan.percent();
        }
    }

    private final RtRepository rts;
    private final HouseholdRepository households;
    private final Clock clock;

    public ProgressReport(RtRepository rts, HouseholdRepository households, Clock clock) {
        this.rts = rts;
        this.households = households;
        this.clock = clock;
    }

    public Totals current() {
        List<RtProgress> inOrder = rts.progress();
        List<RtProgress> worstFirst = new ArrayList<>(inOrder);
        worstFirst.sort(RtProgress::furthestBehindFirst);
        return new Totals(ProgressCounts.sum(inOrder), worstFirst, perRw(inOrder));
    }

    /** Households registered on each day of the window so far (days without any are 0). */
    public Map<LocalDate, Integer> perDay(LocalDate from, LocalDate to) {
        LocalDate last = to.isAfter(today()) ? today() : to;
        Map<LocalDate, Integer> counted = rts.registeredPerDay(from, last);
        Map<LocalDate, Integer> perDay = new TreeMap<>();
        for (LocalDate day = from; !day.isAfter(last); day = day.plusDays(1)) {
            perDay.put(day, counted.getOrDefault(day, 0));
        }
        return perDay;
    }

    public List<HouseholdRepository.Unregistered> checklist(RtRef rt) {
        return households.unregistered(rt);
    }

    public List<HouseholdRepository.AsnUnit> asn() {
        return households.asnPerUnit();
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    private static List<RwProgress> perRw(List<RtProgress> inOrder) {
        Map<String, List<RtProgress>> byRw = new TreeMap<>();
        for (RtProgress rt : inOrder) {
            byRw.computeIfAbsent(rt.rt().rw(), rw -> new ArrayList<>()).add(rt);
        }
        List<RwProgress> result = new ArrayList<>();
        byRw.forEach((rw, list) -> result.add(new RwProgress(rw, ProgressCounts.sum(list))));
        return result;
    }
}
