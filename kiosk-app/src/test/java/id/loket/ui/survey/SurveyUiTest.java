package id.loket.ui.survey;

import static id.loket.support.KioskUi.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import id.loket.wiring.AppContext;
import id.loket.device.sound.SimulatedAudioOut;
import id.loket.device.sound.SimulatedSpeech;
import id.loket.domain.skm.Ikm;
import id.loket.domain.skm.IkmTable;
import id.loket.domain.skm.SkmElement;
import id.loket.domain.skm.SkmPeriod;
import id.loket.service.device.ResidentVoice;
import id.loket.support.Records;
import id.loket.support.ScreenFit;
import id.loket.support.StartedKiosk;
import id.loket.support.TestApps;
import id.loket.ui.shell.ShellDependencies;
import id.loket.ui.shell.ShellView;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Node;
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
 * The satisfaction survey as a resident meets it: one touch a page, every question heard through the
 * speech engine, a question skipped left out of its element, the profile optional, and every page
 * fitting the small screens in both languages.
 */
@ExtendWith(ApplicationExtension.class)
class SurveyUiTest {

    @TempDir
    static Path dir;
    private StartedKiosk kiosk;
    private final SimulatedSpeech speech = new SimulatedSpeech(Duration.ofSeconds(5));
    private final List<ResidentVoice> voices = new ArrayList<>();
    /** Touches on the page on show; set back to 0 when a new page comes. */
    private final AtomicInteger taps = new AtomicInteger();

    @AfterEach
    void close() {
        if (kiosk != null) {
            kiosk.close();
        }
    }

    private StartedKiosk open(int width, int height, String language, ShellView.Face face) throws Exception {
        AppContext app = TestApps.withDemoData(dir.resolve("survey-" + System.nanoTime()), 10, "ui.language", language);
        Stage stage = FxToolkit.registerPrimaryStage();
        kiosk = WaitForAsyncUtils.asyncFx(() -> StartedKiosk.launch(app).size(width, height)
                .dependencies(d -> withVoice(d, language)).showing(face).on(stage)).get();
        WaitForAsyncUtils.asyncFx(() -> {
            stage.setWidth(width);
            stage.setHeight(height);
        }).get();
        return kiosk;
    }

    private void tap(FxRobot robot, String query) {
        taps.incrementAndGet();
        robot.clickOn(query);
    }

    /** One touch answers a page: the touches on the page before the next one shows stay at most four. */
    private void tapAndExpectNextPage(FxRobot robot, String query, String nextPageShows) {
        taps.set(0);
        tap(robot, query);
        waitUntil(() -> robot.lookup(nextPageShows).tryQuery().map(Node::isVisible).orElse(false));
        assertThat(taps.get()).as("touches on the page of " + query).isLessThanOrEqualTo(4);
    }

    @Test
    void aResidentAnswersWithOneTouchAPageHearsEachQuestionAndOnlyServiceAndDayAreKept(FxRobot robot)
            throws Exception {
        open(1366, 768, "id", ShellView.Face.SURVEY);
        waitUntil(() -> robot.lookup("#survey-service-IKD").tryQuery().isPresent());

        tapAndExpectNextPage(robot, "#survey-service-IKD", "#survey-answer-4");
        for (int question = 1; question <= 9; question++) {
            String progress = "Pertanyaan " + question + " dari 9";
            waitUntil(() -> progress.equals(robot.lookup("#survey-progress").queryLabeled().getText()));
            if (question == 3) {
                tapAndExpectNextPage(robot, "#survey-skip", question < 9 ? "#survey-answer-4" : "#survey-sex-PEREMPUAN");
            } else {
                tapAndExpectNextPage(robot, question == 9 ? "#survey-answer-2" : "#survey-answer-4",
                        question < 9 ? "#survey-answer-4" : "#survey-sex-PEREMPUAN");
            }
        }
        tapAndExpectNextPage(robot, "#survey-sex-PEREMPUAN", "#survey-age-OVER_55");
        tapAndExpectNextPage(robot, "#survey-finish", "#survey-thanks");
        voices.get(0).awaitQueued(5_000);

        assertThat(String.join(" | ", speech.spoken()))
                .contains("Layanan apa yang Bapak/Ibu terima hari ini?")
                .contains("Bagaimana kesesuaian persyaratan pelayanan dengan jenis pelayanannya? Tidak baik. "
                        + "Kurang baik. Baik. Sangat baik.")
                .contains("Bagaimana kualitas sarana dan prasarana?")
                .contains("Jenis kelamin Bapak/Ibu?")
                .contains("Terima kasih!");
        IkmTable table = kiosk.app().programmes().skm().reports()
                .table(SkmPeriod.between(kiosk.app().reporting().progress().today(),
                kiosk.app().reporting().progress().today()));
        assertThat(table.rows()).extracting(IkmTable.Row::serviceCode).containsExactly("IKD");
        Ikm ikd = table.rows().get(0).ikm();
        assertThat(ikd.respondents()).isEqualTo(1);
        assertThat(ikd.averages()).doesNotContainKey(SkmElement.U3_WAKTU)
                .containsEntry(SkmElement.U9_SARANA, new BigDecimal("2.000"));
    }

