package id.loket.cli;

import static org.assertj.core.api.Assertions.assertThat;

import id.loket.wiring.AppContext;
import id.loket.storage.Database;
import id.loket.storage.Jdbc;
import id.loket.support.RtListFixtures;
import id.loket.support.TestApps;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every command that changes data or reads personal data runs only for a supervisor who gives their
 * PIN, and is audited under that name. One demo office is shared by all cases (each command is run
 * on it four times: without --user, as an agent, with a wrong PIN, as the supervisor).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SupervisorCommandsTest {

    @TempDir
    static Path dir;
    private Path data;
    private Path backup;
    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();
    private String pin;

    private final ConsoleInput console = new ConsoleInput() {
        @Override
        public char[] secret(String prompt) {
            return pin == null ? null : pin.toCharArray();
        }

        @Override
        public String line(String prompt) {
            return null;
        }
    };

    @BeforeAll
    void demoOffice() throws Exception {
        data = dir.resolve("data");
        TestApps.configFor(data);
        assertThat(run(null, null, "demo-data", "--households", "20")).isZero();
        assertThat(run("lurah", "999999", "backup", "--to", dir.resolve("backups").toString())).isZero();
        try (Stream<Path> files = Files.list(dir.resolve("backups"))) {
            backup = files.findFirst().orElseThrow();
        }
        RtListFixtures fixtures = new RtListFixtures(3);
        List<List<String>> rows = new ArrayList<>();
        List<RtListFixtures.Head> heads = fixtures.heads(3, 1);
        for (int i = 0; i < heads.size(); i++) {
            rows.add(heads.get(i).row(i + 1));
        }
        RtListFixtures.write(dir.resolve("rt.csv"), RtListFixtures.csv(';', "\r\n", RtListFixtures.HEADER, rows));
        Files.writeString(dir.resolve("pkh.csv"), "NIK;Desil;PKH\n" + heads.get(0).nik() + ";1;ya\n",
                StandardCharsets.UTF_8);
    }

    /** Each command, with what its audit entry is called; {@code OUT} stands for a fresh output file. */
    Stream<Arguments> commands() {
        return Stream.of(
                Arguments.of(List.of("import", "rt-list", "RT"), "RT_LIST_IMPORTED"),
                Arguments.of(List.of("import", "social-list", "PKH"), "SOCIAL_LIST_IMPORTED"),
                Arguments.of(List.of("plan", "--capacity-per-day", "100"), "SCHEDULE_PLANNED"),
                Arguments.of(List.of("export", "households", "--format", "csv", "--out", "OUT"), "EXPORT"),
                Arguments.of(List.of("export", "progress", "--format", "csv", "--out", "OUT"), "EXPORT"),
                Arguments.of(List.of("export", "checklist", "--rt", "1", "--rw", "1", "--out", "OUT"), "EXPORT"),
                Arguments.of(List.of("export", "asn", "--format", "csv", "--out", "OUT"), "EXPORT"),
                Arguments.of(List.of("export", "follow-ups", "--format", "csv", "--out", "OUT"), "EXPORT"),
                Arguments.of(List.of("export", "fairness", "--day", "2026-06-04", "--out", "OUT"), "EXPORT"),
                Arguments.of(List.of("export", "audit", "--from", "2026-01-01", "--to", "2030-12-31", "--out", "OUT"),
                        "EXPORT"),
                Arguments.of(List.of("backup", "--to", "BACKUPS"), "BACKUP"),
                Arguments.of(List.of("restore", "--yes", "--overwrite-newer", "BACKUP"), "RESTORE"),
                // Nothing is due in a new office: the purge removes nothing, and the sign-in is what is kept.
                Arguments.of(List.of("purge", "--yes"), "LOGIN"));
    }

    @AfterEach
    void openTheSupervisorAgain() {
        // The wrong-PIN cases count towards the lock; the next case starts from a clean count.
        try (AppContext app = AppContext.open(TestApps.settings(data), TestApps.FIRST_DAY)) {
            app.security().accounts().find("lurah").ifPresent(row -> app.security().accounts().unlock(row.agent(),
                    "test"));
        }
        out = new StringWriter();
        err = new StringWriter();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("commands")
    void withoutAUserTheCommandIsMisuseAndSaysToAddOne(List<String> command, String audited) {
        LocalDateTime before = now();

        assertThat(run(null, null, args(command))).isEqualTo(2);

        assertThat(err.toString()).contains("--user NAMA").doesNotContain("Exception");
        assertThat(actionsSince(before)).doesNotContain(audited);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("commands")
    void anAgentIsRefusedWithTheirRightPin(List<String> command, String audited) {
        LocalDateTime before = now();

        assertThat(run("agen1", "111111", args(command))).isEqualTo(1);

        assertThat(err.toString()).contains("khusus supervisor").doesNotContain("Exception");
        assertThat(actorsAndActionsSince(before)).containsExactly("agen1 LOGIN");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("commands")
    void aSupervisorWithAWrongPinIsRefused(List<String> command, String audited) {
        LocalDateTime before = now();

        assertThat(run("lurah", "135790", args(command))).isEqualTo(1);

        assertThat(err.toString()).contains("PIN salah").doesNotContain("Exception");
        assertThat(actorsAndActionsSince(before)).containsExactly("lurah LOGIN_FAILED");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("commands")
    void theSupervisorRunsItAndItIsAuditedUnderTheirName(List<String> command, String audited) {
        LocalDateTime before = now();

        int status = run("lurah", "999999", args(command));

        assertThat(status).as(err.toString()).isZero();
        assertThat(actorsAndActionsSince(before)).contains("lurah " + audited);
    }

    private String[] args(List<String> command) {
        return command.stream().map(arg -> switch (arg) {
            case "RT" -> dir.resolve("rt.csv").toString();
            case "PKH" -> dir.resolve("pkh.csv").toString();
            case "OUT" -> dir.resolve("out-" + System.nanoTime()).toString();
            case "BACKUPS" -> dir.resolve("more-backups").toString();
            case "BACKUP" -> backup.toString();
            default -> arg;
        }).toArray(String[]::new);
    }

    private int run(String user, String supervisorPin, String... command) {
        pin = supervisorPin;
        List<String> all = new ArrayList<>(List.of("--config", data.resolveSibling("data-loket.properties").toString(),
                "--data-dir", data.toString()));
        if (user != null) {
            all.addAll(List.of("--user", user));
        }
        all.addAll(List.of(command));
        return HeadlessMain.run(all.toArray(String[]::new), new PrintWriter(out, true), new PrintWriter(err, true), console);
    }

    /**
     * Now, as the command's audit entries will be stamped. By time rather than by id: a restore puts
     * back an older database, whose next ids were used already.
     */
    private static LocalDateTime now() {
        return LocalDateTime.now();
    }

    /** "actor ACTION" of every audit entry stamped at or after {@code since}, oldest first. */
    private List<String> actorsAndActionsSince(LocalDateTime since) {
        try (Database database = TestApps.database(data)) {
            return new Jdbc(database.dataSource()).list(
                    "SELECT actor, action FROM audit_event WHERE at >= ? ORDER BY at, id",
                    row -> row.getString(1) + " " + row.getString(2), since);
        }
    }

    private List<String> actionsSince(LocalDateTime since) {
        return actorsAndActionsSince(since).stream().map(s -> s.substring(s.indexOf(' ') + 1)).toList();
    }
}
