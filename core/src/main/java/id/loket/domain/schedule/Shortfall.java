package id.loket.domain.schedule;

import id.loket.domain.household.RtRef;

/** The households of one RT that found no place in the window: more days or more capacity are needed. */
public record Shortfall(RtRef rt, int households) {
}
