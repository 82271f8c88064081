package id.loket.app;

import id.loket.config.LoketSettings;
import id.loket.config.StartFace;
import id.loket.config.Theme;
import id.loket.domain.text.Texts;
import id.loket.service.Failures;
import id.loket.ui.Background;
import id.loket.ui.ScanKeyFilter;
import id.loket.ui.Styles;
import id.loket.ui.shell.ShellDependencies;
import id.loket.ui.shell.ShellView;
import id.loket.wiring.AppContext;
import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.scene.input.KeyCombination;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import org.slf4j.LoggerFactory;

/**
 * The kiosk window. It shows itself at once with a short "please wait", then takes the database
 * that {@link KioskLauncherImpl} opens behind it (an empty one is filled with demo data) and puts up
 * the first face. Started by the launcher on the already running JavaFX runtime, not through
 * {@code Application.launch}, so the runtime can start before the command line is read.
 */
public final class KioskApplication {

    /** Printed to standard output when the window is on screen, if {@link #MARKERS_PROPERTY} is set. */
    public static final String WINDOW_MARKER = "LOKET-WINDOW";
    /** Printed to standard output when the first face is usable, if {@link #MARKERS_PROPERTY} is set. */
    public static final String READY_MARKER = "LOKET-READY";
    /** Set by the start-up benchmark and the screenshot script, which wait for the markers. */
    public static final String MARKERS_PROPERTY = "loket.startup-markers";
    static final int DEMO_HOUSEHOLDS = 1500;

    /** Handed over by {@link KioskLauncherImpl}: JavaFX builds this class itself, so it cannot take arguments. */
    private static volatile LoketSettings pendingSettings;
    private static volatile CompletableFuture<AppContext> pendingApp;

    private AppContext app;
    private Background background;

    static void prepare(LoketSettings settings, CompletableFuture<AppContext> opening) {
        pendingSettings = Objects.requireNonNull(settings);
        pendingApp = Objects.requireNonNull(opening);
    }

    /** @param exit closes Loket: stops it and ends the JavaFX runtime */
    public void start(Stage stage, Runnable exit) {
        LoketSettings settings = pendingSettings;
        Texts texts = Texts.forLocale(settings.ui().language().locale());
        Label wait = new Label(texts.text("app.starting"));
        wait.setId("app-starting");
        VBox waiting = new VBox(wait);
        waiting.setAlignment(Pos.CENTER);
        // 1366 x 768 is the commonest counter PC screen; a window manager maximises it on larger ones.
        Scene scene = new Scene(waiting, 1366, 768);
        Styles.apply(scene, settings.ui().theme() == Theme.HIGH_CONTRAST);
        stage.setTitle(texts.text("app.title", settings.office().name()));
        stage.setScene(scene);
        fillScreen(stage);
        boolean kiosk = settings.ui().kioskMode();
        if (kiosk) {
            lockDown(stage);
        }
        stage.show();
        marker(WINDOW_MARKER);

        background = new Background(Platform::runLater);
        background.run(KioskApplication::awaitOpening, opened -> {
            app = opened;
            ShellView shell = new ShellView(dependencies(opened, background));
            shell.onClose(exit);
            if (kiosk) {
                // Alt+F4 and the like ask to close; in kiosk mode only a supervisor may.
                stage.setOnCloseRequest(event -> {
                    event.consume();
                    shell.requestClose();
                });
            }
            scene.setRoot(shell.root());
            ScanKeyFilter.installIfNeeded(scene, opened.peripherals().devices());
            shell.start(toFace(settings.ui().startFace()));
            marker(READY_MARKER);
        }, failure -> scene.setRoot(problem(texts, texts.text(failure), exit)));
    }

    /** Full screen, no title bar, no key that leaves full screen; until the shell is up, no closing at all. */
    private static void lockDown(Stage stage) {
        stage.initStyle(StageStyle.UNDECORATED);
        stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
        stage.setFullScreenExitHint("");
        stage.setFullScreen(true);
        stage.setOnCloseRequest(javafx.event.Event::consume);
    }

    /**
     * Covers the screen's usable area. Done by hand rather than with setMaximized, which misplaces
     * the window on a kiosk PC that runs no window manager.
     */
    private static void fillScreen(Stage stage) {
        Rectangle2D area = Screen.getPrimary().getVisualBounds();
        stage.setX(area.getMinX());
        stage.setY(area.getMinY());
        stage.setWidth(area.getWidth());
        stage.setHeight(area.getHeight());
    }

