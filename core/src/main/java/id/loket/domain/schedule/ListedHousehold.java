package id.loket.domain.schedule;

/**
 * A household as the planner sees it: its id, whether it is served first when the lurah asks for it
 * (DTSEN desil 1–2 or a PKH recipient), and whether it is already registered (then it is
 * not planned again).
 */
public record ListedHousehold(long id, boolean priority, boolean registered) {
}
