package id.loket.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PageComposerTest {

    @Test
    void fillsPagesInOrderWithoutSplittingABlock() {
        Block a = new Rule(1f, false, 20f, 19f);
        Block b = new Rule(2f, false, 20f, 18f);
        Block c = new Rule(1f, false, 30f, 29f);
        List<List<Block>> pages = PageComposer.paginate(List.of(a, b, c), 100f);

        assertThat(pages).containsExactly(List.of(a, b), List.of(c));
    }

    @Test
    void aSpacerDoesNotOpenAPage() {
        Block full = new Rule(1f, false, 50f, 49f);
        Block spacer = new Spacer(10f);
        Block next = new Rule(1f, false, 5f, 4f);
        List<List<Block>> pages = PageComposer.paginate(List.of(full, spacer, next), 100f);

        assertThat(pages).containsExactly(List.of(full), List.of(next));
    }

    @Test
    void aBlockTallerThanAPageGetsAPageOfItsOwn() {
        Block small = new Rule(1f, false, 4f, 5f);
        Block huge = new Rule(1f, false, 150f, 0f);
        Block after = new Rule(1f, false, 5f, 4f);
        List<List<Block>> pages = PageComposer.paginate(List.of(small, huge, after), 100f);

        assertThat(pages).containsExactly(List.of(small), List.of(huge), List.of(after));
    }

    @Test
    void theLastLinesOfADocumentOpenTheNextPageTogetherRatherThanLeaveOneAlone() {
        Block a = new Rule(1f, false, 20f, 19f);
        Block b = new Rule(1f, false, 20f, 19f);
        Block c = new Rule(1f, false, 4f, 4f);
        Block d = new Rule(1f, false, 4f, 4f);
        Block e = new Rule(1f, false, 4f, 4f);
        List<List<Block>> pages = PageComposer.paginate(List.of(a, b, c, d, e), 100f);

        assertThat(pages).containsExactly(List.of(a, b), List.of(c, d, e));
    }

    @Test
    void anEndingTallerThanAPageBreaksAsUsual() {
        Block a = new Rule(1f, false, 30f, 29f);
        Block b = new Rule(1f, false, 30f, 29f);
        Block c = new Rule(1f, false, 30f, 29f);
        List<List<Block>> pages = PageComposer.paginate(List.of(a, b, c), 100f);

        assertThat(pages).containsExactly(List.of(a), List.of(b), List.of(c));
    }

    @Test
    void nothingToPrintIsStillOnePage() {
        assertThat(PageComposer.paginate(List.of(), 100f)).containsExactly(List.of());
    }
}
