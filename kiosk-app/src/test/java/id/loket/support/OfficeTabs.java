package id.loket.support;

import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import java.util.concurrent.TimeoutException;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Opening an office tab in a TestFX test, as a person would: by clicking its header. */
public final class OfficeTabs {

    private OfficeTabs() {
    }

    /**
     * Clicks the tab with CSS id {@code tabId}. Tabs added after the tab pane was built get their
     * headers anew, so the header is looked up until it is the one on screen, then clicked.
     */
    public static void open(FxRobot robot, String tabId) {
        String query = "#" + tabId + " .tab-label";
        try {
            WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> robot.lookup(query).tryQuery()
                    .map(node -> node.getScene() != null && node.isVisible()).orElse(false));
        } catch (TimeoutException e) {
            throw new AssertionError("the tab " + tabId + " did not appear within 15 s", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
        Node header = robot.lookup(query).query();
        robot.clickOn(header);
    }
}
