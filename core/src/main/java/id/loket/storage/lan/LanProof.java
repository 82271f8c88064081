package id.loket.storage.lan;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.Certificate;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import javax.net.ssl.SSLSession;

/**
 * The first bytes inside the TLS connection: the server, then the counter, shows an HMAC-SHA256 under
 * the LAN credential (the LAN password bound to the key file) of the server certificate seen in this
 * connection. Binding the proof to the certificate is what defeats a machine in the middle: it would
 * have to show the counter a certificate of its own, and cannot make the proof for it. The two roles
 * have their own labels, so one side's proof can never be sent back as the other's.
 */
final class LanProof {

    static final int LENGTH = 32;
    /** The server's word after a good counter proof: from here on the bytes are the database's. */
    static final int ACCEPTED = 0x4C; // 'L'

    enum Role {
        SERVER("loket-lan-server-v1"), COUNTER("loket-lan-counter-v1");

        private final String label;

        Role(String label) {
            this.label = label;
        }
    }

    private final byte[] credential;

    LanProof(String credential) {
        this.credential = credential.getBytes(StandardCharsets.UTF_8);
    }

    byte[] of(Role role, SSLSession session, boolean serverSide) throws IOException {
        Certificate[] chain = serverSide ? session.getLocalCertificates() : session.getPeerCertificates();
        try {
            byte[] certificate = MessageDigest.getInstance("SHA-256").digest(chain[0].getEncoded());
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(credential, "HmacSHA256"));
            mac.update(role.label.getBytes(StandardCharsets.US_ASCII));
            mac.update((byte) 0);
            return mac.doFinal(certificate);
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot compute the LAN proof", e);
        }
    }

    /** Reads the other side's proof and compares it in constant time. */
    boolean check(DataInputStream in, byte[] expected) throws IOException {
        byte[] shown = new byte[LENGTH];
        in.readFully(shown);
        return MessageDigest.isEqual(shown, expected);
    }

    static void send(OutputStream out, byte[] proof) throws IOException {
        out.write(proof);
        out.flush();
    }
}
