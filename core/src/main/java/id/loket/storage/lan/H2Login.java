package id.loket.storage.lan;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Optional;

/**
 * The first message an H2 client sends on a TCP connection, read far enough to know which database
 * and which user it asks for: protocol versions (two ints), database name, URL, user name, each
 * string an int length and that many UTF-16 chars. The gate reads it before H2 sees a byte, so no
 * account but the LAN account ever gets as far as H2's password check over the network. Every byte
 * read is kept, to be handed to H2 unchanged.
 *
 * @param database the database name asked for
 * @param user     the user name as H2 will take it (upper case; H2 upper-cases it too)
 * @param bytes    exactly the bytes read
 */
record H2Login(String database, String user, byte[] bytes) {

    /** Longer names are not ours: refused rather than read into memory. */
    static final int MAX_STRING_CHARS = 256;

    /** Reads the login; empty when the stream is not an H2 login of a sane size. */
    static Optional<H2Login> read(InputStream stream) throws IOException {
        ByteArrayOutputStream kept = new ByteArrayOutputStream(128);
        DataInputStream in = new DataInputStream(new InputStream() {
            @Override
            public int read() throws IOException {
                int b = stream.read();
                if (b >= 0) {
                    kept.write(b);
                }
                return b;
            }
        });
        in.readInt(); // the client's lowest protocol version; H2 judges it
        in.readInt(); // and its highest
        // Each string is checked before the next is read: one that is null (H2's cancel message, which
        // the counters never send) or too long ends the reading there.
        Optional<String> database = string(in);
        if (database.isEmpty() || string(in).isEmpty()) {
            return Optional.empty();
        }
        Optional<String> user = string(in);
        return user.map(name -> new H2Login(database.get(), name.toUpperCase(Locale.ROOT), kept.toByteArray()));
    }

    /** One string of H2's wire format; empty for null (length -1) or a length out of bounds. */
    private static Optional<String> string(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > MAX_STRING_CHARS) {
            return Optional.empty();
        }
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(in.readChar());
        }
        return Optional.of(text.toString());
    }
}
