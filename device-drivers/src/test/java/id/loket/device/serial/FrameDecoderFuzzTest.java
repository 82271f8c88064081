package id.loket.device.serial;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Feeds the decoder a few hundred thousand random, mutated and adversarial frames, cut into reads at
 * random points, and compares what it reports with a reference that sees the whole stream at once and
 * is written differently (whole-array scan, String round trip for UTF-8). No exception may escape, the
 * way bytes are split must not matter, every good frame must come out exactly and every bad one as
 * one error.
 */
class FrameDecoderFuzzTest {

    private static final int MAX = 64;
    private static final long SEED = 20_260_301L;

    @Test
    void randomAndMutatedStreamsMatchTheReferenceWhateverTheSplit() {
        SplittableRandom random = new SplittableRandom(SEED);
        long frames = 0;
        long errors = 0;
        long codes = 0;
        int streams = 0;
        while (frames < 300_000) {
            Delimiter delimiter = Delimiter.values()[random.nextInt(3)];
            int count = 1 + random.nextInt(40);
            byte[] stream = stream(random, delimiter, count);
            if (random.nextInt(3) == 0) {
                stream = mutate(random, stream);
            }
            List<String> expected = reference(stream, delimiter);
            for (int split = 0; split < 2; split++) {
                Recorded sink = new Recorded();
                FrameDecoder decoder = new FrameDecoder(delimiter, MAX, 0, sink);
                int at = 0;
                while (at < stream.length) {
                    int n = split == 0 ? 1 + random.nextInt(Math.max(1, stream.length - at))
                            : 1 + random.nextInt(Math.min(7, stream.length - at));
                    decoder.feed(stream, at, n, 0);
                    at += n;
                }
                assertThat(sink.events).as("stream %s with %s", Arrays.toString(stream), delimiter)
                        .isEqualTo(expected);
                for (String event : sink.events) {
                    if (event.startsWith("frame:")) {
                        String payload = event.substring(6);
                        assertThat(payload.getBytes(StandardCharsets.UTF_8).length).isBetween(1, MAX);
                        assertThat(FrameDecoder.firstForbidden(payload)).isEqualTo(-1);
                    }
                }
            }
            for (String event : expected) {
                if (event.startsWith("error:")) {
                    errors++;
                } else {
                    codes++;
                }
            }
            frames += count;
            streams++;
        }
        System.out.printf("FrameDecoder fuzz: %d frames in %d streams, each split two ways: %d codes, %d errors%n",
                frames, streams, codes, errors);
        assertThat(codes).isGreaterThan(frames / 10);
        assertThat(errors).isGreaterThan(frames / 10);
    }

    @Test
    void pureNoiseNeverEscapesAsAnException() {
        SplittableRandom random = new SplittableRandom(SEED + 1);
        Recorded sink = new Recorded();
        FrameDecoder decoder = new FrameDecoder(Delimiter.CRLF, MAX, 1_000_000L, sink);
        long now = 0;
        for (int i = 0; i < 100_000; i++) {
            byte[] noise = new byte[1 + random.nextInt(32)];
            for (int j = 0; j < noise.length; j++) {
                noise[j] = (byte) random.nextInt(256);
            }
            now += random.nextInt(3) * 800_000L;
            decoder.feed(noise, now);
            if (random.nextInt(10) == 0) {
                decoder.tick(now + 2_000_000L);
            }
        }
        assertThat(sink.events).allMatch(e -> e.startsWith("frame:") || e.startsWith("error:"));
        assertThat(sink.events).anyMatch(e -> e.startsWith("error:TIMEOUT"));
    }

