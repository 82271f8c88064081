package id.loket.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The queue's rules, colours and documents to bring: read, defaulted and refused with a reason. */
class QueueRulesSettingsTest {

    @TempDir
    Path dir;

    @Test
    void defaultRulesAreThreeCallsFiveReturnThreePriorityEightMinutesClosingAtFour() {
        QueueSettings.Rules rules = TestFiles.load(dir, TestFiles.write(dir, "")).queue().rules();

        assertThat(rules).isEqualTo(new QueueSettings.Rules(3, 5, 3, 8, LocalTime.of(16, 0)));
    }

    @Test
    void officeFileChangesEveryRule() {
        Path file = TestFiles.write(dir, "queue.no-show.calls=2", "queue.no-show.return-after=10",
                "queue.priority.max-in-row=1", "queue.default-service-minutes=12", "queue.day-closes-at=15:30");

        QueueSettings.Rules rules = TestFiles.load(dir, file).queue().rules();

        assertThat(rules).isEqualTo(new QueueSettings.Rules(2, 10, 1, 12, LocalTime.of(15, 30)));
    }

    @Test
    void defaultServicesHaveReadableColoursAndPerlinsosListsWhatToBring() {
        QueueSettings queue = TestFiles.load(dir, TestFiles.write(dir, "")).queue();

        assertThat(queue.services()).allSatisfy(service -> assertThat(service.colour()).isPresent());
        ServiceDefinition perlinsos = queue.service("PERLINSOS").orElseThrow();
        assertThat(perlinsos.documents(Language.ID)).contains("KTP-el asli", "Kartu Keluarga (KK) asli");
        assertThat(perlinsos.documents(Language.EN)).contains("Original KTP-el");
        assertThat(queue.service("INFORMASI").orElseThrow().documents(Language.ID)).isEmpty();
    }

    @Test
    void englishDocumentsFallBackToIndonesian() {
        Path file = TestFiles.write(dir, "queue.service.IKD.documents=KTP-el asli",
                "queue.service.IKD.documents.en=");

        ServiceDefinition ikd = TestFiles.load(dir, file).queue().service("IKD").orElseThrow();

        assertThat(ikd.documents(Language.EN)).containsExactly("KTP-el asli");
    }

    @ParameterizedTest(name = "{0}={1} is refused")
    @CsvSource(delimiter = '|', textBlock = """
            queue.no-show.calls               | 0        | 1–10
            queue.no-show.calls               | 11       | 1–10
            queue.no-show.return-after        | 0        | 1–100
            queue.priority.max-in-row         | 21       | 1–20
            queue.default-service-minutes     | lima     | 1–120
            queue.day-closes-at               | 4 sore   | HH:MM
            queue.day-closes-at               | 24:00    | HH:MM
            queue.day-closes-at               | 06:00    | from 08:00
            queue.service.IKD.colour          | kuning   | #RRGGBB
            queue.service.IKD.colour          | #FFFF00  | 7:1
            queue.service.IKD.documents       | a,b,c,d,e,f | at most 5
            """)
    void badQueueValuesAreRefusedNamingTheKeyAndWhatIsAllowed(String key, String value, String allowed) {
        Path file = TestFiles.write(dir, key + "=" + value);

        SettingsException error = TestFiles.failure(() -> TestFiles.load(dir, file));

        assertThat(error.key()).isEqualTo(key);
        assertThat(error.getMessage()).contains(allowed);
    }

    @Test
    void colourIsAcceptedInEitherCaseAndKeptInCapitals() {
        Path file = TestFiles.write(dir, "queue.service.IKD.colour=#1e5631");

        assertThat(TestFiles.load(dir, file).queue().service("IKD").orElseThrow().colour()).contains("#1E5631");
    }

    @Test
    void colourKeyOfAServiceNotListedIsUnknown() {
        KnownKeys known = new KnownKeys(List.of("IKD"));

        assertThat(known.isKnown("queue.service.IKD.colour")).isTrue();
        assertThat(known.isKnown("queue.service.IKD.documents.en")).isTrue();
        assertThat(known.isKnown("queue.service.PERLINSOS.colour")).isFalse();
    }

    @Test
    void whiteOnBlackIsTwentyOneToOneAndWhiteOnWhiteOne() {
        assertThat(ServiceDefinition.contrastWithWhite("#000000")).isCloseTo(21.0, org.assertj.core.data.Offset.offset(0.01));
        assertThat(ServiceDefinition.contrastWithWhite("#FFFFFF")).isCloseTo(1.0, org.assertj.core.data.Offset.offset(0.01));
    }

    @Test
    void recordRefusesAPaleColourAndALongDocument() {
        assertThatThrownBy(() -> new ServiceDefinition("IKD", 'B', "Aktivasi IKD", "IKD activation",
                Optional.of("#EEEEEE"), List.of(), List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ServiceDefinition("IKD", 'B', "Aktivasi IKD", "IKD activation",
                Optional.empty(), List.of("x".repeat(61)), List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new QueueSettings.Rules(0, 5, 3, 8, LocalTime.NOON))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
