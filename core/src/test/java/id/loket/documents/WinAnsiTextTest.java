package id.loket.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;

class WinAnsiTextTest {

    @Test
    void keepsNamesExactlyWhenWinAnsiCanPrintThem() {
        for (String name : List.of("H. Abdul Rahman, S.Pd.", "Nur’aini", "Ma'ruf Amin", "Dra. Sri Mulyani, M.Ec.",
                "José Müller", "Siti \"Neng\" Aisyah; A/B & C")) {
            assertThat(WinAnsiText.sanitize(name)).isEqualTo(name);
        }
    }

    @Test
    void replacesWhatTheFontCannotPrintWithAPlainForm() {
        assertThat(WinAnsiText.sanitize("Ṣiti Nur’aini 王")).isEqualTo("Siti Nur’aini ?");
        assertThat(WinAnsiText.sanitize("Ａｈｍａｄ")).isEqualTo("Ahmad");
        assertThat(WinAnsiText.sanitize("RT\u2010003")).isEqualTo("RT-003");
        assertThat(WinAnsiText.sanitize("Ahmad 🙂")).isEqualTo("Ahmad ?");
    }

    @Test
    void joinsDecomposedAccentsAndFlattensLineBreaks() {
        assertThat(WinAnsiText.sanitize("Jose\u0301")).isEqualTo("José");
        assertThat(WinAnsiText.sanitize("Jl. Merdeka\nNo.\t12\u00A0A")).isEqualTo("Jl. Merdeka No. 12 A");
    }

    @Test
    void everyCharacterBecomesSomethingHelveticaEncodes() throws IOException {
        Fonts fonts = Fonts.helvetica();
        List<String> failures = new ArrayList<>();
        for (int cp = 0; cp <= 0x10FFFF; cp += cp < 0x30000 ? 1 : 0x101) {
            String safe = WinAnsiText.sanitize(Character.toString(cp));
            if (!encodes(fonts.regular(), safe) || !encodes(fonts.bold(), safe)) {
                failures.add(Integer.toHexString(cp));
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void loneSurrogatesDoNotThrow() {
        assertThatCode(() -> WinAnsiText.sanitize("a\uD800b\uDC00")).doesNotThrowAnyException();
        assertThat(WinAnsiText.sanitize("a\uD800b")).isEqualTo("a?b");
    }

    private static boolean encodes(PDFont font, String text) throws IOException {
        try {
            font.encode(text);
            return true;
        } catch (IllegalArgumentException unencodable) {
            return false; // recorded by the caller as a failure with its code point
        }
    }
}
