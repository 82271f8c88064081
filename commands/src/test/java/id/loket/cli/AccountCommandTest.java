package id.loket.cli;

import static org.assertj.core.api.Assertions.assertThat;

import id.loket.wiring.AppContext;
import id.loket.config.SettingsLoader;
import id.loket.service.security.LoginService;
import id.loket.storage.Database;
import id.loket.storage.Jdbc;
import id.loket.support.TestApps;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code loket account}: an office set up over SSH gets its first supervisor, and its supervisors
 * care for accounts, without a window. Each case starts from a new, empty install.
 */
class AccountCommandTest {

    @TempDir
    Path dir;
    private Path data;
    private Path config;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    /** What the terminal answers, in order: PINs of the supervisor and the new PIN twice. */
    private final Deque<String> answers = new ArrayDeque<>();

    private final ConsoleInput console = new ConsoleInput() {
        @Override
        public char[] secret(String prompt) {
            String answer = answers.poll();
            return answer == null ? null : answer.toCharArray();
        }

        @Override
        public String line(String prompt) {
            return answers.poll();
        }
    };

    @BeforeEach
    void newInstall() {
        data = dir.resolve("data");
        config = TestApps.configFor(data, "data.demo-when-empty=false");
    }

    private int run(List<String> typed, String... args) {
        answers.clear();
        answers.addAll(typed);
        List<String> all = new ArrayList<>(List.of("--config", config.toString(), "--data-dir", data.toString()));
        all.addAll(List.of(args));
        return HeadlessMain.run(all.toArray(String[]::new), new PrintWriter(out, true), new PrintWriter(err, true), console);
    }

    private int addFirstSupervisor() {
        return run(List.of("258147", "258147"), "account", "add", "siti", "--role", "supervisor",
                "--full-name", "Siti Aminah");
    }

    private List<String> audit() {
        try (Database database = TestApps.database(data)) {
            return new Jdbc(database.dataSource()).list(
                    "SELECT actor || ' ' || action || ' ' || detail FROM audit_event ORDER BY id",
                    row -> row.getString(1));
        }
    }

    @Test
    void theFirstSupervisorOfANewInstallIsAddedWithoutUserAndCanThenListAccounts() {
        assertThat(addFirstSupervisor()).as(err.toString()).isZero();
        assertThat(out.toString()).contains("Siti Aminah");

        assertThat(run(List.of("258147"), "--user", "siti", "account", "list")).as(err.toString()).isZero();
        assertThat(out.toString()).contains("siti").contains("Supervisor").contains("Aktif");
        assertThat(audit()).contains("first-start ACCOUNT_CHANGED created SUPERVISOR");
    }

    @Test
    void theFirstAccountCannotBeAnAgent() {
        assertThat(run(List.of("258147", "258147"), "account", "add", "budi", "--role", "agent")).isEqualTo(1);
        assertThat(err.toString()).contains("--role supervisor");
        assertThat(addFirstSupervisor()).isZero();
    }

    @Test
    void twoDifferentPinsAddNothingAndSaySo() {
        assertThat(run(List.of("258147", "258148"), "account", "add", "siti", "--role", "supervisor")).isEqualTo(1);
        assertThat(err.toString()).contains("Kedua PIN tidak sama");
        assertThat(addFirstSupervisor()).as("still the first account").isZero();
    }

    @Test
    void standardInputThatEndsBeforeThePinAddsNothing() {
        assertThat(run(List.of("258147"), "account", "add", "siti", "--role", "supervisor")).isEqualTo(1);
        assertThat(err.toString()).contains("Tidak ada PIN");
        assertThat(addFirstSupervisor()).as("still the first account").isZero();
    }

    @Test
    void anUnknownRoleIsRefusedByName() {
        assertThat(run(List.of(), "account", "add", "siti", "--role", "lurah")).isEqualTo(2);
        assertThat(err.toString()).contains("'lurah'").contains("supervisor atau agent");
    }

