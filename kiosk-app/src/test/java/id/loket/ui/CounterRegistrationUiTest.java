package id.loket.ui;

import static id.loket.support.KioskUi.field;
import static id.loket.support.KioskUi.openCounter;
import static id.loket.support.KioskUi.visibleText;
import static id.loket.support.KioskUi.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import id.loket.wiring.AppContext;
import id.loket.device.api.IdentityRecord;
import id.loket.device.api.IdentitySource;
import id.loket.device.api.PrintJob;
import id.loket.device.sim.SimulatedCardReader;
import id.loket.device.sim.SimulatedPrinter;
import id.loket.device.sim.SimulatedScanner;
import id.loket.domain.account.Agent;
import id.loket.domain.household.Household;
import id.loket.domain.queue.Lane;
import id.loket.domain.registration.FailureReason;
import id.loket.domain.registration.Outcome;
import id.loket.domain.registration.Registration;
import id.loket.domain.registration.RegistrationPath;
import id.loket.service.registration.HouseholdLookup;
import id.loket.service.security.LoginService;
import id.loket.service.registration.RegistrationService;
import id.loket.support.KioskUi;
import id.loket.support.StartedKiosk;
import id.loket.support.TestApps;
import id.loket.ui.shell.ShellView;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The registration flow at the counter on the real screen, with the simulated card reader, scanner and
 * printer: the quickest path counted in actions, a double save, each path and outcome, a refusal of
 * consent, a walk-in, a reprint by scanning the receipt's QR, and a card that fills only empty fields.
 */
@ExtendWith(ApplicationExtension.class)
class CounterRegistrationUiTest {

    /** Not in the demo office (serial 9876): a man born 12 March 1960. */
    private static final String NEW_NIK = "6471051203609876";
    private static final String NEW_KK = "6471052010269876";
    private static final Pattern CODE = Pattern.compile("REG-\\d{6}");

    @TempDir
    static Path dir;
    private StartedKiosk kiosk;
    private AppContext app;
    private SimulatedCardReader reader;
    private SimulatedScanner scanner;
    private SimulatedPrinter printer;
    private int actions;

    @Start
    void start(Stage stage) {
        app = TestApps.withDemoData(dir.resolve("registration-" + System.nanoTime()), 300, "device.printer", "simulated");
        reader = (SimulatedCardReader) app.peripherals().deviceDrivers().cardReader();
        scanner = (SimulatedScanner) app.peripherals().deviceDrivers().scanner();
        printer = (SimulatedPrinter) app.peripherals().deviceDrivers().printer();
        kiosk = StartedKiosk.launch(app).size(1400, 1000).showing(ShellView.Face.CHOOSER).on(stage);
    }

    @AfterEach
    void close() {
        kiosk.close();
    }

    @Test
    void fromCallNextToThePrintedReceiptInAtMostFiveActions(FxRobot robot) {
        app.queue().tickets().issue("PERLINSOS", Lane.REGULAR);
        String nik = kiosk.unregisteredNiks().get(0);
        openCounter(robot);
        actions = 0;

        key(robot, KeyCode.F2);
        waitUntil(() -> "A-001".equals(text(robot, "#counter-current-ticket")));
        // The resident puts the KTP-el on the reader: the card's doing, not the agent's.
        reader.insert(card(nik, "WARGA CEPAT"));
        waitUntil(() -> text(robot, "#household-status").contains("Belum terdaftar"));
        waitUntil(() -> robot.lookup("#consent-check").query().isFocused());
        key(robot, KeyCode.SPACE);
        // Nothing is preselected: the consent given, the cursor waits on the outcome, and Space chooses it.
        waitUntil(() -> robot.lookup("#outcome-BERHASIL").query().isFocused());
        key(robot, KeyCode.SPACE);
        key(robot, KeyCode.CONTROL, KeyCode.S);
        waitUntil(() -> text(robot, "#print-message").contains("tercetak"));

        System.out.println("Counter registration, card reader, OLEH_AGEN, BERHASIL: " + actions
                + " agent actions from call next to the printed receipt");
        assertThat(actions).as("F2, consent, outcome, save (README)").isLessThanOrEqualTo(4);
        Registration saved = savedRegistration(robot);
        assertThat(saved.path()).isEqualTo(RegistrationPath.OLEH_AGEN);
        assertThat(saved.outcome()).isEqualTo(Outcome.BERHASIL);
        assertThat(saved.ticketId()).isPresent();
        assertThat(printer.printed()).extracting(PrintJob::name).filteredOn(n -> n.startsWith("REG-"))
                .containsExactly(saved.code());
    }

