package id.loket.ui.board;

import static id.loket.support.KioskUi.texts;
import static id.loket.support.KioskUi.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import id.loket.wiring.AppContext;
import id.loket.domain.account.Agent;
import id.loket.domain.queue.Lane;
import id.loket.service.security.LoginService;
import id.loket.support.StartedKiosk;
import id.loket.support.TestApps;
import id.loket.ui.shell.ShellView;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The board as a PC's face, fed by real calls at a counter. */
@ExtendWith(ApplicationExtension.class)
class BoardUiTest {

    @TempDir
    static Path dir;
    private StartedKiosk kiosk;
    private AppContext app;

    @Start
    void start(Stage stage) {
        app = TestApps.withDemoData(dir.resolve("board-" + System.nanoTime()), 50, "office.counters", "4");
        // No face yet: each test opens the board its own way.
        kiosk = StartedKiosk.launch(app).size(1366, 768).noFace().on(stage);
    }

    @AfterEach
    void close() {
        kiosk.close();
    }

    private Agent agent() {
        return ((LoginService.LoggedIn) app.security().login().login("agen1", "111111".toCharArray())).agent();
    }

    @Test
    void aCallShowsOnTheBoardWithTheCounterTheLastCallsAndWhoWaits(FxRobot robot) {
        app.queue().tickets().issue("PERLINSOS", Lane.REGULAR);
        app.queue().tickets().issue("PERLINSOS", Lane.REGULAR);
        app.queue().tickets().issue("IKD", Lane.REGULAR);
        Platform.runLater(() -> kiosk.shell().show(ShellView.Face.BOARD));
        waitUntil(() -> texts(robot, ".board-ticket").size() == 4);
        assertThat(texts(robot, ".board-counter")).containsExactly("Loket 1", "Loket 2", "Loket 3", "Loket 4");
        waitUntil(() -> texts(robot, ".board-recent-line").equals(List.of("Belum ada panggilan hari ini")));
        waitUntil(() -> texts(robot, ".board-count").equals(List.of("2 orang", "1 orang", "0 orang", "0 orang")));

        app.queue().counter().callNext(agent());

        waitUntil(() -> texts(robot, ".board-ticket").equals(List.of("A-001", "—", "—", "—")));
        assertThat(texts(robot, ".board-recent-line")).containsExactly("A-001 → Loket 1");
        waitUntil(() -> texts(robot, ".board-count").get(0).equals("1 orang"));
        assertThat(texts(robot, "#board-connection").get(0)).startsWith("Tersambung");
        // The spoken call was tried: on a PC without sound the status line says so, in words.
        waitUntil(() -> !texts(robot, "#board-sound").get(0).isEmpty());
    }
}
