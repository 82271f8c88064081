package id.loket.ui.counter;

import static org.assertj.core.api.Assertions.assertThat;

import id.loket.wiring.AppContext;
import id.loket.domain.account.Agent;
import id.loket.domain.queue.Lane;
import id.loket.domain.servicerecord.ServiceKind;
import id.loket.domain.servicerecord.ServiceOutcome;
import id.loket.domain.text.Texts;
import id.loket.service.device.DeviceService;
import id.loket.service.security.LoginService;
import id.loket.support.SameThread;
import id.loket.support.TestApps;
import id.loket.ui.Background;
import id.loket.ui.counter.jkk.PekerjaRentanViewModel;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The counter as a whole: which form a called ticket opens, the devices' bar, scans, and leaving a resident. */
class CounterViewModelTest {

    private static final String NIK = "6471051501800001";

    @TempDir
    Path dir;
    private AppContext app;
    private Background background;
    private CounterViewModel counter;
    private final Texts texts = Texts.indonesian();

    @BeforeEach
    void openTheCounter() {
        app = TestApps.withDemoData(dir, 2);
        background = SameThread.background();
        Agent agent = ((LoginService.LoggedIn) app.security().login().login("agen1", "111111".toCharArray())).agent();
        counter = new CounterViewModel(app.queue().counter(), app.registration().lookup(),
                app.registration().registrations(), app.registration().serviceRecords(),
                app.peripherals().devices(), app.foundation().printouts(), background, texts, agent,
                        app.complaintDesk().complaints(),
                new PekerjaRentanViewModel(app.programmes().jkkProposals(), app.programmes().jkkDocuments(),
                        app.peripherals().devices(), background, texts,
                        agent));
    }

    @AfterEach
    void close() {
        counter.close();
        background.close();
        app.close();
    }

    @Test
    void attachedItShowsEveryDeviceInTheBar() {
        counter.attach();

        for (DeviceService.Slot slot : DeviceService.Slot.values()) {
            assertThat(counter.deviceTextProperty(slot).get()).as(slot.name()).isNotBlank();
        }
    }

    @Test
    void aCalledIkdTicketOpensItsServiceRecordInsteadOfTheRegistration() {
        app.queue().tickets().issue(ServiceKind.IKD, Lane.REGULAR);

        counter.queue().callNext();

        assertThat(counter.serviceRecord().kindProperty().get()).isEqualTo(ServiceKind.IKD_ACTIVATION);
        assertThat(counter.pekerjaRentan().activeProperty().get()).isFalse();
    }

    @Test
    void aScannedNikGoesToTheIdentity() {
        counter.onScan("6471 0515 0180 0001");

        assertThat(counter.identity().nikProperty().get()).isEqualTo(NIK);
    }

    @Test
    void aScanThatIsNoNikSaysSoBesideTheIdentity() {
        counter.onScan("hello");

        assertThat(counter.identity().cardMessageProperty().get()).isEqualTo(texts.text("device.scan.notNik"));
        assertThat(counter.identity().nikProperty().get()).isEmpty();
    }

    @Test
    void callingTheNextTicketOverATypedNikAsksFirst() {
        app.queue().tickets().issue(ServiceKind.PERLINSOS, Lane.REGULAR);
        app.queue().tickets().issue(ServiceKind.PERLINSOS, Lane.REGULAR);
        counter.queue().callNext();
        counter.identity().nikProperty().set(NIK);

        counter.queue().callNext();

        assertThat(counter.queue().askingUnsavedProperty().get()).isTrue();
        assertThat(counter.identity().nikProperty().get()).isEqualTo(NIK);
    }

    @Test
    void theNextTicketCalledAfterDiscardingForgetsTheLastResident() {
        app.queue().tickets().issue(ServiceKind.PERLINSOS, Lane.REGULAR);
        app.queue().tickets().issue(ServiceKind.PERLINSOS, Lane.REGULAR);
        counter.queue().callNext();
        counter.identity().nikProperty().set(NIK);
        counter.queue().callNext();

        counter.queue().discardUnsaved();

        assertThat(counter.identity().nikProperty().get()).isEmpty();
        assertThat(counter.queue().currentTicketProperty().get()).endsWith("002");
    }

    @Test
    void aTypedNikIsUnsavedInputThatLeavingWouldLose() {
        app.queue().tickets().issue(ServiceKind.PERLINSOS, Lane.REGULAR);
        counter.queue().callNext();

        counter.identity().nikProperty().set(NIK);

        assertThat(counter.hasUnsavedInput()).isTrue();
    }

    @Test
    void aDatabaseThatIsGoneWhenSavingIsSaidOnTheFormOnScreen() {
        app.queue().tickets().issue(ServiceKind.IKD, Lane.REGULAR);
        counter.queue().callNext();
        counter.serviceRecord().outcomeProperty().set(ServiceOutcome.ACTIVATED);
        // The database closed under the model: what reaches the screen is Failures' general words, never a trace.
        app.close();

        counter.save();

        assertThat(counter.serviceRecord().messageProperty().get()).isEqualTo(texts.text("app.unexpected"));
        assertThat(counter.serviceRecord().savedProperty().get()).isFalse();
    }
}
