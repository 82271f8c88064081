package id.loket.device.json;

/** Text that is not the JSON expected; the message says what and where (line, column). */
public final class JsonException extends Exception {

    private final int offset;

    public JsonException(String message, int offset) {
        super(message);
        this.offset = offset;
    }

    /** The index in the text where the problem was found. */
    public int offset() {
        return offset;
    }
}
