package id.loket.ui.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import id.loket.wiring.AppContext;
import id.loket.domain.queue.Lane;
import id.loket.domain.text.Texts;
import id.loket.support.SameThread;
import id.loket.support.TestApps;
import id.loket.ui.Background;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ticket screen's model on a real office database and its configured (test) printer. */
class TicketScreenViewModelTest {

    @TempDir
    Path dir;
    private AppContext app;
    private Background background;
    private final Texts texts = Texts.indonesian();

    private TicketScreenViewModel open(String... settings) {
        app = TestApps.withDemoData(dir, 2, settings);
        background = SameThread.background();
        TicketScreenViewModel screen = new TicketScreenViewModel(app.queue().tickets(), background, texts);
        screen.reset();
        return screen;
    }

    @AfterEach
    void close() {
        background.close();
        app.close();
    }

    @Test
    void aChosenServiceLeadsToTheLanePageWithItsName() {
        TicketScreenViewModel screen = open();
        var service = screen.services().get(0);

        screen.chooseService(service);

        assertThat(screen.stepProperty().get()).isEqualTo(TicketScreenViewModel.Step.CHOOSE_LANE);
        assertThat(screen.chosenServiceProperty().get()).isEqualTo(screen.serviceName(service));
    }

    @Test
    void aChosenLaneIssuesTheFirstTicketOfTheDayAndSaysWhoIsAhead() {
        TicketScreenViewModel screen = open();
        screen.chooseService(screen.services().get(0));

        screen.chooseLane(Lane.REGULAR);

        assertThat(screen.stepProperty().get()).isEqualTo(TicketScreenViewModel.Step.ISSUED);
        assertThat(screen.ticketNumberProperty().get()).isEqualTo(screen.services().get(0).letter() + "-001");
        assertThat(app.queue().counter().waitingToday()).isEqualTo(1);
    }

    @Test
    void afterTheDayClosesNoTicketIsIssuedAndTheScreenSaysWhenItClosed() {
        TicketScreenViewModel screen = open("queue.day-closes-at", "08:00");

        screen.chooseService(screen.services().get(0));

        assertThat(screen.stepProperty().get()).isEqualTo(TicketScreenViewModel.Step.CLOSED);
        assertThat(screen.detailProperty().get()).isEqualTo(texts.text("ticket.closed", "08.00"));
    }

    @Test
    void aDatabaseThatIsGoneAsksTheResidentToSeeStaffAndIssuesNothing() {
        TicketScreenViewModel screen = open();
        screen.chooseService(screen.services().get(0));
        app.close();

        screen.chooseLane(Lane.REGULAR);

        assertThat(screen.stepProperty().get()).isEqualTo(TicketScreenViewModel.Step.FAILED);
        assertThat(screen.detailProperty().get()).isEqualTo(texts.text("ticket.failed"));
    }

    @Test
    void startingAgainForgetsTheLastResident() {
        TicketScreenViewModel screen = open();
        screen.chooseService(screen.services().get(0));
        screen.chooseLane(Lane.REGULAR);

        screen.reset();

        assertThat(screen.stepProperty().get()).isEqualTo(TicketScreenViewModel.Step.CHOOSE_SERVICE);
        assertThat(screen.ticketNumberProperty().get()).isEmpty();
        assertThat(screen.chosenServiceProperty().get()).isEmpty();
    }
}