    @Test
    void aSecondEnterOnSaveMakesNoSecondRecord(FxRobot robot) {
        String nik = kiosk.unregisteredNiks().get(0);
        int registered = app.reporting().progress().current().registered();
        openCounter(robot);
        robot.clickOn("#nik-field").write(nik);
        waitUntil(() -> text(robot, "#household-status").contains("Belum terdaftar"));
        robot.clickOn("#consent-check");
        robot.clickOn("#outcome-BERHASIL");
        waitUntil(() -> !robot.lookup("#registration-save").queryButton().isDisabled());
        robot.interact(() -> robot.lookup("#registration-save").query().requestFocus());
        waitUntil(() -> robot.lookup("#registration-save").query().isFocused());

        robot.press(KeyCode.ENTER).release(KeyCode.ENTER).press(KeyCode.ENTER).release(KeyCode.ENTER);
        try {
            waitUntil(() -> text(robot, "#registration-message").contains("Tersimpan"));
        } catch (AssertionError e) {
            throw new AssertionError("message: " + text(robot, "#registration-message") + " focus "
                    + robot.lookup("#registration-save").query().getScene().getFocusOwner() + " status "
                    + text(robot, "#household-status"), e);
        }
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(printer.printed()).extracting(PrintJob::name).filteredOn(n -> n.startsWith("REG-")).hasSize(1);
        assertThat(app.reporting().progress().current().registered()).isEqualTo(registered + 1);
        assertThat(robot.lookup("#registration-save").queryButton().isDisabled()).isTrue();
    }

    @Test
    void selfServiceWithIkdIsRecordedAndItsReceiptGivesTheGuidance(FxRobot robot) {
        openCounter(robot);
        robot.clickOn("#nik-field").write(kiosk.unregisteredNiks().get(0));
        waitUntil(() -> text(robot, "#household-status").contains("Belum terdaftar"));
        robot.clickOn("#consent-check");
        robot.clickOn("#path-MANDIRI_IKD");
        robot.clickOn("#ikd-state").clickOn("Sudah aktif");
        robot.clickOn("#outcome-BERHASIL");
        robot.clickOn("#registration-save");
        waitUntil(() -> text(robot, "#registration-message").contains("Tersimpan"));

        Registration saved = savedRegistration(robot);
        assertThat(saved.path()).isEqualTo(RegistrationPath.MANDIRI_IKD);
        assertThat(saved.ikdState()).isEqualTo(id.loket.domain.registration.IkdState.ALREADY_ACTIVE);
        waitUntil(() -> text(robot, "#print-message").contains(saved.code()));
    }

