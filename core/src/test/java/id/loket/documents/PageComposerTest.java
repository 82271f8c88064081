package id.loket.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PageComposerTest {

    /** A block of words of a given height, as the composer sees it. */
    private record Words(String name, float height) implements Block {
        @Override
        public void draw(Canvas canvas, float top) {
        }
    }

    @Test
    void fillsPagesInOrderWithoutSplittingABlock() {
        List<Block> blocks = words(6, 30f);

        List<List<Block>> pages = PageComposer.paginate(blocks, 100f);

        assertThat(pages).containsExactly(blocks.subList(0, 3), blocks.subList(3, 6));
    }

    @Test
    void aSpacerDoesNotOpenAPage() {
        Block full = new Words("full", 99f);
        Block spacer = new Spacer(10f);
        Block next = new Words("next", 5f);
        List<List<Block>> pages = PageComposer.paginate(List.of(full, spacer, next), 100f);

        assertThat(pages).containsExactly(List.of(full), List.of(next));
    }

    @Test
    void aBlockTallerThanAPageGetsAPageOfItsOwn() {
        Block small = new Words("small", 9f);
        Block huge = new Words("huge", 150f);
        Block after = new Words("after", 9f);
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

    @Test
    void theLastPageTakesBlocksFromThePageBeforeRatherThanHoldOneAlone() {
        List<Block> blocks = words(4, 30f);

        List<List<Block>> pages = PageComposer.paginate(blocks, 100f);

        assertThat(pages).containsExactly(blocks.subList(0, 1), blocks.subList(1, 4));
    }

    @Test
    void aRuleAndASpacerDoNotCountAsWordsOnTheLastPage() {
        List<Block> blocks = new ArrayList<>(words(3, 25f));
        Block rule = new Rule(1f, false, 5f, 4f);
        Block signature = new Words("signature", 20f);
        Block gap = new Spacer(4f);
        Block closing = new Words("closing", 10f);
        blocks.addAll(List.of(rule, signature, gap, closing));

        List<List<Block>> pages = PageComposer.paginate(blocks, 100f);

        assertThat(pages).hasSize(2);
        assertThat(pages.get(1)).as("the signature and its closing line bring the last words with them")
                .containsExactly(blocks.get(2), rule, signature, gap, closing);
    }

    @Test
    void aLastPageTooFullToTakeMoreStaysAsItIs() {
        Block first = new Words("first", 60f);
        Block second = new Words("second", 30f);
        Block last = new Words("last", 90f);

        List<List<Block>> pages = PageComposer.paginate(List.of(first, second, last), 100f);

        assertThat(pages).containsExactly(List.of(first, second), List.of(last));
    }

    private static List<Block> words(int count, float height) {
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            blocks.add(new Words("w" + i, height));
        }
        return blocks;
    }
}
