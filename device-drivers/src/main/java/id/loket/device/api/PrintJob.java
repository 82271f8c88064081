package id.loket.device.api;

import java.util.Objects;

/**
 * One document to print.
 *
 * @param name   a short name for the spooler and the file name, e.g. {@code A-023} or {@code REG-000001}
 * @param format what {@link #content()} is
 */
public record PrintJob(String name, Format format, byte[] content) {

    public enum Format {
        /** A PDF document (what Loket's document pipeline makes). */
        PDF,
        /** Raw ESC/POS bytes for a thermal printer, sent unchanged. */
        ESC_POS
    }

    public PrintJob {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(content, "content");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a print job needs a name");
        }
        content = content.clone();
    }

    public static PrintJob pdf(String name, byte[] pdf) {
        return new PrintJob(name, Format.PDF, pdf);
    }

    public static PrintJob escPos(String name, byte[] bytes) {
        return new PrintJob(name, Format.ESC_POS, bytes);
    }

    @Override
    public byte[] content() {
        return content.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PrintJob that && name.equals(that.name) && format == that.format
                && java.util.Arrays.equals(content, that.content);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, format, java.util.Arrays.hashCode(content));
    }

    @Override
    public String toString() {
        return "PrintJob[" + name + ", " + format + ", " + content.length + " bytes]";
    }
}
