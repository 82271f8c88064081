package id.loket.device.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;

/**
 * Golden files under {@code src/test/resources/golden}. Run the tests with
 * {@code -Dloket.golden.update=true} to write them anew after a deliberate change, then read the
 * difference before committing it.
 */
final class Golden {

    private Golden() {
    }

    static void assertMatches(String name, byte[] actual) throws IOException {
        if (Boolean.getBoolean("loket.golden.update")) {
            Path file = Path.of("src/test/resources/golden", name);
            Files.createDirectories(file.getParent());
            Files.write(file, actual);
            return;
        }
        byte[] expected;
        try (InputStream in = Golden.class.getResourceAsStream("/golden/" + name)) {
            assertThat(in).as("golden file %s (write it with -Dloket.golden.update=true)", name).isNotNull();
            expected = in.readAllBytes();
        }
        if (!java.util.Arrays.equals(expected, actual)) {
            int at = java.util.Arrays.mismatch(expected, actual);
            int from = Math.max(0, at - 8);
            throw new AssertionError("bytes differ from golden " + name + " at offset " + at + " (expected "
                    + expected.length + " bytes, got " + actual.length + "): expected ..."
                    + HexFormat.ofDelimiter(" ").formatHex(expected, from, Math.min(expected.length, at + 8))
                    + " got ..." + HexFormat.ofDelimiter(" ").formatHex(actual, from, Math.min(actual.length, at + 8)));
        }
    }
}
