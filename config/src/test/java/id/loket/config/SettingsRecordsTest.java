package id.loket.config;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The records keep their rules when other modules build them directly, e.g. in their tests. */
class SettingsRecordsTest {

    @Test
    void residentScreenNeverResetsInUnderSixtySeconds() {
        assertThatThrownBy(() -> new UiSettings(Language.ID, Theme.STANDARD, StartFace.TICKET,
                Duration.ofSeconds(59), Duration.ofMinutes(5), false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("residentIdle");
    }

    @Test
    void counterNumberMayNotExceedOfficeCounters() {
        assertThatThrownBy(() -> new CounterSettings(4, 3)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void queueRefusesAServiceLetterEqualToThePriorityLetter() {
        List<ServiceDefinition> services = List.of(new ServiceDefinition("IKD", 'P', "Aktivasi IKD", "IKD activation"));

        assertThatThrownBy(() -> new QueueSettings(services, 'P')).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void queueServicesCannotBeChangedAfterwards() {
        List<ServiceDefinition> services = new java.util.ArrayList<>(
                List.of(new ServiceDefinition("IKD", 'B', "Aktivasi IKD", "IKD activation")));
        QueueSettings queue = new QueueSettings(services, 'P');

        services.clear();

        assertThat(queue.services()).hasSize(1);
        assertThatThrownBy(() -> queue.services().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void deviceParametersAreCopied() {
        Map<String, String> parameters = new HashMap<>(Map.of("port", "COM3"));
        DeviceChoice choice = new DeviceChoice("serial", parameters);

        parameters.put("port", "COM9");

        assertThat(choice.parameter("port")).contains("COM3");
        assertThat(choice.parameter("baud")).isEmpty();
    }

    @Test
    void deviceSettingsNeedEveryRole() {
        assertThatThrownBy(() -> new DeviceSettings(Map.of("scanner", new DeviceChoice("simulated", Map.of()))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void embeddedDatabaseNeedsAnAbsoluteDataDir() {
        assertThatThrownBy(() -> new DataSettings(Path.of("data"), Optional.empty(), true))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @CsvSource({"ID, Aktivasi IKD", "EN, IKD activation"})
    void serviceNameFollowsTheLanguage(Language language, String name) {
        assertThat(new ServiceDefinition("IKD", 'B', "Aktivasi IKD", "IKD activation").name(language)).isEqualTo(name);
    }

    @ParameterizedTest
    @CsvSource({"ID, id", "EN, en"})
    void languageLocaleMatchesTheMessageBundleSuffix(Language language, String bundleSuffix) {
        Locale locale = language.locale();

        assertThat(locale.getLanguage()).isEqualTo(bundleSuffix);
        assertThat(language.settingValue()).isEqualTo(bundleSuffix);
    }
}
