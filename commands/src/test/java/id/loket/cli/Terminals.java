package id.loket.cli;

/** Terminals for the command tests: a person at the keyboard who answers only what a test needs. */
public final class Terminals {

    private Terminals() {
    }

    /** A terminal where every PIN asked is {@code pin} and nothing else is answered. */
    public static ConsoleInput answeringPin(String pin) {
        return new ConsoleInput() {
            @Override
            public char[] secret(String prompt) {
                return pin.toCharArray();
            }

            @Override
            public String line(String prompt) {
                return null;
            }
        };
    }
}
