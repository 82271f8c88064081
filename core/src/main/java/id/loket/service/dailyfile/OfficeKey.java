package id.loket.service.dailyfile;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Properties;
import org.bouncycastle.math.ec.rfc8032.Ed25519;

/**
 * An office's public signing key as the kecamatan registers it: the kelurahan it belongs to and the
 * Ed25519 key (X.509, Base64). Its fingerprint (SHA-256 of the key, 16 bytes in hex, in groups of four)
 * is printed on the daily summary sheet, so the kecamatan can compare it with the file it received.
 */
public record OfficeKey(String kelurahanCode, PublicKey key) {

    private static final String ALGORITHM = "Ed25519";
    /** SEQUENCE { SEQUENCE { OID 1.3.101.112 }, BIT STRING (33 bytes) }: RFC 8410's Ed25519 public key. */
    private static final byte[] X509_HEADER = HexFormat.of().parseHex("302a300506032b6570032100");

    /** Reads a key from its Base64 X.509 form. */
    public static OfficeKey of(String kelurahanCode, String base64) {
        try {
            PublicKey key = KeyFactory.getInstance(ALGORITHM)
                    .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64.strip())));
            return new OfficeKey(kelurahanCode, key);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalArgumentException("not an Ed25519 public key: " + e.getMessage(), e);
        }
    }

    /** The exported key file (properties): read back by {@link OfficeKeys}. */
    public String fileText(String officeName) {
        Properties properties = new Properties();
        properties.setProperty("kelurahan", kelurahanCode);
        properties.setProperty("office", officeName);
        properties.setProperty("ed25519", base64());
        properties.setProperty("fingerprint", fingerprint());
        StringBuilder text = new StringBuilder("# Kunci kantor Loket / Loket office key\n");
        for (String name : new String[] {"kelurahan", "office", "ed25519", "fingerprint"}) {
            text.append(name).append('=').append(properties.getProperty(name)
                    .replace("\\", "\\\\").replace("\n", "\\n")).append('\n');
        }
        return text.toString();
    }

    public String base64() {
        return Base64.getEncoder().encodeToString(key.getEncoded());
    }

    /** e.g. {@code 3f2a 91c0 ...}: short enough to read aloud over the phone. */
    public String fingerprint() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getEncoded());
            String hex = HexFormat.of().formatHex(digest, 0, 16);
            StringBuilder grouped = new StringBuilder();
            for (int i = 0; i < hex.length(); i += 4) {
                grouped.append(i == 0 ? "" : " ").append(hex, i, i + 4);
            }
            return grouped.toString();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this JDK has no SHA-256", e);
        }
    }

    /** True when {@code signatureBase64} is this key's signature over {@code signed}. */
    public boolean verifies(byte[] signed, String signatureBase64) {
        return verifier().verifies(signed, signatureBase64);
    }

    /**
     * This key ready to check many signatures: its curve point decoded once. Checked with BouncyCastle's
     * Ed25519 (RFC 8032, the algorithm the JDK signs with): the JDK 17's verification took about 2.5 ms a
     * file, most of a city's merge of 1,770 files (RekapBenchmark).
     */
    public Verifier verifier() {
        return new Verifier(Ed25519.validatePublicKeyPartialExport(rawKey(), 0));
    }

    /** Checks signatures against one office key; safe to share between threads (the point is never changed). */
    public static final class Verifier {

        private final Ed25519.PublicPoint point;

        private Verifier(Ed25519.PublicPoint point) {
            this.point = point;
        }

        public boolean verifies(byte[] signed, String signatureBase64) {
            byte[] signature;
            try {
                signature = Base64.getDecoder().decode(signatureBase64.getBytes(StandardCharsets.US_ASCII));
            } catch (IllegalArgumentException e) {
                return false;
            }
            // A key that is no point of the curve, or a signature of the wrong length, verifies nothing.
            return point != null && signature.length == Ed25519.SIGNATURE_SIZE
                    && Ed25519.verify(signature, 0, point, signed, 0, signed.length);
        }
    }

    /** The 32 bytes of the key: its X.509 form is a fixed 12-byte header for Ed25519, then the key. */
    private byte[] rawKey() {
        byte[] encoded = key.getEncoded();
        int header = encoded.length - Ed25519.PUBLIC_KEY_SIZE;
        if (header != X509_HEADER.length || !Arrays.equals(encoded, 0, header, X509_HEADER, 0, header)) {
            throw new IllegalStateException("not an Ed25519 public key in X.509 form: " + encoded.length + " bytes");
        }
        return Arrays.copyOfRange(encoded, header, encoded.length);
    }
}