    @Test
    void onceThereIsAnAccountAddingAnotherNeedsASupervisorsPin() {
        addFirstSupervisor();
        assertThat(run(List.of("139246", "139246"), "account", "add", "budi", "--role", "agent")).isEqualTo(2);
        assertThat(run(List.of("000000"), "--user", "siti", "account", "add", "budi", "--role", "agent"))
                .isEqualTo(1);

        assertThat(run(List.of("258147", "139246", "139246"), "--user", "siti", "account", "add", "budi",
                "--role", "agent", "--full-name", "Budi Santoso")).as(err.toString()).isZero();
        assertThat(audit()).contains("siti ACCOUNT_CHANGED created AGENT");
    }

    @Test
    void aDeactivatedAccountCanNoLongerLogIn() {
        addFirstSupervisor();
        run(List.of("258147", "139246", "139246"), "--user", "siti", "account", "add", "budi", "--role", "supervisor");

        assertThat(run(List.of("258147"), "--user", "siti", "account", "deactivate", "budi"))
                .as(err.toString()).isZero();

        assertThat(run(List.of("139246"), "--user", "budi", "account", "list")).isEqualTo(1);
        assertThat(audit()).contains("siti ACCOUNT_CHANGED deactivated");
        out.getBuffer().setLength(0);
        run(List.of("258147"), "--user", "siti", "account", "list");
        assertThat(out.toString()).as("kept in the list, so that it can be reactivated")
                .containsPattern("budi .*Nonaktif");
    }

    @Test
    void aDeactivatedAccountIsReactivatedAndLogsInWithItsOldPin() {
        addFirstSupervisor();
        run(List.of("258147", "139246", "139246"), "--user", "siti", "account", "add", "budi", "--role", "supervisor");
        run(List.of("258147"), "--user", "siti", "account", "deactivate", "budi");

        assertThat(run(List.of("258147"), "--user", "siti", "account", "reactivate", "budi"))
                .as(err.toString()).isZero();

        assertThat(run(List.of("139246"), "--user", "budi", "account", "list")).isZero();
        assertThat(audit()).contains("siti ACCOUNT_CHANGED reactivated");
        assertThat(run(List.of("258147"), "--user", "siti", "account", "reactivate", "budi")).isEqualTo(1);
        assertThat(err.toString()).contains("sudah aktif");
    }

    @Test
    void aSupervisorCannotDeactivateTheirOwnAccount() {
        addFirstSupervisor();
        assertThat(run(List.of("258147"), "--user", "siti", "account", "deactivate", "siti")).isEqualTo(1);
        assertThat(err.toString()).contains("akun Anda sendiri");
        assertThat(run(List.of("258147"), "--user", "siti", "account", "list")).isZero();
    }

    @Test
    void anUnknownNameIsSaidSo() {
        addFirstSupervisor();
        assertThat(run(List.of("258147"), "--user", "siti", "account", "deactivate", "nobody")).isEqualTo(1);
        assertThat(err.toString()).contains("Tidak ada akun bernama nobody");
    }

    @Test
    void aResetPinReplacesTheOldPin() {
        addFirstSupervisor();
        run(List.of("258147", "139246", "139246"), "--user", "siti", "account", "add", "budi", "--role", "agent");

        assertThat(run(List.of("258147", "864213", "864213"), "--user", "siti", "account", "reset-pin", "budi"))
                .as(err.toString()).isZero();

        assertThat(audit()).contains("siti ACCOUNT_CHANGED new PIN");
        try (AppContext app = AppContext.open(
                SettingsLoader.load(Optional.of(config), Map.of("data.dir", data.toString())), Clock.systemDefaultZone())) {
            assertThat(app.security().login().login("budi",
                    "864213".toCharArray())).isInstanceOf(LoginService.LoggedIn.class);
            assertThat(app.security().login().login("budi",
                    "139246".toCharArray())).isNotInstanceOf(LoginService.LoggedIn.class);
        }
    }
}
