package id.loket.support;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Opening an office tab in a TestFX test, as a person would: by clicking its group's header, then
 * its own (the office's tabs stand in groups, a tab pane in a tab pane).
 */
public final class OfficeTabs {

    private OfficeTabs() {
    }

    /**
     * Clicks the headers down to the tab with CSS id {@code tabId}. Tabs added after the tab pane was
     * built get their headers anew, so each header is looked up until it is the one on screen.
     */
    public static void open(FxRobot robot, String tabId) {
        try {
            WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> path(robot, tabId).isPresent());
        } catch (TimeoutException e) {
            throw new AssertionError("the tab " + tabId + " did not appear within 15 s", e);
        }
        for (Tab tab : path(robot, tabId).orElseThrow()) {
            if (!tab.isSelected()) {
                click(robot, tab.getId());
            }
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * Selects every tab of every tab pane that shows, nested ones too, and hands each to {@code visit}
     * once {@code settle} has let it draw. The innermost tabs come first, so a group's own tabs are
     * visited while their group shows; a group's header is visited too, showing its first tab.
     */
    public static void every(FxRobot robot, Runnable settle, Consumer<Tab> visit) {
        Set<Tab> seen = new HashSet<>();
        for (Optional<Tab> next = unseen(robot, seen); next.isPresent(); next = unseen(robot, seen)) {
            Tab tab = next.get();
            seen.add(tab);
            robot.interact(() -> tab.getTabPane().getSelectionModel().select(tab));
            settle.run();
            visit.accept(tab);
        }
    }

    private static Optional<Tab> unseen(FxRobot robot, Set<Tab> seen) {
        List<Tab> tabs = new ArrayList<>();
        robot.interact(() -> robot.lookup(".tab-pane").queryAll().stream().filter(ScreenFit::showing)
                .forEach(pane -> tabs.addAll(((TabPane) pane).getTabs())));
        return tabs.stream().filter(tab -> !seen.contains(tab))
                .max(Comparator.comparingInt(tab -> depth(tab.getTabPane())));
    }

    private static int depth(Node node) {
        int depth = 0;
        for (Node up = node.getParent(); up != null; up = up.getParent()) {
            depth += up instanceof TabPane ? 1 : 0;
        }
        return depth;
    }

    /** The group's tab, then the tab itself (or the tab alone, when it stands in no group). */
    private static Optional<List<Tab>> path(FxRobot robot, String tabId) {
        for (Node node : robot.lookup(".tab-pane").queryAll()) {
            TabPane pane = (TabPane) node;
            for (Tab tab : pane.getTabs()) {
                if (tabId.equals(tab.getId())) {
                    List<Tab> path = new ArrayList<>();
                    enclosingTab(robot, pane).ifPresent(path::add);
                    path.add(tab);
                    return Optional.of(path);
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Tab> enclosingTab(FxRobot robot, TabPane inner) {
        for (Node node : robot.lookup(".tab-pane").queryAll()) {
            for (Tab tab : ((TabPane) node).getTabs()) {
                if (tab.getContent() != null && encloses(tab.getContent(), inner)) {
                    return Optional.of(tab);
                }
            }
        }
        return Optional.empty();
    }

    private static boolean encloses(Node outer, Node inner) {
        for (Parent up = inner.getParent(); up != null; up = up.getParent()) {
            if (up == outer) {
                return true;
            }
        }
        return inner == outer;
    }

    private static void click(FxRobot robot, String id) {
        String query = "#" + id + " .tab-label";
        try {
            WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> robot.lookup(query).tryQuery()
                    .map(node -> node.getScene() != null && node.isVisible()).orElse(false));
        } catch (TimeoutException e) {
            throw new AssertionError("the tab header " + id + " did not appear within 15 s", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(robot.lookup(query).<Node>query());
        WaitForAsyncUtils.waitForFxEvents();
    }
}
