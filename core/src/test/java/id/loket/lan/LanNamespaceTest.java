package id.loket.lan;

import static org.assertj.core.api.Assertions.assertThat;

import id.loket.wiring.AppContext;
import id.loket.config.AddressRule;
import id.loket.config.LanSettings;
import id.loket.storage.DatabaseKey;
import id.loket.storage.LanServer;
import id.loket.support.TestApps;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The LAN gate seen from other PCs: each "PC" is a network namespace made by this test on this
 * machine, joined to it by a veth pair, with an address of its own. The server allows two of them.
 * Needs root and iproute2 ({@code ip}); skipped without them unless LOKET_REQUIRE_DEVICE_PEERS=1
 * (CI) demands them. Every address used lives only inside this machine.
 */
class LanNamespaceTest {

    private static final String PASSWORD = "kata-sandi-lan-2026";
    /** The counter that keeps working; the PC not on the list; the PC that floods with wrong logins. */
    private static final Pc COUNTER = new Pc("a", 1);
    private static final Pc STRANGER = new Pc("b", 2);
    private static final Pc FLOODER = new Pc("c", 3);

    @TempDir
    static Path dir;
    private static Path dataDir;
    private static LanServer server;

    /** A namespace {@code lk<pid><name>} with address 10.77.{subnet}.2, the host side being .1. */
    private record Pc(String name, int subnet) {
        String namespace() {
            return "lk" + ProcessHandle.current().pid() + name;
        }

        String address() {
            return "10.77." + subnet + ".2";
        }

        String hostSide() {
            return "10.77." + subnet + ".1";
        }
    }

    @BeforeAll
    static void makeThePcsAndServe() throws Exception {
        requireNamespaces();
        for (Pc pc : List.of(COUNTER, STRANGER, FLOODER)) {
            String ns = pc.namespace();
            run("ip", "netns", "add", ns);
            run("ip", "link", "add", ns + "0", "type", "veth", "peer", "name", ns + "1");
            run("ip", "link", "set", ns + "1", "netns", ns);
            run("ip", "addr", "add", pc.hostSide() + "/24", "dev", ns + "0");
            run("ip", "link", "set", ns + "0", "up");
            run("ip", "netns", "exec", ns, "ip", "addr", "add", pc.address() + "/24", "dev", ns + "1");
            run("ip", "netns", "exec", ns, "ip", "link", "set", ns + "1", "up");
            run("ip", "netns", "exec", ns, "ip", "link", "set", "lo", "up");
        }
        dataDir = dir.resolve("data");
        try (AppContext app = TestApps.withDemoData(dataDir, 10)) {
            assertThat(app.foundation().office().name()).isNotBlank();
        }
        server = LanServer.start(dataDir, DatabaseKey.loadOrCreate(TestApps.keyFile(dataDir)),
                new LanSettings(9092, List.of(AddressRule.parse(COUNTER.address() + "/32").orElseThrow(),
                        AddressRule.parse(FLOODER.address()).orElseThrow()), Optional.of(PASSWORD)), 0,
                Clock.systemUTC());
    }

    @AfterAll
    static void removeThePcs() throws Exception {
        if (server != null) {
            server.close();
        }
        for (Pc pc : List.of(COUNTER, STRANGER, FLOODER)) {
            // Deleting the namespace deletes its end of the veth pair, and with it the host's end.
            new ProcessBuilder("ip", "netns", "del", pc.namespace()).inheritIO().start().waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void aPcOnTheListLogsInFromItsOwnAddress() throws Exception {
        assertThat(probe(COUNTER, "login", url(COUNTER), keyFile(), PASSWORD)).startsWith("OK 3 ");
    }

    @Test
    void aPcNotOnTheListIsHungUpOnBeforeAnyByte() throws Exception {
        assertThat(probe(STRANGER, "raw", STRANGER.hostSide(), String.valueOf(server.port()))).isEqualTo("BYTES 0");
        assertThat(probe(STRANGER, "login", url(STRANGER), keyFile(), PASSWORD)).startsWith("REFUSED SERVER_UNREACHABLE");
    }

    @Test
    void aFloodOfWrongLoginsBarsOnlyThePcThatSentIt() throws Exception {
        Process flood = start(FLOODER, "flood", url(FLOODER), keyFile(), "not-the-lan-password", "12");
        String duringTheFlood = probe(COUNTER, "login", url(COUNTER), keyFile(), PASSWORD);
        assertThat(flood.isAlive()).as("the counter logged in while the flood was still going").isTrue();
        assertThat(duringTheFlood).startsWith("OK 3 ");
        assertThat(output(flood)).matches("REFUSED [1-9][0-9]+ OK 0");

        assertThat(probe(FLOODER, "login", url(FLOODER), keyFile(), PASSWORD))
                .as("barred for a while, even with the right password").startsWith("REFUSED SERVER_UNREACHABLE");
        assertThat(probe(FLOODER, "raw", FLOODER.hostSide(), String.valueOf(server.port()))).isEqualTo("BYTES 0");
        assertThat(probe(COUNTER, "login", url(COUNTER), keyFile(), PASSWORD)).startsWith("OK 3 ");
    }

    private static String url(Pc from) {
        return "jdbc:h2:tcp://" + from.hostSide() + ":" + server.port() + "/loket";
    }

    private static String keyFile() {
        return TestApps.keyFile(dataDir).toString();
    }

    private static String probe(Pc pc, String... args) throws Exception {
        return output(start(pc, args));
    }

    private static Process start(Pc pc, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of("ip", "netns", "exec", pc.namespace(),
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), LanProbe.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }

    private static String output(Process process) throws Exception {
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the probe did not finish within 120 s");
        }
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        return out.lines().reduce((first, second) -> second).orElse("");
    }

    private static void requireNamespaces() throws Exception {
        boolean possible;
        try {
            possible = new ProcessBuilder("ip", "netns", "list").start().waitFor() == 0
                    && "root".equals(System.getProperty("user.name"));
        } catch (IOException e) {
            possible = false;
        }
        if (!possible) {
            if ("1".equals(System.getenv("LOKET_REQUIRE_DEVICE_PEERS"))) {
                throw new AssertionError("network namespaces need root and iproute2 (ip), and "
                        + "LOKET_REQUIRE_DEVICE_PEERS=1 requires them (see .ci/run)");
            }
            Assumptions.abort("network namespaces need root and iproute2 (ip)");
        }
    }

    private static void run(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(10, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new AssertionError(String.join(" ", command) + " failed: " + out);
        }
    }
}
