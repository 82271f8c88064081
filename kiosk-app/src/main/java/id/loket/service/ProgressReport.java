package id.loket.service;

import id.loket.domain.household.RtProgress;
import id.loket.storage.RtRepository;
import java.util.List;

/** Registration progress of the kelurahan, per RT, furthest behind first. */
public final class ProgressReport {

    public record Totals(int households, int registered, List<RtProgress> perRt) {

        public int percent() {
            return households == 0 ? 0 : (int) (registered * 100L / households);
        }
    }

    private final RtRepository rts;

    public ProgressReport(RtRepository rts) {
        this.rts = rts;
    }

    public Totals current() {
        List<RtProgress> perRt = rts.progress();
        int households = perRt.stream().mapToInt(RtProgress::households).sum();
        int registered = perRt.stream().mapToInt(RtProgress::registered).sum();
        return new Totals(households, registered, perRt);
    }
}
