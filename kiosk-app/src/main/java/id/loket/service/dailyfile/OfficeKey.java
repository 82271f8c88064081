package id.loket.service.dailyfile;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Properties;

/**
 * An office's public signing key as the kecamatan registers it: the kelurahan it belongs to and the
 * Ed25519 key (X.509, Base64). Its fingerprint (SHA-256 of the key, 16 bytes in hex, in groups of four)
 * is printed on the daily summary sheet, so the kecamatan can compare it with the file it received.
 */
public record OfficeKey(String kelurahanCode, PublicKey key) {

    private static final String ALGORITHM = "Ed25519";

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
        byte[] signature;
        try {
            signature = Base64.getDecoder().decode(signatureBase64.getBytes(StandardCharsets.US_ASCII));
        } catch (IllegalArgumentException e) {
            return false;
        }
        try {
            Signature verifier = Signature.getInstance(ALGORITHM);
            verifier.initVerify(key);
            verifier.update(signed);
            return verifier.verify(signature);
        } catch (java.security.SignatureException e) {
            // A signature of the wrong length or shape is simply not this key's signature.
            return false;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this JDK has no Ed25519 (JDK 15 or newer is needed)", e);
        }
    }
}
