package id.loket.ui.ticket;

import static id.loket.support.KioskUi.key;
import static id.loket.support.KioskUi.text;
import static id.loket.support.KioskUi.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import id.loket.wiring.AppContext;
import id.loket.device.api.IdentityRecord;
import id.loket.device.api.IdentitySource;
import id.loket.device.sim.SimulatedCardReader;
import id.loket.device.sound.SimulatedAudioOut;
import id.loket.device.sound.SimulatedSpeech;
import id.loket.service.device.ResidentVoice;
import id.loket.support.Records;
import id.loket.support.ScreenFit;
import id.loket.support.StartedKiosk;
import id.loket.support.TestApps;
import id.loket.ui.shell.ShellDependencies;
import id.loket.ui.shell.ShellView;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The resident's ticket screen as residents meet it: every page fits the commonest small screens in
 * both languages, a stray key press never takes a priority ticket, a KTP-el of someone 60 or older
 * suggests the priority lane, and a resident who cannot read well can have the pages said aloud.
 */
@ExtendWith(ApplicationExtension.class)
class TicketScreenUiTest {

    @TempDir
    static Path dir;
    private StartedKiosk kiosk;

    @AfterEach
    void close() {
        if (kiosk != null) {
            kiosk.close();
        }
    }

    private StartedKiosk open(int width, int height, String language) throws Exception {
        return open(width, height, language, d -> d);
    }

    private StartedKiosk open(int width, int height, String language,
                              java.util.function.UnaryOperator<ShellDependencies> change) throws Exception {
        AppContext app = TestApps.withDemoData(dir.resolve("ticket-" + System.nanoTime()), 30, "ui.language", language);
        Stage stage = FxToolkit.registerPrimaryStage();
        kiosk = WaitForAsyncUtils.asyncFx(() -> StartedKiosk.launch(app).size(width, height).dependencies(change)
                .showing(ShellView.Face.TICKET).on(stage)).get();
        WaitForAsyncUtils.asyncFx(() -> {
            stage.setWidth(width);
            stage.setHeight(height);
        }).get();
        return kiosk;
    }

    @ParameterizedTest(name = "{0}x{1} in {2}")
    @CsvSource({"1024,768,id", "1024,768,en", "1366,768,id", "1366,768,en", "1920,1080,id"})
    void everyPageFitsTheWindowWithNoWordCut(int width, int height, String language, FxRobot robot) throws Exception {
        open(width, height, language);
        waitUntil(() -> robot.lookup("#service-PEKERJA_RENTAN").tryQuery().isPresent());
        assertFits("services", "#ticket-office", "#ticket-menu", "#ticket-question", "#service-PERLINSOS",
                "#service-IKD", "#service-PEKERJA_RENTAN", "#service-INFORMASI", "#ticket-card-message");

        robot.clickOn("#service-PEKERJA_RENTAN");
        waitUntil(() -> robot.lookup("#lane-priority").tryQuery().isPresent());
        olderResidentTapsCard();
        waitUntil(() -> robot.lookup("#ticket-lane-suggestion").tryQuery().map(Node::isVisible).orElse(false));
        assertFits("lanes", "#ticket-office", "#ticket-menu", "#ticket-question", "#ticket-lane-suggestion",
                "#lane-priority", "#lane-regular", "#ticket-back", "#ticket-card-message");

        robot.clickOn("#lane-regular");
        waitUntil(() -> robot.lookup("#ticket-done").tryQuery().isPresent());
        assertFits("ticket", "#ticket-office", "#ticket-menu", "#ticket-number", "#ticket-detail", "#ticket-done");
    }

