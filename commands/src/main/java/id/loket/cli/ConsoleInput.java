package id.loket.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * What a command asks the person at the keyboard: a PIN (not echoed when there is a console) or a
 * confirmation. Replaceable, so tests answer without a terminal.
 */
public interface ConsoleInput {

    /** The answer, or null when there is nobody to ask (no console and standard input at its end). */
    char[] secret(String prompt);

    String line(String prompt);

    /** The real terminal; without one (a script), lines come from standard input. */
    static ConsoleInput system(PrintWriter err) {
        return new ConsoleInput() {
            private BufferedReader stdin;

            @Override
            public char[] secret(String prompt) {
                Console console = System.console();
                if (console != null) {
                    return console.readPassword("%s", prompt);
                }
                String answer = line(prompt);
                return answer == null ? null : answer.toCharArray();
            }

            @Override
            public String line(String prompt) {
                Console console = System.console();
                if (console != null) {
                    return console.readLine("%s", prompt);
                }
                err.print(prompt);
                err.flush();
                try {
                    if (stdin == null) {
                        stdin = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
                    }
                    return stdin.readLine();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        };
    }
}
