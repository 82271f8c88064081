package id.loket.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code loket --version} names the installed package's version, which its launcher passes on. */
class LoketVersionTest {

    @AfterEach
    void forgetTheLauncher() {
        System.clearProperty("jpackage.app-version");
    }

    @Test
    void theInstalledLaunchersVersionIsTheOneShown() {
        System.setProperty("jpackage.app-version", "1.4.2");
        assertThat(new LoketVersion().getVersion()).containsExactly("Loket 1.4.2");
    }

    @Test
    void withoutALauncherTheVersionStillStartsWithLoket() {
        assertThat(new LoketVersion().getVersion()[0]).startsWith("Loket ");
    }
}