    private static void marker(String marker) {
        if (Boolean.getBoolean(MARKERS_PROPERTY)) {
            System.out.println(marker);
        }
    }

    /** Waits for the database that opens behind the window; its failure is rethrown as it was. */
    private static AppContext awaitOpening() throws Exception {
        try {
            return pendingApp.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            throw e;
        }
    }

    static AppContext openWithDemoData(LoketSettings settings) {
        AppContext opened = AppContext.open(settings, Clock.systemDefaultZone());
        opened.startDevices();
        var security = opened.security();
        if (settings.data().demoWhenEmpty() && security.demoData().databaseIsEmpty()) {
            // Logging is first touched here, off the screen's thread, so it never delays the window.
            LoggerFactory.getLogger(KioskApplication.class)
                    .info("Empty database: filling it with a fictional office for demonstration");
            security.demoData().fill(opened.foundation().office(), DEMO_HOUSEHOLDS);
        }
        if (!opened.foundation().isLanClient()) {
            // The same for the day close: the PC with the database and the signing key writes the day's file.
            opened.startDayClose();
        }
        try {
            // In LAN mode the server PC keeps the database and backs it up (loket serve); a counter cannot.
            if (!opened.foundation().isLanClient()) {
                security.backups().dailyIfDue();
            }
        } catch (RuntimeException e) {
            // A missing backup must not keep the counter closed; it is logged and shows in the backup age.
            LoggerFactory.getLogger(KioskApplication.class).error("Daily backup failed", e);
        }
        return opened;
    }

    /**
     * What the screens need from the application, face by face, picked from the wiring's areas; tests
     * build the shell with the same.
     */
    public static ShellDependencies dependencies(AppContext app, Background background) {
        var base = app.foundation();
        var ui = base.settings().ui();
        var peripherals = app.peripherals();
        var queue = app.queue();
        var registration = app.registration();
        var programmes = app.programmes();
        var reporting = app.reporting();
        var security = app.security();
        var complaints = app.complaintDesk();
        var lists = app.lists();
        return new ShellDependencies(
                new ShellDependencies.Frame(base.texts(), base.office().name(), base.office().kelurahanCode(),
                        ui.residentIdle(), ui.agentIdleLock(), ui.kioskMode(), base.clock(), background),
                new ShellDependencies.SignIn(security.login(), security.accounts(), security.startupChecks()),
                new ShellDependencies.TicketFace(queue.tickets(), peripherals.devices(), peripherals.residentVoice()),
                new ShellDependencies.BoardFace(queue.board(), peripherals.announcer()),
                new ShellDependencies.SurveyFace(programmes.skm(), peripherals.surveyVoice()),
                new ShellDependencies.CounterFace(queue.counter(), registration.lookup(), registration.registrations(),
                        registration.serviceRecords(), peripherals.devices(), base.printouts(),
                        complaints.complaints(), programmes.jkkProposals(), programmes.jkkDocuments()),
                new ShellDependencies.PersonPage(registration.personRecords(), programmes.ssn().requests()),
                new ShellDependencies.OfficeFace(reporting.progress(), reporting.reports(), lists.schedules(),
                        lists.rtListImport(), reporting.officeDesk(), programmes.skm()),
                new ShellDependencies.OfficeSettings(security.auditTrail(), security.backups(), security.accounts(),
                        peripherals.devices()),
                new ShellDependencies.OfficeResidents(lists.casework(), programmes.jkkProposals(),
                        complaints.complaints(), complaints.complaintReport(), queue.notices()));
    }

    static ShellView.Face toFace(StartFace face) {
        return ShellView.Face.valueOf(face.name());
    }

    /** What went wrong at start, in words, and a button that closes the window (and so the program). */
    private static VBox problem(Texts texts, String message, Runnable exit) {
        Label text = new Label(message);
        text.setId("app-problem");
        text.setWrapText(true);
        text.getStyleClass().add("problem");
        Button close = new Button(texts.text("app.close"));
        close.setId("app-close");
        close.setOnAction(e -> exit.run());
        text.setMaxWidth(900);
        VBox box = new VBox(24, text, close);
        box.setAlignment(Pos.CENTER);
        box.setPadding(new Insets(48));
        return box;
    }

    public void stop() {
        if (background != null) {
            background.close();
        }
        if (app != null) {
            app.close();
        }
    }
}
