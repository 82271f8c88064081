package id.loket.device.serial;

import id.loket.device.api.DeviceProblem;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Objects;

/**
 * Cuts a stream of bytes from a serial scanner into codes. Pure: no threads, no clock of its own (the
 * caller passes the time of each read), so it can be fuzzed.
 *
 * <p>Rules, whatever way the bytes are split across reads:
 * <ul>
 *   <li>A frame ends at the configured {@link Delimiter}. With CR, an LF right after the CR belongs to
 *       the end mark; with LF, a CR right before the LF does. So a scanner sending CRLF never leaves a
 *       stray byte at the start of the next code.</li>
 *   <li>An empty frame (two end marks in a row) is not a code and is dropped.</li>
 *   <li>A frame must be valid UTF-8 without control characters other than TAB, EOT, FS, GS, RS and US
 *       (GS1 and ISO 15434 codes use those); otherwise it is a {@link DeviceProblem#GARBAGE_FRAME}.</li>
 *   <li>A frame longer than the limit is a {@link DeviceProblem#FRAME_TOO_LONG}; the bytes up to the
 *       next end mark are dropped with it.</li>
 *   <li>When a frame has begun and no byte came for longer than the stale time, the partial frame is a
 *       {@link DeviceProblem#TIMEOUT} (a code whose end mark never came).</li>
 * </ul>
 * Every bad frame gives exactly one error. Not thread-safe: the owner serialises calls.
 */
public final class FrameDecoder {

    private static final byte CR = 0x0D;
    private static final byte LF = 0x0A;
    private static final int DETAIL_BYTES = 16;

    private final Delimiter delimiter;
    private final int maxLength;
    private final long staleNanos;
    private final FrameSink sink;
    private final CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);

    private final byte[] buffer;
    private int length;
    /** Bytes dropped since the frame overflowed; 0 when it did not. */
    private long overflowed;
    /** LF and CRLF modes: a CR was seen and may be the first half of a CRLF end mark. */
    private boolean pendingCr;
    /** CR mode: the last byte ended a frame with CR, so an LF now belongs to that end mark. */
    private boolean afterCr;
    private long lastByteNanos;

    /**
     * @param maxLength  the longest frame in bytes, at least 1
     * @param staleNanos how long a begun frame may wait for its next byte; 0 for no limit
     */
    public FrameDecoder(Delimiter delimiter, int maxLength, long staleNanos, FrameSink sink) {
        this.delimiter = Objects.requireNonNull(delimiter, "delimiter");
        if (maxLength < 1) {
            throw new IllegalArgumentException("maxLength must be at least 1");
        }
        if (staleNanos < 0) {
            throw new IllegalArgumentException("staleNanos must not be negative");
        }
        this.maxLength = maxLength;
        this.staleNanos = staleNanos;
        this.sink = Objects.requireNonNull(sink, "sink");
        this.buffer = new byte[maxLength];
    }

    public void feed(byte[] bytes, long nowNanos) {
        feed(bytes, 0, bytes.length, nowNanos);
    }

    /** Takes the bytes of one read, received at {@code nowNanos}. */
    public void feed(byte[] bytes, int offset, int count, long nowNanos) {
        Objects.checkFromIndexSize(offset, count, bytes.length);
        if (count == 0) {
            return;
        }
        expireStale(nowNanos);
        for (int i = offset; i < offset + count; i++) {
            accept(bytes[i]);
        }
        lastByteNanos = nowNanos;
    }

    /** Reports a begun frame that went stale; call it now and then when no bytes come. */
    public void tick(long nowNanos) {
        expireStale(nowNanos);
    }

    /** Whether part of a frame is waiting for more bytes. */
    public boolean inFrame() {
        return length > 0 || overflowed > 0 || pendingCr;
    }

    /** Drops a partial frame without a report, e.g. when the port closed under it. */
    public int reset() {
        int dropped = length + (pendingCr ? 1 : 0);
        length = 0;
        overflowed = 0;
        pendingCr = false;
        afterCr = false;
        return dropped;
    }

    private void expireStale(long nowNanos) {
        if (staleNanos == 0) {
            return;
        }
        boolean stale = nowNanos - lastByteNanos > staleNanos;
        if (stale && inFrame()) {
            long bytes = length + overflowed + (pendingCr ? 1 : 0);
            String detail = "incomplete frame: " + bytes + " bytes and no " + delimiter + " within "
                    + (staleNanos / 1_000_000) + " ms" + head();
            reset();
            sink.error(DeviceProblem.TIMEOUT, detail);
        } else if (stale) {
            afterCr = false;
        }
    }

    private void accept(byte b) {
        switch (delimiter) {
            case CR -> {
                if (b == CR) {
                    endFrame();
                    afterCr = true;
                    return;
                }
                if (b == LF && afterCr) {
                    afterCr = false;
                    return;
                }
                afterCr = false;
                append(b);
            }
            case LF, CRLF -> {
                if (pendingCr) {
                    pendingCr = false;
                    if (b == LF) {
                        endFrame();
                        return;
                    }
                    append(CR);
                }
                if (b == CR) {
                    pendingCr = true;
                    return;
                }
                if (b == LF && delimiter == Delimiter.LF) {
                    endFrame();
                    return;
                }
                append(b);
            }
        }
    }

    private void append(byte b) {
        if (overflowed > 0) {
            overflowed++;
        } else if (length == maxLength) {
            overflowed = length + 1L;
            // Keep the first bytes for the log; the rest of the frame is dropped.
            length = Math.min(length, DETAIL_BYTES);
        } else {
            buffer[length++] = b;
        }
    }

    private void endFrame() {
        if (overflowed > 0) {
            String detail = "frame of " + overflowed + " bytes, longer than " + maxLength + head();
            reset();
            sink.error(DeviceProblem.FRAME_TOO_LONG, detail);
            return;
        }
        if (length == 0) {
            return;
        }
        String payload;
        try {
            CharBuffer chars = utf8.reset().decode(ByteBuffer.wrap(buffer, 0, length));
            payload = chars.toString();
        } catch (CharacterCodingException e) {
            String detail = "frame of " + length + " bytes is not UTF-8" + head();
            length = 0;
            sink.error(DeviceProblem.GARBAGE_FRAME, detail);
            return;
        }
        int bad = firstForbidden(payload);
        if (bad >= 0) {
            String detail = "frame of " + length + " bytes has control character U+"
                    + String.format("%04X", (int) payload.charAt(bad)) + head();
            length = 0;
            sink.error(DeviceProblem.GARBAGE_FRAME, detail);
            return;
        }
        length = 0;
        sink.frame(payload);
    }

    /** The index of the first character not allowed in a code, or -1. */
    static int firstForbidden(String payload) {
        for (int i = 0; i < payload.length(); i++) {
            if (!allowed(payload.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    static boolean allowed(char c) {
        if (c < 0x20) {
            return c == 0x09 || c == 0x04 || (c >= 0x1C && c <= 0x1F);
        }
        return c != 0x7F && !(c >= 0x80 && c <= 0x9F);
    }

    private String head() {
        int n = Math.min(length, DETAIL_BYTES);
        return n == 0 ? "" : "; starts " + HexFormat.ofDelimiter(" ").formatHex(buffer, 0, n);
    }
}
