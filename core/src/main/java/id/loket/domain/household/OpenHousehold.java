package id.loket.domain.household;

/** A household of an RT list neither registered nor explained: one the office may explain. NIK masked. */
public record OpenHousehold(long householdId, String headName, String maskedNik, String address) {
}
