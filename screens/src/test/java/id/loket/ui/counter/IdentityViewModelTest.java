package id.loket.ui.counter;

import static org.assertj.core.api.Assertions.assertThat;

import id.loket.wiring.AppContext;
import id.loket.domain.nik.Sex;
import id.loket.domain.text.Texts;
import id.loket.service.device.DeviceService;
import id.loket.support.TestApps;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Who is at the counter: the NIK checked as typed, and what a card or a scan may fill in. */
class IdentityViewModelTest {

    /** A man born 15 January 1980 in Samarinda Ulu. */
    private static final String NIK = "6471051501800001";
    /** A woman born 7 July 1950, same district. */
    private static final String OTHER_NIK = "6471054707500003";

    @TempDir
    Path dir;
    private AppContext app;
    private IdentityViewModel identity;
    private final Texts texts = Texts.indonesian();

    @BeforeEach
    void openTheCounter() {
        app = TestApps.open(dir);
        identity = new IdentityViewModel(app.registration().lookup(), texts);
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void aValidNikShowsTheBirthDateItHolds() {
        identity.nikProperty().set(NIK);

        assertThat(identity.validProperty().get()).isTrue();
        assertThat(identity.partsProperty().get()).contains("15-01-1980");
        assertThat(identity.validNik()).isPresent();
    }

    @Test
    void aNikOneDigitShortIsInvalidAndSaysSo() {
        identity.nikProperty().set(NIK.substring(1));

        assertThat(identity.validProperty().get()).isFalse();
        assertThat(identity.feedbackProperty().get()).isNotBlank();
        assertThat(identity.validNik()).isEmpty();
    }

    @Test
    void aStatedSexThatTheNikContradictsMakesItInvalid() {
        identity.nikProperty().set(NIK);

        identity.sexProperty().set(Sex.PEREMPUAN);

        assertThat(identity.validProperty().get()).isFalse();
        assertThat(identity.feedbackProperty().get()).isNotBlank();
    }

    @Test
    void aBirthDateThatIsNoDateIsNamedInTheFeedback() {
        identity.nikProperty().set(NIK);

        identity.birthDateProperty().set("31-13-1980");

        assertThat(identity.feedbackProperty().get()).contains(texts.text("counter.identity.badBirthDate", "31-13-1980"));
    }

    @Test
    void aCardReadFillsAnEmptyForm() {
        identity.cardRead(new DeviceService.CardReading.Identity(NIK, "BUDI SANTOSO", Optional.of(LocalDate.of(1980, 1, 15)),
                Optional.of(Sex.LAKI_LAKI)));

        assertThat(identity.nikProperty().get()).isEqualTo(NIK);
        assertThat(identity.nameProperty().get()).isEqualTo("BUDI SANTOSO");
        assertThat(identity.birthDateProperty().get()).isEqualTo("15-01-1980");
        assertThat(identity.validProperty().get()).isTrue();
    }

    @Test
    void aScannedNikThatDiffersFromTheTypedOneIsOfferedNeverPutIn() {
        identity.nikProperty().set(NIK);

        identity.scanned(OTHER_NIK);

        assertThat(identity.nikProperty().get()).isEqualTo(NIK);
        assertThat(identity.offeredNikProperty().get()).isEqualTo(OTHER_NIK);
        assertThat(identity.cardMessageProperty().get()).doesNotContain(OTHER_NIK);
    }

    @Test
    void theAgentMayTakeTheOfferedNik() {
        identity.nikProperty().set(NIK);
        identity.scanned("6471-0547-0750-0003");

        identity.useOfferedNik();

        assertThat(identity.nikProperty().get()).isEqualTo(OTHER_NIK);
        assertThat(identity.offeredNikProperty().get()).isEmpty();
    }
}
