package id.loket.ui.counter;

import java.util.function.Consumer;

/**
 * What the resident's forms hold that is not saved yet, as the queue console asks before the ticket
 * leaves the counter (F2, F7, F9) or the agent logs out.
 */
interface UnsavedWork {

    /** Nothing ever unsaved: a console on its own. */
    UnsavedWork NONE = new UnsavedWork() {
        @Override
        public boolean unsaved() {
            return false;
        }

        @Override
        public void save(Consumer<Boolean> done) {
            done.accept(true);
        }
    };

    boolean unsaved();

    /** Tries to save; {@code done} hears true when saved, false when refused (the form says why). */
    void save(Consumer<Boolean> done);
}
