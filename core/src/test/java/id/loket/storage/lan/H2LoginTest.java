package id.loket.storage.lan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The gate's reading of H2's first message, as H2's client writes it (two ints, then UTF-16 strings). */
class H2LoginTest {

    @Test
    void readsTheDatabaseAndUserAndKeepsEveryByteRead() throws IOException {
        byte[] login = login("loket", "jdbc:h2:tcp://10.0.0.1/loket", "loket_lan");
        byte[] rest = {1, 2, 3};
        byte[] stream = concat(login, rest);

        H2Login read = H2Login.read(new ByteArrayInputStream(stream)).orElseThrow();

        assertThat(read.database()).isEqualTo("loket");
        assertThat(read.user()).as("upper case, as H2 takes it").isEqualTo("LOKET_LAN");
        assertThat(read.bytes()).isEqualTo(login);
    }

    @Test
    void h2sCancelMessageWithoutADatabaseIsNoLogin() throws IOException {
        assertThat(H2Login.read(new ByteArrayInputStream(login(null, null, "x")))).isEmpty();
    }

    @Test
    void aHugeNameIsRefusedWithoutReadingIt() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeInt(17);
        out.writeInt(20);
        out.writeInt(Integer.MAX_VALUE);
        assertThat(H2Login.read(new ByteArrayInputStream(bytes.toByteArray()))).isEmpty();
    }

    @Test
    void junkEndsAsACutConnectionOrNoLogin() {
        Random random = new Random(12);
        for (int i = 0; i < 200; i++) {
            byte[] junk = new byte[random.nextInt(64)];
            random.nextBytes(junk);
            try {
                assertThat(H2Login.read(new ByteArrayInputStream(junk))).satisfiesAnyOf(
                        login -> assertThat(login).isEmpty(),
                        login -> assertThat(login.get().user()).hasSizeLessThanOrEqualTo(H2Login.MAX_STRING_CHARS));
            } catch (IOException e) {
                assertThat(e).isInstanceOf(EOFException.class);
            }
        }
    }

    @Test
    void aLoginCutShortIsACutConnection() throws IOException {
        byte[] login = login("loket", "url", "LOKET_LAN");
        assertThatThrownBy(() -> H2Login.read(new ByteArrayInputStream(Arrays.copyOf(login, login.length - 3))))
                .isInstanceOf(EOFException.class);
    }

    private static byte[] login(String database, String url, String user) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeInt(17);
        out.writeInt(20);
        for (String text : new String[] {database, url, user}) {
            if (text == null) {
                out.writeInt(-1);
            } else {
                out.writeInt(text.length());
                out.writeChars(text);
            }
        }
        return bytes.toByteArray();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }
}