    /** Frames of many kinds, each followed by an end mark (mostly the configured one). */
    private static byte[] stream(SplittableRandom random, Delimiter delimiter, int count) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < count; i++) {
            byte[] body = switch (random.nextInt(8)) {
                case 0, 1, 2 -> text(random, 1 + random.nextInt(40)).getBytes(StandardCharsets.UTF_8);
                case 3 -> unicode(random, 1 + random.nextInt(12)).getBytes(StandardCharsets.UTF_8);
                case 4 -> noise(random, 1 + random.nextInt(20));
                case 5 -> text(random, MAX - 2 + random.nextInt(5)).getBytes(StandardCharsets.UTF_8);
                case 6 -> text(random, MAX + random.nextInt(200)).getBytes(StandardCharsets.UTF_8);
                default -> new byte[0];
            };
            out.writeBytes(body);
            int pick = random.nextInt(10);
            Delimiter end = pick < 7 ? delimiter : Delimiter.values()[random.nextInt(3)];
            out.writeBytes(switch (end) {
                case CR -> new byte[] {13};
                case LF -> new byte[] {10};
                case CRLF -> new byte[] {13, 10};
            });
        }
        return out.toByteArray();
    }

    private static String text(SplittableRandom random, int length) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < length; i++) {
            int pick = random.nextInt(40);
            s.append(pick == 0 ? '\u001d' : pick == 1 ? '\t' : (char) (0x20 + random.nextInt(0x5F)));
        }
        return s.toString();
    }

    private static String unicode(SplittableRandom random, int length) {
        int[] points = {0xE9, 0x2014, 0x2116, 0x2713, 0x1F600, 0x4E2D, 0x41, 0x85, 0xFFFD};
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < length; i++) {
            s.appendCodePoint(points[random.nextInt(points.length)]);
        }
        return s.toString();
    }

    private static byte[] noise(SplittableRandom random, int length) {
        byte[] bytes = new byte[length];
        for (int i = 0; i < length; i++) {
            bytes[i] = (byte) random.nextInt(256);
        }
        return bytes;
    }

    private static byte[] mutate(SplittableRandom random, byte[] stream) {
        List<Byte> bytes = new ArrayList<>();
        for (byte b : stream) {
            bytes.add(b);
        }
        int edits = 1 + random.nextInt(6);
        for (int i = 0; i < edits && !bytes.isEmpty(); i++) {
            int at = random.nextInt(bytes.size());
            switch (random.nextInt(4)) {
                case 0 -> bytes.set(at, (byte) (bytes.get(at) ^ (1 << random.nextInt(8))));
                case 1 -> bytes.remove(at);
                case 2 -> bytes.add(at, (byte) random.nextInt(256));
                default -> bytes.add(at, random.nextBoolean() ? (byte) 13 : (byte) 10);
            }
        }
        byte[] out = new byte[bytes.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = bytes.get(i);
        }
        return out;
    }

    /** The events the whole stream should give, found by scanning it at once. */
    static List<String> reference(byte[] s, Delimiter delimiter) {
        List<String> events = new ArrayList<>();
        int start = 0;
        int i = 0;
        while (i < s.length) {
            int endLength = endMarkAt(s, i, delimiter);
            if (endLength == -1) {
                // A CR at the very end that may still become CRLF: the frame is not finished.
                return events;
            }
            if (endLength == 0) {
                i++;
                continue;
            }
            classify(Arrays.copyOfRange(s, start, i), events);
            i += endLength;
            if (delimiter == Delimiter.CR && i < s.length && s[i] == 10) {
                i++;
            }
            start = i;
        }
        return events;
    }

    /** Length of the end mark at {@code i}: 0 for none, -1 for "cannot tell yet". */
    private static int endMarkAt(byte[] s, int i, Delimiter delimiter) {
        boolean crThenLf = s[i] == 13 && i + 1 < s.length && s[i + 1] == 10;
        return switch (delimiter) {
            case CR -> s[i] == 13 ? 1 : 0;
            case LF -> crThenLf ? 2 : s[i] == 10 ? 1 : (s[i] == 13 && i + 1 == s.length ? -1 : 0);
            case CRLF -> crThenLf ? 2 : (s[i] == 13 && i + 1 == s.length ? -1 : 0);
        };
    }

    private static void classify(byte[] frame, List<String> events) {
        if (frame.length == 0) {
            return;
        }
        if (frame.length > MAX) {
            events.add("error:FRAME_TOO_LONG");
            return;
        }
        String text = new String(frame, StandardCharsets.UTF_8);
        if (!Arrays.equals(text.getBytes(StandardCharsets.UTF_8), frame)) {
            events.add("error:GARBAGE_FRAME");
            return;
        }
        for (char c : text.toCharArray()) {
            boolean control = c < 0x20 && !(c == 9 || c == 4 || (c >= 0x1C && c <= 0x1F));
            if (control || c == 0x7F || (c >= 0x80 && c <= 0x9F)) {
                events.add("error:GARBAGE_FRAME");
                return;
            }
        }
        events.add("frame:" + text);
    }
}