    @Test
    void withTheResidentsPhoneAFailureNeedsItsReasonNamedBeforeItSaves(FxRobot robot) {
        openCounter(robot);
        robot.clickOn("#nik-field").write(kiosk.unregisteredNiks().get(0));
        waitUntil(() -> text(robot, "#household-status").contains("Belum terdaftar"));
        robot.clickOn("#consent-check");
        robot.clickOn("#path-DIBANTU_PONSEL_WARGA");
        robot.clickOn("#ikd-state").clickOn("Diaktifkan di sini");
        robot.clickOn("#phone-field").write("0812 3456 7890");
        robot.clickOn("#outcome-GAGAL");
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        waitUntil(() -> text(robot, "#registration-message").contains("Hasil “Gagal” perlu alasan"));

        robot.clickOn("#failure-reason").clickOn("Lainnya");
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        waitUntil(() -> text(robot, "#registration-message").contains("Keterangan"));
        robot.clickOn("#outcome-note").write("Sinyal HP warga hilang");
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        waitUntil(() -> text(robot, "#registration-message").contains("Tersimpan"));

        Registration saved = savedRegistration(robot);
        assertThat(saved.path()).isEqualTo(RegistrationPath.DIBANTU_PONSEL_WARGA);
        assertThat(saved.outcome()).isEqualTo(Outcome.GAGAL);
        assertThat(saved.failureReason()).contains(FailureReason.OTHER);
        assertThat(saved.phone()).contains("081234567890");
        assertThat(text(robot, "#household-status")).as("a failed attempt is not a registration").contains("Belum terdaftar");
    }

    @Test
    void theFieldThatStopsSaveIsMarkedInPlaceBesideTheMessageUntilItIsFixed(FxRobot robot) {
        openCounter(robot);
        robot.clickOn("#nik-field").write(kiosk.unregisteredNiks().get(0));
        waitUntil(() -> text(robot, "#household-status").contains("Belum terdaftar"));
        robot.clickOn("#consent-check");
        robot.clickOn("#outcome-GAGAL");
        assertThat(marked(robot, "#failure-reason")).as("no mark before Save").isFalse();

        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);

        waitUntil(() -> text(robot, "#registration-message").contains("Hasil “Gagal” perlu alasan"));
        waitUntil(() -> marked(robot, "#failure-reason"));
        assertThat(marked(robot, "#consent-check")).isFalse();
        assertThat(marked(robot, "#phone-field")).isFalse();

        robot.clickOn("#failure-reason").clickOn("Lainnya");

