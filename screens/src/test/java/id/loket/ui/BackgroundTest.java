package id.loket.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BackgroundTest {

    @Test
    void workAskedForAfterCloseIsDroppedWithoutAnException() {
        List<Runnable> handedBack = new ArrayList<>();
        Background background = new Background(handedBack::add);
        background.close();

        background.run(() -> "late", result -> handedBack.add(() -> { }), failure -> handedBack.add(() -> { }));

        assertThat(handedBack).as("nothing reaches a closed screen").isEmpty();
    }
}
