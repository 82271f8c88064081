package id.loket.device.testing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.smartcardio.CardException;
import javax.smartcardio.CardTerminal;
import javax.smartcardio.TerminalFactory;

/**
 * A contactless card on the virtual reader of Debian's vsmartcard packages: pcscd loads the vpcd
 * reader driver ({@code vsmartcard-vpcd}), and the card is played by vicc's Python library
 * ({@code vsmartcard-vpicc}) running {@code src/test/resources/vicc/uid_card.py}.
 *
 * <p>Debian installs the library outside Python's path and it imports {@code Crypto}, which Debian
 * ships as {@code Cryptodome} (python3-pycryptodome); the helper sets both up in a temporary folder.
 */
public final class VirtualCard implements AutoCloseable {

    private static final String LIBRARY = Optional.ofNullable(System.getenv("LOKET_VICC_PYTHONPATH"))
            .orElse("/usr/lib/python3/site-packages/virtualsmartcard");
    private static final String CRYPTODOME = "/usr/lib/python3/dist-packages/Cryptodome";

    private final Process process;

    private VirtualCard(Process process) {
        this.process = process;
    }

    /** What is missing for a virtual card, or empty when everything is there. */
    public static Optional<String> missing(Path work) {
        if (!Files.isDirectory(Path.of(LIBRARY, "virtualsmartcard"))) {
            return Optional.of("vicc's Python library (package vsmartcard-vpicc) at " + LIBRARY);
        }
        try {
            ProcessBuilder builder = new ProcessBuilder(python(), "-c", "import virtualsmartcard.VirtualSmartcard")
                    .redirectErrorStream(true);
            builder.environment().putAll(environment(work));
            Process check = builder.start();
            String out = new String(check.getInputStream().readAllBytes());
            if (!check.waitFor(20, TimeUnit.SECONDS) || check.exitValue() != 0) {
                return Optional.of("vicc's Python library does not load (is python3-pycryptodome installed?): " + out);
            }
        } catch (IOException e) {
            return Optional.of("python3 (" + e.getMessage() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of("interrupted");
        }
        if (vpcdTerminal().isEmpty()) {
            return Optional.of("pcscd with the vpcd reader (packages pcscd, vsmartcard-vpcd; start pcscd)");
        }
        return Optional.empty();
    }

    /** The name of vpcd's first reader, if pcscd runs with it. */
    public static Optional<String> vpcdTerminal() {
        try {
            List<CardTerminal> terminals = TerminalFactory.getInstance("PC/SC", null).terminals().list();
            return terminals.stream().map(CardTerminal::getName).filter(n -> n.startsWith("Virtual PCD")).sorted()
                    .findFirst();
        } catch (java.security.NoSuchAlgorithmException | CardException e) {
            return Optional.empty();
        }
    }

    /** Puts a card with this UID on the virtual reader; {@code mode} is ok or unreadable. */
    public static VirtualCard insert(Path work, String uidHex, String mode) throws IOException {
        Path script = work.resolve("uid_card.py");
        try (InputStream in = VirtualCard.class.getResourceAsStream("/vicc/uid_card.py")) {
            Files.copy(in, script, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        ProcessBuilder builder = new ProcessBuilder(python(), script.toString(), uidHex, mode)
                .redirectErrorStream(true).redirectOutput(work.resolve("vicc.log").toFile());
        builder.environment().putAll(environment(work));
        return new VirtualCard(builder.start());
    }

    public boolean running() {
        return process.isAlive();
    }

    /**
     * Takes the card away: vicc ends, and this waits until pcscd no longer sees a card, so the next
     * card starts from an empty reader.
     */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Await.until(java.time.Duration.ofSeconds(5), "the virtual reader to be empty", VirtualCard::readerEmpty);
    }

    private static boolean readerEmpty() {
        try {
            for (CardTerminal terminal : TerminalFactory.getInstance("PC/SC", null).terminals().list()) {
                if (terminal.getName().startsWith("Virtual PCD") && terminal.isCardPresent()) {
                    return false;
                }
            }
            return true;
        } catch (java.security.NoSuchAlgorithmException | CardException e) {
            return true;
        }
    }

    private static String python() {
        return Files.isExecutable(Path.of("/usr/bin/python3")) ? "/usr/bin/python3" : "python3";
    }

    private static Map<String, String> environment(Path work) throws IOException {
        Path shim = work.resolve("pyshim");
        Files.createDirectories(shim);
        Path crypto = shim.resolve("Crypto");
        if (!Files.exists(crypto, java.nio.file.LinkOption.NOFOLLOW_LINKS) && Files.isDirectory(Path.of(CRYPTODOME))) {
            Files.createSymbolicLink(crypto, Path.of(CRYPTODOME));
        }
        return Map.of("PYTHONPATH", shim + java.io.File.pathSeparator + LIBRARY, "PYTHONDONTWRITEBYTECODE", "1");
    }
}
