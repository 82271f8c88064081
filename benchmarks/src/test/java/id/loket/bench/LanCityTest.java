package id.loket.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The kept city the LAN harness serves: built once, and built again when what is kept is not whole. */
class LanCityTest {

    @TempDir
    Path cache;

    @Test
    void aCityFolderLeftWithoutItsListOfHeadsIsBuiltAgain() throws Exception {
        Path city = LanCity.kept(200, cache);
        // As a cleaning that kept only the database file left it.
        Files.delete(city.resolve(LanCity.HEADS));
        Files.delete(city.resolve(LanCity.KEY));

        Path again = LanCity.kept(200, cache);

        assertThat(again).isEqualTo(city);
        assertThat(LanCity.heads(again)).hasSize(200);
        assertThat(again.resolve(LanCity.KEY)).isRegularFile();
        assertThat(cache.resolve("lan-load-city-200.building")).doesNotExist();
    }
}
