package id.loket.domain.household;

/** Registered households against the RT list's total, for the office's progress table. */
public record RtProgress(RtRef rt, int households, int registered) {

    public RtProgress {
        if (households < 0 || registered < 0 || registered > households) {
            throw new IllegalArgumentException("registered " + registered + " of " + households);
        }
    }

    /** Whole percent, rounded down, so an RT is never shown as 100 % before its last household. */
    public int percent() {
        return households == 0 ? 0 : (int) (registered * 100L / households);
    }

    public int remaining() {
        return households - registered;
    }
}
