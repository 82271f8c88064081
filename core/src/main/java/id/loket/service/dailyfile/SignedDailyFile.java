package id.loket.service.dailyfile;

import id.loket.domain.dailyfile.DailyFigures;

/**
 * A daily file as read or written: the figures, the fingerprint of the office key that signed them and
 * the Ed25519 signature (Base64) over {@link DailyFileFormat#signedBytes}.
 */
public record SignedDailyFile(DailyFigures figures, String keyFingerprint, String signatureBase64) {
}
