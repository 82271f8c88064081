package id.loket.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SSN card requests (ssn.card-requests, ssn.police-letter-for): Samarinda's, off in the Balikpapan defaults. */
class SsnSettingsTest {

    @TempDir
    Path dir;

    @Test
    void theDefaultsTakeNoSsnRequestsAndAskThePoliceLetterForALostCard() {
        assertThat(SettingsLoader.loadDefaults().ssn()).isEqualTo(new SsnSettings(false, true, false));
    }

    @Test
    void aSamarindaOfficeSwitchesThemOnAndAsksTheLetterForBoth() {
        Path file = TestFiles.write(dir, "ssn.card-requests=true\nssn.police-letter-for=lost-and-damaged");
        assertThat(TestFiles.load(dir, file).ssn()).isEqualTo(new SsnSettings(true, true, true));
    }

    @Test
    void anUnknownWordIsRefusedNamingTheKeyAndTheWordsAllowed() {
        Path file = TestFiles.write(dir, "ssn.police-letter-for=hilang");
        SettingsException error = TestFiles.failure(() -> TestFiles.load(dir, file));
        assertThat(error.kind()).isEqualTo(SettingsException.Kind.BAD_VALUE);
        assertThat(error.key()).isEqualTo("ssn.police-letter-for");
        assertThat(error.allowed()).contains("lost-and-damaged");
    }
}
