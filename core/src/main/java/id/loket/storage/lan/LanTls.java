package id.loket.storage.lan;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

/**
 * TLS for the office LAN: the traffic between a counter and the server PC is encrypted (TLS 1.3), and
 * each side proves it holds the office's key file and LAN password before a byte of the database
 * passes ({@link LanProof}).
 *
 * <p>Why not H2's own {@code ssl://} transport: without a keystore of our own it falls back to a
 * certificate whose private key is published in H2's source, and it configures TLS through JVM-wide
 * system properties. Here the server makes a fresh key pair at every start and the counters do not
 * trust it because of a certificate authority but because the server proves, over the certificate it
 * showed, that it knows the office's secret: a machine in the middle, with a certificate of its own,
 * cannot make that proof, and the counter hangs up before it sends anything.
 */
final class LanTls {

    static final String PROTOCOL = "TLSv1.3";
    private static final String ALIAS = "loket-lan";

    private LanTls() {
    }

    /** The server's TLS context with a new self-signed P-256 certificate, made by the JDK's own keytool. */
    static SSLContext serverContext() throws IOException, GeneralSecurityException {
        char[] password = HexFormat.of().formatHex(SecureRandom.getSeed(16)).toCharArray();
        Path dir = privateTempDirectory();
        Path store = dir.resolve("server.p12");
        try {
            runKeytool(store, password);
            KeyStore keys = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(store)) {
                keys.load(in, password);
            }
            KeyManagerFactory managers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            managers.init(keys, password);
            SSLContext context = SSLContext.getInstance(PROTOCOL);
            context.init(managers.getKeyManagers(), null, new SecureRandom());
            return context;
        } finally {
            Files.deleteIfExists(store);
            Files.deleteIfExists(dir);
        }
    }

    /**
     * The counter's TLS context. It accepts the server's self-signed certificate during the handshake;
     * the server is then held to {@link LanProof} over that very certificate before anything is sent.
     */
    static SSLContext clientContext() throws GeneralSecurityException {
        SSLContext context = SSLContext.getInstance(PROTOCOL);
        context.init(null, new TrustManager[] {new ProvenLaterTrust()}, new SecureRandom());
        return context;
    }

    /** Only TLS 1.3: its handshake hides the certificate from an eavesdropper and has forward secrecy. */
    static void restrict(SSLSocket socket) {
        socket.setEnabledProtocols(new String[] {PROTOCOL});
    }

    /** The key pair exists on disk only for the moment keytool needs, in a folder only this user can enter. */
    private static Path privateTempDirectory() throws IOException {
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return Files.createTempDirectory("loket-lan-tls",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        }
        return Files.createTempDirectory("loket-lan-tls");
    }

    private static void runKeytool(Path store, char[] password) throws IOException {
        String executable = Path.of(System.getProperty("java.home"), "bin",
                System.getProperty("os.name").startsWith("Windows") ? "keytool.exe" : "keytool").toString();
        String pass = new String(password);
        List<String> command = List.of(executable, "-genkeypair", "-alias", ALIAS, "-keyalg", "EC",
                "-groupname", "secp256r1", "-sigalg", "SHA256withECDSA", "-dname", "CN=Loket LAN server",
                "-validity", "3650", "-storetype", "PKCS12", "-keystore", store.toString(),
                "-storepass", pass, "-keypass", pass);
        Process keytool = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            String output = new String(keytool.getInputStream().readAllBytes());
            if (!keytool.waitFor(60, TimeUnit.SECONDS) || keytool.exitValue() != 0) {
                throw new IOException("keytool could not make the LAN certificate: " + output.strip());
            }
        } catch (InterruptedException e) {
            keytool.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while making the LAN certificate", e);
        }
    }

    /** Defers the judgement of the server's certificate to the key-bound proof that follows the handshake. */
    private static final class ProvenLaterTrust implements X509TrustManager {
        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) {
            throw new UnsupportedOperationException("a counter never accepts TLS connections");
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) {
            // Accepted here, checked by LanProof once the handshake is over (see the class comment).
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }
}
