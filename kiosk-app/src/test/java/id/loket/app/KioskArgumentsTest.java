package id.loket.app;

import static org.assertj.core.api.Assertions.assertThat;

import id.loket.config.SettingKeys;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KioskArgumentsTest {

    @Test
    void readsBothOptionsWithASpaceOrAnEqualsSign() {
        KioskArguments read = KioskArguments.read(new String[] {"--config", "a.properties", "--data-dir=d"}).orElseThrow();

        assertThat(read.configFile()).contains(Path.of("a.properties"));
        assertThat(read.overrides()).isEqualTo(Map.of(SettingKeys.DATA_DIR, Path.of("d").toString()));
    }

    @Test
    void noArgumentsMeanTheDefaultsAndNoOverride() {
        KioskArguments read = KioskArguments.read(new String[0]).orElseThrow();

        assertThat(read.configFile()).isEmpty();
        assertThat(read.overrides()).isEmpty();
    }

    @Test
    void anOptionGivenTwiceIsLeftToPicocliToRefuse() {
        assertThat(KioskArguments.read(new String[] {"--config=a", "--config=b"})).isEmpty();
        assertThat(KioskArguments.read(new String[] {"--data-dir", "a", "--data-dir", "b"})).isEmpty();
    }

    @Test
    void anEmptyOrUnusablePathIsLeftToPicocli() {
        assertThat(KioskArguments.read(new String[] {"--config="})).isEmpty();
        assertThat(KioskArguments.read(new String[] {"--data-dir", "a\0b"})).isEmpty();
    }

    @Test
    void anythingButTheTwoOptionsIsNotAKioskStartItReads() {
        assertThat(KioskArguments.read(new String[] {"--configuration=a"})).isEmpty();
        assertThat(KioskArguments.read(new String[] {"--data-dir"})).isEmpty();
        assertThat(KioskArguments.read(new String[] {"nik", "check", "1"})).isEmpty();
        assertThat(KioskArguments.read(new String[] {""})).isEmpty();
    }

    @Test
    void anOptionWhereAValueShouldBeIsLeftToPicocli() {
        assertThat(KioskArguments.read(new String[] {"--config", "--data-dir", "d"})).isEmpty();
    }
}
