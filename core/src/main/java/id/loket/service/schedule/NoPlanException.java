package id.loket.service.schedule;

/** A re-plan was asked for before any schedule was saved. */
public final class NoPlanException extends RuntimeException {

    public NoPlanException() {
        super("There is no saved schedule to plan again; make a plan first.");
    }
}
