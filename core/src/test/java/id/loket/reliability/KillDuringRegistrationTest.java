package id.loket.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import id.loket.wiring.AppContext;
import id.loket.domain.account.Agent;
import id.loket.domain.registration.IkdState;
import id.loket.domain.registration.Outcome;
import id.loket.domain.registration.RegistrationDraft;
import id.loket.domain.registration.RegistrationPath;
import id.loket.service.security.LoginService;
import id.loket.service.registration.RegistrationService;
import id.loket.storage.Database;
import id.loket.storage.Jdbc;
import id.loket.support.TestApps;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Power cut at the counter: a separate JVM saves registrations one after another and says each one
 * only after the save returned (what the agent sees as "Tersimpan"); it is killed with SIGKILL in the
 * middle. Reopened, the database must hold every confirmed registration, each with its audit event,
 * and nothing half-written.
 */
class KillDuringRegistrationTest {

    private static final String SAVED = "SAVED ";
    private static final int KILL_AFTER = 25;

    @TempDir
    Path dir;

    @Test
    void everyConfirmedRegistrationSurvivesAKill() throws Exception {
        Path data = dir.resolve("data");
        int registeredBefore;
        try (AppContext app = TestApps.withDemoData(data, 400)) {
            registeredBefore = app.reporting().progress().current().registered();
        }
        List<String> confirmed = new ArrayList<>();
        Process writer = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Writer.class.getName(), data.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null && confirmed.size() < KILL_AFTER; line = out.readLine()) {
                if (line.startsWith(SAVED)) {
                    confirmed.add(line.substring(SAVED.length()));
                }
            }
            // SIGKILL: no shutdown hook, no flush, no close; as near to pulling the plug as a test gets.
            writer.destroyForcibly();
            assertThat(writer.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(confirmed).hasSize(KILL_AFTER);

        try (Database database = TestApps.database(data)) {
            Jdbc jdbc = new Jdbc(database.dataSource());
            for (String code : confirmed) {
                assertThat(jdbc.count("SELECT COUNT(*) FROM registration WHERE code = ?", code))
                        .as("confirmed registration %s", code).isEqualTo(1);
                assertThat(jdbc.count("SELECT COUNT(*) FROM audit_event WHERE action = 'REGISTRATION_SAVED' "
                        + "AND entity_id = ?", code)).as("audit event of %s", code).isEqualTo(1);
            }
            assertThat(jdbc.count("""
                    SELECT COUNT(*) FROM registration g WHERE NOT EXISTS (SELECT 1 FROM audit_event a
                        WHERE a.action = 'REGISTRATION_SAVED' AND a.entity_id = g.code)
                    """)).as("registrations saved without their audit event").isEqualTo(
                    jdbc.count("SELECT COUNT(*) FROM registration WHERE portal_reference NOT LIKE 'PLS-KILL-%' "
                            + "OR portal_reference IS NULL"));
            assertThat(jdbc.count("SELECT COUNT(DISTINCT household_id) FROM registration WHERE outcome = 'BERHASIL'"))
                    .isGreaterThanOrEqualTo(registeredBefore + confirmed.size());
        }
    }

    /** The counter PC: registers unregistered households as fast as it can until it is killed. */
    public static final class Writer {
        public static void main(String[] args) throws Exception {
            AppContext app = TestApps.open(Path.of(args[0]));
            Agent agent = ((LoginService.LoggedIn) app.security().login().login("agen1",
                    "111111".toCharArray())).agent();
            StringWriter csv = new StringWriter();
            app.registration().householdExport().write(csv, "writer");
            List<String> niks = csv.toString().lines().skip(1).filter(l -> l.endsWith(",no"))
                    .map(l -> l.split(",")[1]).toList();
            for (String nik : niks) {
                long householdId = app.registration().lookup().lookup(nik,
                        agent).status().orElseThrow().household().id();
                RegistrationService.SaveResult result = app.registration().registrations()
                        .save(new RegistrationDraft(householdId,
                        Optional.empty(), RegistrationPath.OLEH_AGEN, IkdState.ACTIVATED_HERE, Optional.empty(), true,
                        Outcome.BERHASIL, Optional.empty(), Optional.of("PLS-KILL-" + householdId)), agent);
                System.out.println(SAVED + ((RegistrationService.Saved) result).registration().code());
                System.out.flush();
            }
            Thread.sleep(60_000);
        }
    }
}
