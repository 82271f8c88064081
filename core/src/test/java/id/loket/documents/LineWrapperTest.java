package id.loket.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;

class LineWrapperTest {

    private final PDFont font = Fonts.helvetica().regular();

    @Test
    void breaksAtSpacesAndKeepsEveryWordInOrder() {
        String text = "Cek status pendaftaran di aplikasi atau portal Perlinsos dengan NIK Anda.";
        float width = 100f;
        List<String> lines = new LineWrapper(font, 9f, width).wrap(text);

        assertThat(lines).hasSizeGreaterThan(1);
        assertThat(lines).allSatisfy(line -> assertThat(Fonts.width(font, 9f, line)).isLessThanOrEqualTo(width));
        assertThat(String.join(" ", lines)).isEqualTo(text);
    }

    @Test
    void shortTextStaysOnOneLine() {
        assertThat(new LineWrapper(font, 9f, 200f).wrap("  Kelurahan   Sukamaju ")).containsExactly("Kelurahan Sukamaju");
    }

    @Test
    void aWordWiderThanTheLineIsCutInsideTheWord() {
        String reference = "PLS-2026-8F3K22Q9-ABCDEFGHIJKLMNOPQRSTUVWXYZ-0123456789";
        List<String> lines = new LineWrapper(font, 9f, 80f).wrap(reference);

        assertThat(lines).hasSizeGreaterThan(1);
        assertThat(lines).allSatisfy(line -> assertThat(Fonts.width(font, 9f, line)).isLessThanOrEqualTo(80f));
        assertThat(String.join("", lines)).isEqualTo(reference);
    }

    @Test
    void blankTextIsOneEmptyLine() {
        assertThat(new LineWrapper(font, 9f, 80f).wrap("   ")).containsExactly("");
    }
}