        waitUntil(() -> !marked(robot, "#failure-reason"));
        assertThat(marked(robot, "#outcome-note")).as("a new problem is marked only by the next Save").isFalse();
        assertThat(text(robot, "#registration-message")).contains("Hasil “Gagal” perlu alasan");
    }

    @Test
    void onAnUntouchedFormEachFieldThatStopsSaveIsMarkedUntilItIsFixed(FxRobot robot) {
        openCounter(robot);
        robot.clickOn("#nik-field").write(kiosk.unregisteredNiks().get(0));
        waitUntil(() -> text(robot, "#household-status").contains("Belum terdaftar"));

        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);

        waitUntil(() -> marked(robot, "#consent-check") && marked(robot, "#outcome-BERHASIL")
                && marked(robot, "#outcome-GAGAL"));
        assertThat(marked(robot, "#path-OLEH_AGEN")).isFalse();
        robot.clickOn("#consent-check");
        waitUntil(() -> !marked(robot, "#consent-check"));
        assertThat(marked(robot, "#outcome-BERHASIL")).isTrue();
        robot.clickOn("#outcome-BERHASIL");
        waitUntil(() -> !marked(robot, "#outcome-BERHASIL") && !marked(robot, "#outcome-GAGAL"));
    }

    @Test
    void aFollowUpByTheAgentRecordsWhatAndWhen(FxRobot robot) {
        openCounter(robot);
        robot.clickOn("#nik-field").write(kiosk.unregisteredNiks().get(0));
        waitUntil(() -> text(robot, "#household-status").contains("Belum terdaftar"));
        robot.clickOn("#consent-check");
        robot.clickOn("#outcome-PERLU_TINDAK_LANJUT");
        robot.clickOn("#outcome-note").write("Bawa KK terbaru");
        robot.clickOn("#follow-up-date").write("08-06-2026");
        robot.type(KeyCode.ENTER);
        waitUntil(() -> text(robot, "#registration-message").contains("Tersimpan"));

        Registration saved = savedRegistration(robot);
        assertThat(saved.outcome()).isEqualTo(Outcome.PERLU_TINDAK_LANJUT);
        assertThat(saved.followUpOn()).contains(LocalDate.of(2026, 6, 8));
        assertThat(saved.outcomeNote()).contains("Bawa KK terbaru");
    }

    @Test
    void aRefusalIsCountedAndTheResidentsDataLeavesTheScreen(FxRobot robot) {
        app.queue().tickets().issue("PERLINSOS", Lane.REGULAR);
        int registered = app.reporting().progress().current().registered();
        openCounter(robot);
        robot.press(KeyCode.F2).release(KeyCode.F2);
        waitUntil(() -> "A-001".equals(text(robot, "#counter-current-ticket")));
        reader.insert(card(kiosk.unregisteredNiks().get(0), "WARGA MENOLAK"));
        waitUntil(() -> text(robot, "#household-status").contains("Belum terdaftar"));

        robot.clickOn("#consent-refuse");
        // Asked once more, the cursor on "back": a slip of the key records nothing.
        waitUntil(() -> robot.lookup("#consent-refuse-back").query().isFocused());
        assertThat(app.registration().registrations().refusalsToday()).isZero();
        robot.clickOn("#consent-refuse-confirm");
        waitUntil(() -> text(robot, "#registration-message").contains("Penolakan dicatat"));
        // What was recorded is said: the counter and the path, and that nothing personal was kept.
        assertThat(text(robot, "#registration-message")).contains("Loket 1").contains("Oleh agen")
                .contains("Tanpa NIK");

        assertThat(field(robot, "#nik-field")).isEmpty();
        assertThat(field(robot, "#identity-name")).isEmpty();
        assertThat(text(robot, "#household-status")).isEmpty();
        assertThat(app.registration().registrations().refusalsToday()).isEqualTo(1);
        assertThat(app.reporting().progress().current().registered()).isEqualTo(registered);
        assertThat(printer.printed()).extracting(PrintJob::name).noneMatch(n -> n.startsWith("REG-"));
    }

    @Test
    void aWalkInWithoutTheFamilyCardIsServedInAFewKeys(FxRobot robot) {
        app.queue().tickets().issue("PERLINSOS", Lane.REGULAR);
        openCounter(robot);
        actions = 0;

        key(robot, KeyCode.F2);
        waitUntil(() -> "A-001".equals(text(robot, "#counter-current-ticket")));
        reader.insert(card(NEW_NIK, "WARGA PENDATANG"));
        waitUntil(() -> text(robot, "#household-status").contains("Tidak ditemukan"));
        // No KK number at hand: the screen says it is not needed, and the cursor waits on the RT.
        assertThat(visibleText(robot, "#walkin-hint")).contains("Nomor KK tidak wajib");
        waitUntil(() -> robot.lookup("#walkin-rt").query().isFocused());
        type(robot, "1/1");
        waitUntil(() -> text(robot, "#walkin-rt-said").equals("RT 001 / RW 001"));
        key(robot, KeyCode.ENTER);
        waitUntil(() -> text(robot, "#household-status").contains("Belum terdaftar"));
        assertThat(text(robot, "#household-status")).contains("WARGA PENDATANG").contains("RT 001 / RW 001")
                .contains("tanpa nomor KK");
        assertThat(text(robot, "#household-flags")).contains("Di luar daftar RT");
        waitUntil(() -> robot.lookup("#consent-check").query().isFocused());
        key(robot, KeyCode.SPACE);
        waitUntil(() -> robot.lookup("#outcome-BERHASIL").query().isFocused());
        key(robot, KeyCode.SPACE);
        key(robot, KeyCode.CONTROL, KeyCode.S);
        waitUntil(() -> text(robot, "#registration-message").contains("Tersimpan"));

        System.out.println("Walk-in without a KK number, card reader: " + actions + " agent actions");
        assertThat(actions).as("F2, RT, Enter, consent, outcome, save").isLessThanOrEqualTo(6);
        HouseholdLookup.Found found = app.registration().lookup().find(HouseholdLookup.Query.byNik(NEW_NIK), agent());
        assertThat(found.flags().onRtList()).isFalse();
        assertThat(found.status().orElseThrow().household().kkNumber()).isEmpty();
        assertThat(found.status().orElseThrow().alreadyRegistered()).isTrue();
    }

    @Test
    void aWalkInsKkNumberIsKeptWhenGivenAndAnRtNotInTheKelurahanIsSaid(FxRobot robot) {
        openCounter(robot);
        robot.clickOn("#nik-field").write(NEW_NIK);
        waitUntil(() -> text(robot, "#household-status").contains("Tidak ditemukan"));
        robot.clickOn("#kk-field").write(NEW_KK);
        robot.clickOn("#identity-name").write("WARGA PENDATANG");
        robot.clickOn("#walkin-rt").write("99/99");
        waitUntil(() -> text(robot, "#walkin-rt-said").contains("tidak ada di kelurahan ini"));
        robot.clickOn("#walkin-add");
        waitUntil(() -> text(robot, "#walkin-message").contains("Ketik RT/RW"));
        robot.interact(() -> robot.lookup("#walkin-rt").queryTextInputControl().setText("1/1"));
        robot.clickOn("#walkin-add");
        waitUntil(() -> text(robot, "#household-status").contains("Belum terdaftar"));
        assertThat(app.registration().lookup().find(HouseholdLookup.Query.byNik(NEW_NIK),
                agent()).status().orElseThrow()
                .household().kkNumber()).map(k -> k.digits()).contains(NEW_KK);
    }

    @Test
    void scanningAReceiptsQrBringsItUpForAReprint(FxRobot robot) {
        String nik = kiosk.unregisteredNiks().get(0);
        Household household = app.registration().lookup().lookup(nik, agent()).status().orElseThrow().household();
        RegistrationService.Saved saved = (RegistrationService.Saved) app.registration().registrations().save(
                new id.loket.domain.registration.RegistrationDraft(household.id(), java.util.Optional.empty(),
                        RegistrationPath.OLEH_AGEN, id.loket.domain.registration.IkdState.ACTIVATED_HERE,
                        java.util.Optional.empty(), true, Outcome.BERHASIL, java.util.Optional.empty(),
                        java.util.Optional.of("PLS-9")), agent());
        int printedBefore = printer.printed().size();
        openCounter(robot);

        // A queue ticket's QR is the queue console's business: no complaint here.
        scanner.scan("LOKET-TIKET:A-001");
        scanner.scan(saved.registration().qrPayload());
        waitUntil(() -> text(robot, "#household-status").contains("SUDAH TERDAFTAR"));
        assertThat(text(robot, "#registration-message")).contains(saved.registration().code());
        assertThat(text(robot, "#card-message")).doesNotContain("bukan NIK");
        assertThat(robot.lookup("#registration-save").queryButton().isDisabled()).isTrue();

        robot.press(KeyCode.CONTROL, KeyCode.P).release(KeyCode.P, KeyCode.CONTROL);
        waitUntil(() -> printer.printed().size() == printedBefore + 1);
        assertThat(printer.printed().get(printedBefore).name()).isEqualTo(saved.registration().code());
        waitUntil(() -> text(robot, "#print-message").contains(saved.registration().code()));
    }

    @Test
    void aCardFillsOnlyEmptyFieldsAndTheNikIsCheckedAgainstTheStatedBirthDate(FxRobot robot) {
        String nik = kiosk.unregisteredNiks().get(0);
        openCounter(robot);
        robot.clickOn("#identity-name").write("NAMA DIKETIK");
        reader.insert(IdentityRecord.builder(IdentitySource.VENDOR_BRIDGE).nik(nik).name("NAMA DARI KARTU")
                .birthDate(LocalDate.of(1931, 1, 1)).build());
        waitUntil(() -> nik.equals(field(robot, "#nik-field")));

        assertThat(field(robot, "#identity-name")).as("what the agent typed stays").isEqualTo("NAMA DIKETIK");
        assertThat(field(robot, "#identity-birth-date")).isEqualTo("01-01-1931");
        waitUntil(() -> text(robot, "#nik-feedback").contains("lahir"));
        assertThat(text(robot, "#nik-parts")).isEmpty();

        robot.interact(() -> robot.lookup("#identity-birth-date").queryTextInputControl().clear());
        waitUntil(() -> text(robot, "#nik-parts").startsWith("Menurut NIK: lahir"));
        assertThat(text(robot, "#nik-feedback")).isEmpty();
    }

    @Test
    void theHeadIsFlaggedAsnWithAPerangkatDaerahFromTheList(FxRobot robot) {
        String nik = kiosk.unregisteredNiks().get(0);
        openCounter(robot);
        robot.clickOn("#nik-field").write(nik);
        waitUntil(() -> text(robot, "#household-status").contains("Belum terdaftar"));
        robot.clickOn("#asn-open");
        robot.clickOn("#asn-save");
        waitUntil(() -> text(robot, "#asn-message").contains("Pilih Perangkat Daerah"));
        robot.clickOn("#asn-unit").clickOn("Inspektorat Daerah");
        robot.clickOn("#asn-save");
        waitUntil(() -> text(robot, "#asn-message").contains("Ditandai ASN: Inspektorat Daerah"));
        assertThat(text(robot, "#household-flags")).contains("ASN: Inspektorat Daerah");
        assertThat(app.registration().lookup().find(HouseholdLookup.Query.byNik(nik),
                agent()).flags().asnUnit()).contains("Inspektorat Daerah");
    }

    @Test
    void aPerangkatDaerahFarDownTheListIsFoundByTypingPartOfItsName(FxRobot robot) {
        openCounter(robot);
        robot.clickOn("#nik-field").write(kiosk.unregisteredNiks().get(0));
        waitUntil(() -> text(robot, "#household-status").contains("Belum terdaftar"));
        robot.clickOn("#asn-open");

        robot.clickOn("#asn-unit").write("lingkungan");
        KioskUi.key(robot, KeyCode.ENTER);

        waitUntil(() -> "Dinas Lingkungan Hidup".equals(
                robot.lookup("#asn-unit").queryAs(javafx.scene.control.ComboBox.class).getValue()));
    }

    // --- helpers -----------------------------------------------------------------------------------

    /** One agent action: a key, or a chord of keys pressed together (Ctrl+S). */
    private void key(FxRobot robot, KeyCode... chord) {
        actions++;
        KioskUi.key(robot, chord);
    }

    /** One agent action: typing a field's value. */
    private void type(FxRobot robot, String typed) {
        actions++;
        robot.write(typed);
    }

    private Registration savedRegistration(FxRobot robot) {
        Matcher code = CODE.matcher(text(robot, "#registration-message"));
        assertThat(code.find()).as("a registration code in the message").isTrue();
        return app.registration().registrations().findReceipt(code.group(), agent()).orElseThrow().registration();
    }

    /** Whether the control carries the mark of a field that stops Save. */
    private static boolean marked(FxRobot robot, String query) {
        return robot.lookup(query).query().getStyleClass().contains("blocks-save");
    }

    private Agent agent() {
        return ((LoginService.LoggedIn) app.security().login().login("agen2", "222222".toCharArray())).agent();
    }

    /** This test reads a message only while the agent can see it: a hidden label reads as "". */
    private static String text(FxRobot robot, String query) {
        return visibleText(robot, query);
    }

    private static IdentityRecord card(String nik, String name) {
        return IdentityRecord.builder(IdentitySource.VENDOR_BRIDGE).nik(nik).name(name).build();
    }
}
