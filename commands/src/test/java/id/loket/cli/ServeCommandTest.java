package id.loket.cli;

import static org.assertj.core.api.Assertions.assertThat;

import id.loket.support.TestApps;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code loket serve} refuses to serve without a LAN password; serving itself is tested in LanModeTest. */
class ServeCommandTest {

    @TempDir
    Path dir;

    private final ConsoleInput noTerminal = new ConsoleInput() {
        @Override
        public char[] secret(String prompt) {
            return null;
        }

        @Override
        public String line(String prompt) {
            return null;
        }
    };

    @Test
    void withoutALanPasswordNothingIsServedAndTheFixIsNamed() {
        Path data = dir.resolve("data");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = HeadlessMain.run(new String[] {"--config", TestApps.configFor(data).toString(), "--data-dir", data.toString(),
            "serve"}, new PrintWriter(out, true), new PrintWriter(err, true), noTerminal);

        assertThat(status).isEqualTo(1);
        assertThat(err.toString()).contains("lan.password belum diisi");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void helpSaysWhatItDoes() {
        StringWriter out = new StringWriter();
        assertThat(HeadlessMain.run(new String[] {"serve", "--help"}, new PrintWriter(out, true),
                new PrintWriter(new StringWriter(), true), noTerminal)).isZero();
        assertThat(out.toString()).contains("lan.allowed-addresses", "lan.password");
    }
}
