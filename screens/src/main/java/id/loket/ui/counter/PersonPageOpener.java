package id.loket.ui.counter;

import javafx.scene.Parent;

/**
 * Opens the person page (everything recorded here for one NIK) in the counter's work area: given the NIK in
 * the counter's field (typed, or filled by a card read) and what to do to go back, it returns the page to
 * show. The shell builds it, so the counter does not depend on the page's package.
 */
@FunctionalInterface
public interface PersonPageOpener {

    Parent open(String nik, Runnable back);
}
