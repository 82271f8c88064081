package id.loket.service.device;

import static org.assertj.core.api.Assertions.assertThat;

import id.loket.wiring.AppContext;
import id.loket.support.TestApps;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StartupChecksTest {

    @TempDir
    Path dir;

    @Test
    void aCounterWithoutABackupIsToldHowToMakeOne() {
        try (AppContext app = TestApps.withDemoData(dir.resolve("data"), 10)) {
            List<StartupChecks.Check> checks = app.security().startupChecks().run();
            assertThat(checks).extracting(c -> c.message().key())
                    .contains("preflight.database", "preflight.noBackup")
                    .containsAnyOf("preflight.diskOk", "preflight.diskLow");
            assertThat(checks).filteredOn(c -> c.message().key().equals("preflight.noBackup"))
                    .allMatch(c -> c.level() == StartupChecks.Level.WARNING);
        }
    }

    @Test
    void aFreshBackupIsReportedAsFine() {
        try (AppContext app = TestApps.withDemoData(dir.resolve("data"), 10)) {
            app.security().backups().backupNow("lurah", Optional.empty());
            assertThat(app.security().startupChecks().run()).extracting(c -> c.message().key())
                    .contains("preflight.backupOk").doesNotContain("preflight.noBackup");
        }
    }

    @Test
    void aPcWhoseSoundIsGoneIsToldBeforeAFaceIsChosenWhatToDo() {
        try (AppContext app = TestApps.withDemoData(dir.resolve("data"), 10)) {
            app.startDevices();
            ((id.loket.device.sim.SimulatedSound) app.peripherals().deviceDrivers().sound()).noAudio();

            List<StartupChecks.Check> checks = app.security().startupChecks().run();

            assertThat(checks).filteredOn(c -> c.message().key().equals("preflight.device")).singleElement()
                    .satisfies(c -> {
                        assertThat(c.level()).isEqualTo(StartupChecks.Level.WARNING);
                        assertThat(app.foundation().texts().text(c.message())).contains("suara").contains("device.sound=none");
                    });
        }
    }

    @Test
    void soundTurnedOffOnPurposeIsNoWarning() {
        try (AppContext app = TestApps.withDemoData(dir.resolve("data"), 10, "device.sound", "none")) {
            app.startDevices();

            assertThat(app.security().startupChecks().run()).extracting(c -> c.message().key())
                    .contains("preflight.devicesReady").doesNotContain("preflight.device");
        }
    }
}
