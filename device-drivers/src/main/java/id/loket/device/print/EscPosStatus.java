package id.loket.device.print;

import id.loket.device.api.DeviceProblem;
import java.util.Optional;

/**
 * What an ESC/POS printer says about itself in answer to DLE EOT (real-time status transmission,
 * {@code 10 04 n}). Each answer is one byte whose bits 1 and 4 are set and bits 0 and 7 clear.
 *
 * <ul>
 *   <li>n=1, printer status: bit 3 off line.</li>
 *   <li>n=2, off-line cause: bit 2 cover open, bit 5 stopped by paper end, bit 6 error.</li>
 *   <li>n=4, roll paper sensor: bits 2-3 paper near its end, bits 5-6 paper end.</li>
 * </ul>
 */
public record EscPosStatus(boolean offline, boolean coverOpen, boolean paperOut, boolean paperLow, boolean error) {

    public static final byte[] PRINTER = {0x10, 0x04, 0x01};
    public static final byte[] OFFLINE_CAUSE = {0x10, 0x04, 0x02};
    public static final byte[] PAPER = {0x10, 0x04, 0x04};

    /** Whether {@code b} has the fixed bits of a status byte. */
    public static boolean valid(int b) {
        return b >= 0 && (b & 0x93) == 0x12;
    }

    /** Reads the three answers (each already checked with {@link #valid}). */
    public static EscPosStatus of(int printer, int offlineCause, int paper) {
        boolean offline = (printer & 0x08) != 0;
        boolean cover = (offlineCause & 0x04) != 0;
        boolean paperEndStop = (offlineCause & 0x20) != 0;
        boolean error = (offlineCause & 0x40) != 0;
        boolean paperOut = (paper & 0x60) != 0 || paperEndStop;
        boolean paperLow = (paper & 0x0C) != 0;
        return new EscPosStatus(offline, cover, paperOut, paperLow, error);
    }

    /** The problem that stops printing, most specific first; empty when the printer can print. */
    public Optional<DeviceProblem> blockingProblem() {
        if (paperOut) {
            return Optional.of(DeviceProblem.PAPER_OUT);
        }
        if (coverOpen) {
            return Optional.of(DeviceProblem.COVER_OPEN);
        }
        if (error) {
            return Optional.of(DeviceProblem.PRINTER_FAULT);
        }
        if (offline) {
            return Optional.of(DeviceProblem.PRINTER_OFFLINE);
        }
        return Optional.empty();
    }
}
