package id.loket.device.sim;

/** A simulator script that cannot be run; the message names the file and the line. */
public final class SimScriptException extends Exception {

    public SimScriptException(String source, int line, String message) {
        super(source + ", line " + line + ": " + message);
    }
}
