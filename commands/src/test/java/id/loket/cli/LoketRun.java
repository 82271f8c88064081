package id.loket.cli;

import id.loket.support.TestApps;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A test office's data folder run through {@code loket} in this process, as the command tests do:
 * {@code --config} and {@code --data-dir} put in front, the PIN prompt answered (the demo lurah's
 * unless a test says otherwise), standard output and error kept across runs for the assertions.
 */
final class LoketRun {

    /** The demo data's supervisor PIN ({@code lurah}). */
    static final String LURAH_PIN = "999999";

    private final Path data;
    private final Path config;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private String pin = LURAH_PIN;
    private String user;

    /** A run against {@code data}, with a config file beside it holding the test key and {@code configLines}. */
    LoketRun(Path data, String... configLines) {
        this.data = data;
        this.config = TestApps.configFor(data, configLines);
    }

    /** Every later {@link #run} signs in as {@code name} ({@code --user NAME} in front of the command). */
    LoketRun user(String name) {
        this.user = name;
        return this;
    }

    /** The PIN the prompt is answered with from now on. */
    LoketRun pin(String answer) {
        this.pin = answer;
        return this;
    }

    /** Runs {@code loket} with these arguments and returns its exit status. */
    int run(String... args) {
        List<String> all = new ArrayList<>(List.of("--config", config.toString(), "--data-dir", data.toString()));
        if (user != null) {
            all.addAll(List.of("--user", user));
        }
        all.addAll(List.of(args));
        ConsoleInput console = new ConsoleInput() {
            @Override
            public char[] secret(String prompt) {
                return pin.toCharArray();
            }

            @Override
            public String line(String prompt) {
                return null;
            }
        };
        return HeadlessMain.run(all.toArray(String[]::new), new PrintWriter(out, true), new PrintWriter(err, true), console);
    }

    /** Like {@link #run}, signed in as {@code name} this once. */
    int runAs(String name, String... args) {
        String usual = user;
        user = name;
        try {
            return run(args);
        } finally {
            user = usual;
        }
    }

    /** All the runs' standard output so far. */
    String out() {
        return out.toString();
    }

    /** All the runs' standard error so far. */
    String err() {
        return err.toString();
    }
}
