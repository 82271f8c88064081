package id.loket.support;

import id.loket.wiring.AppContext;
import id.loket.app.KioskApplication;
import id.loket.ui.Background;
import id.loket.ui.Styles;
import id.loket.ui.shell.ShellDependencies;
import id.loket.ui.shell.ShellView;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * The kiosk as a UI test starts it in its {@code @Start} method: the real shell wired by
 * {@link KioskApplication#dependencies}, background work handed back on the FX thread, on a stage
 * of a given size. {@link #close()} belongs in the test's {@code @AfterEach}.
 */
public record StartedKiosk(AppContext app, Background background, ShellView shell, Scene scene) {

    /** Starts describing how to show {@code app}: by default styled, 1400×900, on the chooser. */
    public static Launch launch(AppContext app) {
        return new Launch(app);
    }

    /** Stops the background work, then the app (database, devices). */
    public void close() {
        background.close();
        app.close();
    }

    /** The unregistered households' NIKs, in the order of the supervisor's export. */
    public List<String> unregisteredNiks() {
        return new CaseworkFixtures(app).unregistered().stream().map(CaseworkFixtures.Listed::nik).toList();
    }

    /** How the kiosk is shown; each test names only what differs from the usual counter PC. */
    public static final class Launch {
        private final AppContext app;
        private int width = 1400;
        private int height = 900;
        private boolean styled = true;
        private UnaryOperator<ShellDependencies> dependencies = UnaryOperator.identity();
        private Consumer<ShellView> shellReady = shell -> { };
        private Consumer<Scene> sceneReady = scene -> { };
        private Consumer<ShellView> firstFace = shell -> shell.show(ShellView.Face.CHOOSER);

        private Launch(AppContext app) {
            this.app = app;
        }

        public Launch size(int width, int height) {
            this.width = width;
            this.height = height;
            return this;
        }

        /** Without the stylesheet, as a test that checks raw key handling sees the scene. */
        public Launch unstyled() {
            this.styled = false;
            return this;
        }

        /** Changes the real dependencies before the shell gets them (kiosk mode, a shorter idle lock). */
        public Launch dependencies(UnaryOperator<ShellDependencies> change) {
            this.dependencies = change;
            return this;
        }

        /** Something to do with the new shell before it is shown (for example {@code onClose}). */
        public Launch withShell(Consumer<ShellView> ready) {
            this.shellReady = ready;
            return this;
        }

        /** Something to do with the scene before it goes on the stage (a key filter). */
        public Launch withScene(Consumer<Scene> ready) {
            this.sceneReady = ready;
            return this;
        }

        /** Opens on that face with {@link ShellView#show}. */
        public Launch showing(ShellView.Face face) {
            this.firstFace = shell -> shell.show(face);
            return this;
        }

        /** Opens as the program starts ({@link ShellView#start}): a new install asks for the first supervisor. */
        public Launch startingAt(ShellView.Face face) {
            this.firstFace = shell -> shell.start(face);
            return this;
        }

        /** Shows no face yet; the test picks one itself. */
        public Launch noFace() {
            this.firstFace = shell -> { };
            return this;
        }

        public StartedKiosk on(Stage stage) {
            Background background = new Background(Platform::runLater);
            ShellView shell = new ShellView(dependencies.apply(KioskApplication.dependencies(app, background)));
            shellReady.accept(shell);
            Scene scene = new Scene(shell.root(), width, height);
            if (styled) {
                Styles.apply(scene, false);
            }
            sceneReady.accept(scene);
            stage.setScene(scene);
            // The stage is shared by the test classes of a run; one that resized it must not leave the next
            // test's window at its size (a 1920-wide test ran at 1024, a 1600x900 one at 1366x768).
            stage.sizeToScene();
            firstFace.accept(shell);
            stage.show();
            return new StartedKiosk(app, background, shell, scene);
        }
    }
}
