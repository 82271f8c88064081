package id.loket.domain.schedule;

/**
 * Why a part of an RT is in a session. The planner places the kinds in this order: households whose
 * day has passed unregistered first (a re-plan's catch-up), then desil 1–2 / PKH households when the
 * lurah puts them first, then everybody else.
 */
public enum PartKind {
    CATCH_UP,
    PRIORITY,
    REGULAR
}
