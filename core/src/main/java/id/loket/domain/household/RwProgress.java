package id.loket.domain.household;

/** The sum of an RW's RTs. */
public record RwProgress(String rw, ProgressCounts counts) {
}