    @Test
    void aStrayEnterNeverTakesAPriorityTicket(FxRobot robot) throws Exception {
        open(1366, 768, "id");
        waitUntil(() -> robot.lookup("#service-PERLINSOS").tryQuery().map(Node::isFocused).orElse(false));

        key(robot, KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#lane-regular").tryQuery().map(Node::isFocused).orElse(false));
        assertThat(robot.lookup("#lane-priority").query().isFocused()).isFalse();
        key(robot, KeyCode.ENTER);

        // Enter presses the choice with the focus: the ordinary queue, never the priority lane.
        waitUntil(() -> !text(robot, "#ticket-number").isEmpty());
        assertThat(text(robot, "#ticket-number")).isEqualTo("A-001");
    }

    @Test
    void aKtpElOfSomeoneSixtyOrOlderSuggestsThePriorityLaneAndLeavesTheChoiceToThem(FxRobot robot) throws Exception {
        open(1366, 768, "id");
        waitUntil(() -> robot.lookup("#service-PERLINSOS").tryQuery().isPresent());
        olderResidentTapsCard();
        waitUntil(() -> text(robot, "#ticket-card-message").contains("60 tahun"));
        robot.clickOn("#service-PERLINSOS");

        waitUntil(() -> robot.lookup("#ticket-lane-suggestion").tryQuery().map(Node::isVisible).orElse(false));
        assertThat(robot.lookup("#lane-priority").query().getStyleClass()).contains("suggested");
        assertThat(robot.lookup("#lane-priority").query().isFocused()).as("a suggestion, not a choice made").isFalse();
        robot.clickOn("#lane-regular");
        waitUntil(() -> "A-001".equals(text(robot, "#ticket-number")));
    }

    @Test
    void aYoungerResidentsKtpElSuggestsNothing(FxRobot robot) throws Exception {
        open(1366, 768, "id");
        waitUntil(() -> robot.lookup("#service-PERLINSOS").tryQuery().isPresent());
        tapCard(LocalDate.of(1990, 5, 17));
        waitUntil(() -> text(robot, "#ticket-card-message").contains("terbaca"));
        robot.clickOn("#service-PERLINSOS");

        waitUntil(() -> robot.lookup("#lane-priority").tryQuery().isPresent());
        assertThat(robot.lookup("#ticket-lane-suggestion").query().isVisible()).isFalse();
        assertThat(robot.lookup("#lane-priority").query().getStyleClass()).doesNotContain("suggested");
    }

    @Test
    void listenSaysEachPageAloudUntilTheScreenStartsAgain(FxRobot robot) throws Exception {
        SimulatedSpeech speech = new SimulatedSpeech(Duration.ofSeconds(5));
        List<ResidentVoice> voices = new ArrayList<>();
        open(1366, 768, "id", d -> withVoice(d, speech, voices));
        waitUntil(() -> robot.lookup("#ticket-listen").tryQuery().map(Node::isVisible).orElse(false));

        robot.clickOn("#ticket-listen");
        robot.clickOn("#service-PERLINSOS");
        waitUntil(() -> robot.lookup("#lane-regular").tryQuery().isPresent());
        voices.get(0).awaitQueued(5_000);
        assertThat(String.join(" | ", speech.spoken()))
                .contains("Silakan pilih layanan", "A, Pendaftaran Perlinsos", "D, Informasi & Pengaduan")
                .contains("ibu hamil?", "Ya, saya perlu didahulukan");
        robot.clickOn("#lane-regular");
        waitUntil(() -> "A-001".equals(text(robot, "#ticket-number")));
        robot.clickOn("#ticket-done");
        waitUntil(() -> robot.lookup("#service-PERLINSOS").tryQuery().isPresent());
        voices.get(0).awaitQueued(5_000);
        assertThat(speech.spoken()).anyMatch(said -> said.contains("Nomor antrian Bapak/Ibu A satu"));
        int said = speech.spoken().size();

        // The next resident did not ask: the screen is silent for them.
        robot.clickOn("#service-IKD");
        waitUntil(() -> robot.lookup("#lane-regular").tryQuery().isPresent());
        voices.get(0).awaitQueued(5_000);
        assertThat(speech.spoken()).hasSize(said);
    }

    @Test
    void withoutSpokenPromptsThereIsNoListenButton(FxRobot robot) throws Exception {
        open(1366, 768, "id");
        waitUntil(() -> robot.lookup("#service-PERLINSOS").tryQuery().isPresent());
        assertThat(robot.lookup("#ticket-listen").query().isVisible()).isFalse();
    }

    /** The real dependencies with spoken prompts on, through a simulated engine and loudspeaker. */
    private static ShellDependencies withVoice(ShellDependencies d, SimulatedSpeech speech, List<ResidentVoice> made) {
        ResidentVoice voice = new ResidentVoice(new SimulatedAudioOut(0), speech, Locale.forLanguageTag("id"), true);
        made.add(voice);
        return Records.with(d, "ticket",
                new ShellDependencies.TicketFace(d.ticket().tickets(), d.ticket().devices(), voice));
    }

    /** A KTP-el of a resident born in 1950: 76 on the test's day in 2026. */
    private void olderResidentTapsCard() {
        tapCard(LocalDate.of(1950, 3, 2));
    }

    private void tapCard(LocalDate born) {
        String nik = kiosk.unregisteredNiks().get(0);
        ((SimulatedCardReader) kiosk.app().peripherals().deviceDrivers().cardReader()).insert(
                IdentityRecord.builder(IdentitySource.VENDOR_BRIDGE).nik(nik).name("WARGA CONTOH").birthDate(born)
                        .build());
    }

    private void assertFits(String page, String... ids) {
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(ScreenFit.cutWords()).as("words cut on the %s page", page).isEmpty();
        assertThat(ScreenFit.outsideWindow(kiosk.scene(), ids)).as("controls outside the window on the %s page", page)
                .isEmpty();
    }
}
