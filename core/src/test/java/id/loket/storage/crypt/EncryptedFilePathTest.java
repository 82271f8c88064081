package id.loket.storage.crypt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Random;
import org.h2.store.fs.FilePath;
import org.h2.store.fs.encrypt.FileEncrypt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Our encrypted files against H2's own {@code CIPHER=AES}: each must read what the other wrote. */
class EncryptedFilePathTest {

    private static final String FILE_PASSWORD = "0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0";
    private static final String SECRET_NAME = "Siti Nur'aini binti Abdullah";

    @TempDir
    Path dir;

    @Test
    void opensADatabaseThatH2EncryptedItself() throws SQLException {
        String plainName = dir.resolve("h2made").toString();
        try (Connection h2 = DriverManager.getConnection("jdbc:h2:file:" + plainName + ";CIPHER=AES", "sa",
                FILE_PASSWORD + " pw")) {
            store(h2);
        }
        try (EncryptedFilePath.Key key = EncryptedFilePath.register(FILE_PASSWORD.toCharArray());
             Connection ours = DriverManager.getConnection("jdbc:h2:" + key.name(dir.resolve("h2made")), "sa", "pw")) {
            assertThat(read(ours)).isEqualTo(SECRET_NAME);
        }
    }

    @Test
    void h2OpensADatabaseThatWeEncrypted() throws SQLException, IOException {
        try (EncryptedFilePath.Key key = EncryptedFilePath.register(FILE_PASSWORD.toCharArray());
             Connection ours = DriverManager.getConnection("jdbc:h2:" + key.name(dir.resolve("ours")), "sa", "pw")) {
            store(ours);
        }
        byte[] stored = Files.readAllBytes(dir.resolve("ours.mv.db"));
        assertThat(new String(stored, StandardCharsets.ISO_8859_1)).startsWith("H2encrypt\n")
                .doesNotContain("Siti").doesNotContain("H:2,");
        try (Connection h2 = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("ours") + ";CIPHER=AES", "sa",
                FILE_PASSWORD + " pw")) {
            assertThat(read(h2)).isEqualTo(SECRET_NAME);
        }
    }

    @Test
    void unalignedWritesAndReadsMatchH2sCipherByteForByte() throws IOException {
        Path file = dir.resolve("random.bin");
        byte[] model = new byte[0];
        Random random = new Random(42);
        try (EncryptedFilePath.Key key = EncryptedFilePath.register(FILE_PASSWORD.toCharArray());
             FileChannel ours = FilePath.get(key.name(file)).open("rw")) {
            for (int step = 0; step < 300; step++) {
                int position = random.nextInt(40_000);
                byte[] bytes = new byte[1 + random.nextInt(random.nextBoolean() ? 50 : 9_000)];
                random.nextBytes(bytes);
                ours.write(ByteBuffer.wrap(bytes), position);
                model = Arrays.copyOf(model, Math.max(model.length, position + bytes.length));
                System.arraycopy(bytes, 0, model, position, bytes.length);
                if (step % 50 == 49) {
                    int cut = random.nextInt(model.length);
                    ours.truncate(cut);
                    model = Arrays.copyOf(model, cut);
                }
                assertThat(ours.size()).isEqualTo(model.length);
            }
            assertThat(readAll(ours, model.length)).isEqualTo(model);
        }
        try (EncryptedFilePath.Key key = EncryptedFilePath.register(FILE_PASSWORD.toCharArray());
             FileChannel reopened = FilePath.get(key.name(file)).open("r")) {
            assertThat(reopened.size()).isEqualTo(model.length);
        }
        byte[] h2Password = EncryptedFilePath.passwordBytes(FILE_PASSWORD.toCharArray());
        try (FileChannel h2 = new FileEncrypt("random.bin", h2Password,
                FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE))) {
            assertThat(h2.size()).isEqualTo(model.length);
            assertThat(readAll(h2, model.length)).isEqualTo(model);
        }
    }

    @Test
    void aStreamOfUnevenPiecesReadsBackWhole() throws IOException {
        byte[] content = new byte[3 * 4096 * 7 + 1234];
        new Random(3).nextBytes(content);
        Path file = dir.resolve("stream.bin");
        try (EncryptedFilePath.Key key = EncryptedFilePath.register(FILE_PASSWORD.toCharArray())) {
            try (OutputStream out = FilePath.get(key.name(file)).newOutputStream(false)) {
                Random pieces = new Random(5);
                for (int at = 0; at < content.length; ) {
                    // Pieces that end on sector boundaries too, as a zip's last bytes might.
                    int piece = Math.min(content.length - at, pieces.nextBoolean() ? 4096 - at % 4096 : 1 + pieces.nextInt(700));
                    out.write(content, at, piece);
                    at += piece;
                }
            }
            try (InputStream in = key.openForReading(file)) {
                assertThat(in.readAllBytes()).isEqualTo(content);
            }
        }
    }

    @Test
    void tellsWhetherAKeyFitsAFile() throws IOException {
        Path file = dir.resolve("probe.bin");
        try (EncryptedFilePath.Key key = EncryptedFilePath.register(FILE_PASSWORD.toCharArray());
             FileChannel ours = FilePath.get(key.name(file)).open("rw")) {
            ours.write(ByteBuffer.wrap("H:2,block:2".getBytes(StandardCharsets.ISO_8859_1)), 0);
        }
        byte[] expected = "H:2,".getBytes(StandardCharsets.ISO_8859_1);
        try (EncryptedFilePath.Key right = EncryptedFilePath.register(FILE_PASSWORD.toCharArray());
             EncryptedFilePath.Key wrong = EncryptedFilePath.register("another key".toCharArray())) {
            assertThat(right.decryptsTo(file, expected)).isTrue();
            assertThat(wrong.decryptsTo(file, expected)).isFalse();
        }
    }

    @Test
    void refusesAFileWithoutTheHeaderAndAKeyThatWasForgotten() throws IOException {
        Path plain = Files.writeString(dir.resolve("plain.mv.db"), "H:2,block:2,blockSize:1000".repeat(200));
        EncryptedFilePath.Key key = EncryptedFilePath.register(FILE_PASSWORD.toCharArray());
        try (FileChannel channel = FilePath.get(key.name(plain)).open("r")) {
            assertThatThrownBy(channel::size).isInstanceOf(IOException.class).hasMessageContaining("not an encrypted file");
        }
        key.close();
        assertThatThrownBy(() -> FilePath.get(key.name(dir.resolve("other.mv.db"))).open("rw"))
                .isInstanceOf(IOException.class).hasMessageContaining("No key is registered");
    }

    @Test
    void oneKeyRegisteredTwiceNamesFilesAlikeUntilBothAreClosed() throws IOException {
        Path file = dir.resolve("shared.bin");
        EncryptedFilePath.Key first = EncryptedFilePath.register(FILE_PASSWORD.toCharArray());
        EncryptedFilePath.Key second = EncryptedFilePath.register(FILE_PASSWORD.toCharArray());
        try (EncryptedFilePath.Key other = EncryptedFilePath.register("another key".toCharArray())) {
            assertThat(second.name(file)).isEqualTo(first.name(file)).isNotEqualTo(other.name(file));
        }
        first.close();
        first.close();
        try (FileChannel stillKnown = FilePath.get(second.name(file)).open("rw")) {
            stillKnown.write(ByteBuffer.wrap(new byte[] {1, 2, 3}), 0);
        }
        second.close();
        assertThatThrownBy(() -> FilePath.get(second.name(file)).open("rw")).isInstanceOf(IOException.class);
    }

    @Test
    void leavesTheLockFileAndTraceLogAsTheyAre() throws IOException {
        try (EncryptedFilePath.Key key = EncryptedFilePath.register(FILE_PASSWORD.toCharArray())) {
            try (var out = FilePath.get(key.name(dir.resolve("loket.trace.db"))).newOutputStream(false)) {
                out.write("plain log line".getBytes(StandardCharsets.UTF_8));
            }
        }
        assertThat(Files.readString(dir.resolve("loket.trace.db"))).isEqualTo("plain log line");
    }

    private static void store(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("CREATE TABLE head (name VARCHAR(100))");
            s.execute("INSERT INTO head VALUES ('" + SECRET_NAME.replace("'", "''") + "')");
        }
    }

    private static String read(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rows = s.executeQuery("SELECT name FROM head")) {
            rows.next();
            return rows.getString(1);
        }
    }

    private static byte[] readAll(FileChannel channel, int length) throws IOException {
        ByteBuffer all = ByteBuffer.allocate(length);
        Random random = new Random(7);
        while (all.hasRemaining()) {
            // In uneven pieces, so that reads start and end inside sectors.
            ByteBuffer piece = all.slice().limit(Math.min(all.remaining(), 1 + random.nextInt(6_000)));
            int read = channel.read(piece, all.position());
            all.position(all.position() + read);
        }
        return all.array();
    }
}
