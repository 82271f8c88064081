package id.loket.device.serial;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class FrameDecoderTest {

    private final Recorded sink = new Recorded();

    private FrameDecoder decoder(Delimiter delimiter) {
        return new FrameDecoder(delimiter, 32, 0, sink);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void wholeCodesEndedByCr() {
        FrameDecoder d = decoder(Delimiter.CR);
        d.feed(bytes("A-023\rREG-000001\r"), 0);
        assertThat(sink.events).containsExactly("frame:A-023", "frame:REG-000001");
    }

    @Test
    void aCodeSplitAcrossManyReadsArrivesWhole() {
        FrameDecoder d = decoder(Delimiter.CRLF);
        for (String piece : new String[] {"64", "7105", "4707500", "003\r", "\n"}) {
            d.feed(bytes(piece), 0);
        }
        assertThat(sink.events).containsExactly("frame:6471054707500003");
    }

    @Test
    void crlfSplitBetweenItsTwoBytesLeavesNoStrayByte() {
        FrameDecoder d = decoder(Delimiter.CRLF);
        d.feed(bytes("ONE\r"), 0);
        d.feed(bytes("\nTWO\r\n"), 0);
        assertThat(sink.events).containsExactly("frame:ONE", "frame:TWO");
    }

    @Test
    void aScannerSendingCrlfOnACrSettingLeavesNoStrayLf() {
        FrameDecoder d = decoder(Delimiter.CR);
        d.feed(bytes("ONE\r"), 0);
        d.feed(bytes("\nTWO\r\n"), 0);
        d.feed(bytes("THREE\r"), 0);
        assertThat(sink.events).containsExactly("frame:ONE", "frame:TWO", "frame:THREE");
    }

    @Test
    void aScannerSendingCrlfOnAnLfSettingLeavesNoStrayCr() {
        FrameDecoder d = decoder(Delimiter.LF);
        d.feed(bytes("ONE\r\nTWO\nTHREE\r\n"), 0);
        assertThat(sink.events).containsExactly("frame:ONE", "frame:TWO", "frame:THREE");
    }

    @Test
    void aLoneCrInsideACrlfFrameIsGarbage() {
        FrameDecoder d = decoder(Delimiter.CRLF);
        d.feed(bytes("AB\rCD\r\nOK\r\n"), 0);
        assertThat(sink.events).containsExactly("error:GARBAGE_FRAME", "frame:OK");
        assertThat(sink.details.get(0)).contains("U+000D");
    }

    @Test
    void utf8SurvivesEvenWhenACharacterIsSplitAcrossReads() {
        byte[] all = bytes("Jl. Anggrek Bahagia — №7 ✓\n");
        FrameDecoder d = new FrameDecoder(Delimiter.LF, 64, 0, sink);
        for (byte b : all) {
            d.feed(new byte[] {b}, 0);
        }
        assertThat(sink.events).containsExactly("frame:Jl. Anggrek Bahagia — №7 ✓");
        assertThat(d.inFrame()).isFalse();
    }

    @Test
    void gs1SeparatorsAndTabsAreKeptExactly() {
        FrameDecoder d = decoder(Delimiter.CR);
        d.feed(bytes("]d2\u001d0109501101020917\t21\r"), 0);
        assertThat(sink.events).containsExactly("frame:]d2\u001d0109501101020917\t21");
    }

    @Test
    void invalidUtf8IsOneGarbageErrorAndTheNextCodeIsFine() {
        FrameDecoder d = decoder(Delimiter.CR);
        d.feed(HexFormat.of().parseHex("41ff42c30d"), 0);
        d.feed(bytes("NEXT\r"), 0);
        assertThat(sink.events).containsExactly("error:GARBAGE_FRAME", "frame:NEXT");
        assertThat(sink.details.get(0)).contains("not UTF-8").contains("41 ff 42 c3");
    }

    @Test
    void nulAndEscapeBytesAreGarbage() {
        FrameDecoder d = decoder(Delimiter.CR);
        d.feed(bytes("A\u0000B\rC\u001bD\r"), 0);
        assertThat(sink.events).containsExactly("error:GARBAGE_FRAME", "error:GARBAGE_FRAME");
    }

    @Test
    void anOverLongFrameIsOneErrorAndItsRestIsDropped() {
        FrameDecoder d = decoder(Delimiter.CR);
        d.feed(bytes("X".repeat(100)), 0);
        d.feed(bytes("Y".repeat(100) + "\rSHORT\r"), 0);
        assertThat(sink.events).containsExactly("error:FRAME_TOO_LONG", "frame:SHORT");
        assertThat(sink.details.get(0)).contains("200 bytes").contains("longer than 32");
    }

    @Test
    void aFrameOfExactlyTheLimitIsAccepted() {
        FrameDecoder d = decoder(Delimiter.LF);
        d.feed(bytes("Z".repeat(32) + "\n" + "Z".repeat(33) + "\n"), 0);
        assertThat(sink.events).containsExactly("frame:" + "Z".repeat(32), "error:FRAME_TOO_LONG");
    }

    @Test
    void aCodeOfExactlyTheLimitEndedByCrlfOnAnLfSettingIsAccepted() {
        FrameDecoder d = decoder(Delimiter.LF);
        d.feed(bytes("Q".repeat(32) + "\r\n"), 0);
        assertThat(sink.events).containsExactly("frame:" + "Q".repeat(32));
    }

    @Test
    void emptyFramesAreNotCodes() {
        FrameDecoder d = decoder(Delimiter.LF);
        d.feed(bytes("\n\n\r\nA\n"), 0);
        assertThat(sink.events).containsExactly("frame:A");
    }

    @ParameterizedTest
    @EnumSource(Delimiter.class)
    void aBegunCodeWhoseEndNeverComesIsATimeout(Delimiter delimiter) {
        FrameDecoder d = new FrameDecoder(delimiter, 32, 1_000_000_000L, sink);
        d.feed(bytes("HALF"), 5_000_000_000L);
        d.tick(5_900_000_000L);
        assertThat(sink.events).isEmpty();
        d.tick(6_100_000_000L);
        assertThat(sink.events).containsExactly("error:TIMEOUT");
        assertThat(d.inFrame()).isFalse();
        d.feed(bytes("NEW" + end(delimiter)), 6_200_000_000L);
        assertThat(sink.events).containsExactly("error:TIMEOUT", "frame:NEW");
    }

    @Test
    void aPendingCrThatWentStaleIsReportedToo() {
        FrameDecoder d = new FrameDecoder(Delimiter.CRLF, 32, 1_000_000L, sink);
        d.feed(bytes("ABC\r"), 0);
        d.feed(bytes("\nDEF\r\n"), 10_000_000L);
        assertThat(sink.events).containsExactly("error:TIMEOUT", "error:GARBAGE_FRAME");
    }

    @Test
    void resetDropsAPartialFrameAndSaysHowMuch() {
        FrameDecoder d = decoder(Delimiter.CRLF);
        d.feed(bytes("PART\r"), 0);
        assertThat(d.reset()).isEqualTo(5);
        d.feed(bytes("\nNEXT\r\n"), 0);
        assertThat(sink.events).containsExactly("error:GARBAGE_FRAME");
    }

    static String end(Delimiter delimiter) {
        return switch (delimiter) {
            case CR -> "\r";
            case LF -> "\n";
            case CRLF -> "\r\n";
        };
    }
}