    @Test
    void theTicketScreenOpensTheSurveyAndTheSurveyGoesBackToItWhenDone(FxRobot robot) throws Exception {
        open(1366, 768, "id", ShellView.Face.TICKET);
        waitUntil(() -> robot.lookup("#ticket-survey").tryQuery().isPresent());

        robot.clickOn("#ticket-survey");
        waitUntil(() -> robot.lookup("#survey-service-PERLINSOS").tryQuery().isPresent());
        robot.clickOn("#survey-service-PERLINSOS");
        waitUntil(() -> robot.lookup("#survey-answer-3").tryQuery().isPresent());
        robot.clickOn("#survey-answer-3");
        waitUntil(() -> "Pertanyaan 2 dari 9".equals(robot.lookup("#survey-progress").queryLabeled().getText()));

        // The resident walks away half-way: nothing is kept, and "Selesai" elsewhere is not needed.
        WaitForAsyncUtils.asyncFx(() -> kiosk.shell().show(ShellView.Face.TICKET)).get();
        waitUntil(() -> robot.lookup("#service-PERLINSOS").tryQuery().isPresent());
        assertThat(kiosk.app().programmes().skm().reports()
                .table(SkmPeriod.between(kiosk.app().reporting().progress().today(),
                kiosk.app().reporting().progress().today())).rows())
                .isEmpty();
    }

    @ParameterizedTest(name = "{0}x{1} in {2}")
    @CsvSource({"1024,768,id", "1024,768,en", "1366,768,id", "1366,768,en"})
    void everyPageFitsTheWindowWithNoWordCut(int width, int height, String language, FxRobot robot) throws Exception {
        open(width, height, language, ShellView.Face.SURVEY);
        waitUntil(() -> robot.lookup("#survey-service-INFORMASI").tryQuery().isPresent());
        assertFits("services", "#survey-office", "#survey-title", "#survey-menu", "#survey-question",
                "#survey-service-PERLINSOS", "#survey-service-INFORMASI", "#survey-listen");

        robot.clickOn("#survey-service-PEKERJA_RENTAN");
        for (int question = 1; question <= 9; question++) {
            waitUntil(() -> robot.lookup("#survey-answer-1").tryQuery().isPresent());
            assertFits("question " + question, "#survey-progress", "#survey-question", "#survey-answer-1",
                    "#survey-answer-2", "#survey-answer-3", "#survey-answer-4", "#survey-skip", "#survey-listen");
            robot.clickOn("#survey-answer-" + (1 + question % 4));
        }
        waitUntil(() -> robot.lookup("#survey-sex-LAKI_LAKI").tryQuery().isPresent());
        assertFits("sex", "#survey-question", "#survey-sex-LAKI_LAKI", "#survey-sex-PEREMPUAN", "#survey-skip",
                "#survey-finish");
        robot.clickOn("#survey-skip");
        waitUntil(() -> robot.lookup("#survey-age-OVER_55").tryQuery().isPresent());
        assertFits("age", "#survey-question", "#survey-age-UP_TO_25", "#survey-age-OVER_55", "#survey-skip");
        robot.clickOn("#survey-skip");
        waitUntil(() -> robot.lookup("#survey-education-S2_OR_HIGHER").tryQuery().isPresent());
        assertFits("education", "#survey-question", "#survey-education-SD_OR_LESS", "#survey-education-S2_OR_HIGHER",
                "#survey-skip");
        robot.clickOn("#survey-skip");
        waitUntil(() -> robot.lookup("#survey-occupation-OTHER").tryQuery().isPresent());
        assertFits("occupation", "#survey-question", "#survey-occupation-PNS_TNI_POLRI", "#survey-occupation-OTHER",
                "#survey-skip");
        robot.clickOn("#survey-occupation-OTHER");
        waitUntil(() -> robot.lookup("#survey-thanks").tryQuery().isPresent());
        assertFits("thanks", "#survey-thanks", "#survey-complaint-hint", "#survey-done");
    }

    /** The real dependencies with the survey's voice through a simulated engine and loudspeaker. */
    private ShellDependencies withVoice(ShellDependencies d, String language) {
        ResidentVoice voice = new ResidentVoice(new SimulatedAudioOut(0), speech, Locale.forLanguageTag(language), true);
        voices.add(voice);
        return Records.with(d, "survey", new ShellDependencies.SurveyFace(d.survey().skm(), voice));
    }

    private void assertFits(String page, String... ids) {
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(ScreenFit.cutWords()).as("words cut on the %s page", page).isEmpty();
        assertThat(ScreenFit.outsideWindow(kiosk.scene(), ids)).as("controls outside the window on the %s page", page)
                .isEmpty();
    }
}
