package id.loket.ui.board;

import static org.assertj.core.api.Assertions.assertThat;

import id.loket.wiring.AppContext;
import id.loket.domain.account.Agent;
import id.loket.domain.queue.Lane;
import id.loket.domain.text.Texts;
import id.loket.service.security.LoginService;
import id.loket.support.TestApps;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The board's model on a real office database; each test looks by hand where the monitor's thread
 * would look every second, and the screen's thread is the test's own.
 */
class BoardViewModelTest {

    @TempDir
    Path dir;
    private AppContext app;
    private BoardViewModel board;
    private final Texts texts = Texts.indonesian();

    @BeforeEach
    void openTheBoard() {
        app = TestApps.withDemoData(dir, 2);
        board = new BoardViewModel(app.queue().board(), app.peripherals().announcer(), Runnable::run, texts,
                app.foundation().clock());
    }

    @AfterEach
    void close() {
        board.close();
        app.close();
    }

    @Test
    void beforeTheFirstLookEveryCounterIsIdle() {
        assertThat(board.tiles()).isNotEmpty().allSatisfy(tile -> {
            assertThat(tile.ticket()).isEqualTo(texts.text("board.counterIdle"));
            assertThat(tile.latest()).isFalse();
        });
    }

    @Test
    void aCalledTicketShowsOnItsCounterAsTheLatestCall() {
        String number = app.queue().tickets().issue(app.queue().tickets().services().get(0).code(), Lane.REGULAR)
                .ticket().displayNumber();
        Agent agent = ((LoginService.LoggedIn) app.security().login().login("agen1", "111111".toCharArray())).agent();
        app.queue().counter().callNext(agent);

        board.look();

        assertThat(board.tiles()).filteredOn(BoardViewModel.CounterTile::latest)
                .extracting(BoardViewModel.CounterTile::ticket).containsExactly(number);
        assertThat(board.recent()).hasSize(1);
        assertThat(board.recent().get(0)).contains(number);
        assertThat(board.problem().get()).isFalse();
    }

    @Test
    void aDatabaseThatIsGoneKeepsTheLastPictureAndSaysWhyInTheStatusLine() {
        board.look();
        var shown = java.util.List.copyOf(board.tiles());
        // The database closed under the model: what reaches the screen is Failures' general words, never a trace.
        app.close();

        board.look();

        assertThat(board.problem().get()).isTrue();
        assertThat(board.connection().get()).isEqualTo(texts.text("app.unexpected"));
        assertThat(board.tiles()).containsExactlyElementsOf(shown);
    }
}
