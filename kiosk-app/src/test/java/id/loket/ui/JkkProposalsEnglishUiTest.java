package id.loket.ui;

import javafx.stage.Stage;
import org.testfx.framework.junit5.Start;

/** The pekerja rentan tab in English: the same behaviour, and its words fit too. */
class JkkProposalsEnglishUiTest extends JkkProposalsUiTest {

    @Override
    String language() {
        return "en";
    }

    /** TestFX looks for the start method on the test class itself. */
    @Override
    @Start
    void start(Stage stage) {
        super.start(stage);
    }
}
