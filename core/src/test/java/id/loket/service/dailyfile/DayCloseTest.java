package id.loket.service.dailyfile;

import static org.assertj.core.api.Assertions.assertThat;

import id.loket.wiring.AppContext;
import id.loket.domain.audit.AuditAction;
import id.loket.domain.text.Message;
import id.loket.service.device.StartupChecks;
import id.loket.support.TestApps;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** At queue.day-closes-at (16:00 by default) the day's signed file goes into the outbox by itself. */
class DayCloseTest {

    private static final ZoneId WITA = ZoneId.of("Asia/Makassar");
    private static final LocalDate DAY = LocalDate.of(2026, 6, 4);

    @TempDir
    Path dir;
    private AppContext app;
    private final MovableClock clock = new MovableClock(DAY.atTime(9, 0));

    @AfterEach
    void close() {
        if (app != null) {
            app.close();
        }
    }

    private AppContext open(Path outbox) {
        app = AppContext.open(TestApps.settings(dir.resolve("data"), "dailyfile.outbox", outbox.toString()), clock);
        app.security().demoData().fill(app.foundation().office(), 40);
        return app;
    }

    private List<Path> filesIn(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }

    private long closesRecorded() {
        return app.security().auditTrail().search(DAY.minusDays(2), DAY.plusDays(3), Optional.empty(),
                Optional.of(AuditAction.DAY_CLOSED)).size();
    }

    @Test
    void theDaysSignedFileAppearsInTheOutboxOnceTheDayHasClosed() throws Exception {
        Path outbox = dir.resolve("kirim");
        open(outbox);
        clock.set(DAY.atTime(16, 1));

        List<DayClose.Outcome> closed = app.reporting().dayClose().closeIfDue();

        Path expected = outbox.resolve(app.reporting().dailyFiles().fileName(DAY));
        assertThat(closed).singleElement().satisfies(outcome -> {
            assertThat(outcome.day()).isEqualTo(DAY);
            assertThat(outcome.file()).contains(expected);
            assertThat(outcome.problem()).isEmpty();
        });
        SignedDailyFile file = DailyFileFormat.read(expected.toString(), Files.readAllBytes(expected));
        assertThat(file.figures().day()).isEqualTo(DAY);
        assertThat(file.figures().kelurahanCode()).isEqualTo(app.foundation().office().kelurahanCode());
        assertThat(filesIn(outbox)).containsExactly(expected);
    }

    @Test
    void beforeTheCloseTimeNoFileIsWritten() {
        Path outbox = dir.resolve("kirim");
        open(outbox);
        clock.set(DAY.atTime(15, 59));

        assertThat(app.reporting().dayClose().closeIfDue()).isEmpty();
        assertThat(outbox).doesNotExist();
    }

    @Test
    void aDayWhoseFileWasWrittenIsNotClosedAgainByItself() {
        open(dir.resolve("kirim"));
        clock.set(DAY.atTime(16, 1));
        app.reporting().dayClose().closeIfDue();
        clock.pass(Duration.ofHours(3));

        assertThat(app.reporting().dayClose().closeIfDue()).isEmpty();
        assertThat(closesRecorded()).isEqualTo(1);
    }

    @Test
    void aSecondCloseOfTheSameDayReplacesItsFileWholeAndLeavesNoTemporaryFile() throws Exception {
        Path outbox = dir.resolve("kirim");
        open(outbox);
        clock.set(DAY.atTime(16, 1));
        Path first = app.reporting().dayClose().close(DAY, "kepala").file().orElseThrow();
        Files.writeString(first, "{ \"edited\": true }");
        clock.pass(Duration.ofMinutes(30));

        Path second = app.reporting().dayClose().close(DAY, "kepala").file().orElseThrow();

        assertThat(second).isEqualTo(first);
        assertThat(filesIn(outbox)).containsExactly(first);
        SignedDailyFile file = DailyFileFormat.read(second.toString(), Files.readAllBytes(second));
        assertThat(file.figures().madeAt()).isEqualTo(clock.instant());
    }

    @Test
    void anOutboxThatCannotBeWrittenIsSaidInWordsAndTheDayClosesAllTheSame() throws Exception {
        Path outbox = dir.resolve("kirim");
        Files.writeString(outbox, "a file where the folder should be");
        open(outbox);
        clock.set(DAY.atTime(16, 1));

        List<DayClose.Outcome> closed = app.reporting().dayClose().closeIfDue();

        assertThat(closed).singleElement().satisfies(outcome -> {
            assertThat(outcome.file()).isEmpty();
            assertThat(outcome.problem()).contains(Message.of("dayClose.notWritten", DAY.toString(), outbox.toString()));
        });
        assertThat(closesRecorded()).isEqualTo(1);
        String words = app.foundation().texts().text(closed.get(0).problem().orElseThrow());
        assertThat(words).contains(outbox.toString(), "dailyfile.outbox", "export daily-file --day 2026-06-04");
        assertThat(app.security().startupChecks().run()).anySatisfy(check -> {
            assertThat(check.level()).isEqualTo(StartupChecks.Level.WARNING);
            assertThat(check.message().key()).isEqualTo("dayClose.notWritten");
        });
    }

    @Test
    void aFailedCloseIsTriedAgainAfterAnHourAndTheWarningGoesOnceTheFileIsWritten() throws Exception {
        Path outbox = dir.resolve("kirim");
        Files.writeString(outbox, "a file where the folder should be");
        open(outbox);
        clock.set(DAY.atTime(16, 1));
        app.reporting().dayClose().closeIfDue();
        Files.delete(outbox);
        clock.pass(Duration.ofMinutes(30));
        assertThat(app.reporting().dayClose().closeIfDue()).isEmpty();

        clock.pass(Duration.ofMinutes(31));
        List<DayClose.Outcome> retried = app.reporting().dayClose().closeIfDue();

        assertThat(retried).singleElement().satisfies(outcome -> assertThat(outcome.file()).isPresent());
        assertThat(app.reporting().dayClose().unwrittenDay()).isEmpty();
    }

    @Test
    void aDayThePcWasSwitchedOffBeforeItsCloseIsClosedAtTheNextStart() throws Exception {
        Path outbox = dir.resolve("kirim");
        open(outbox);
        clock.set(DAY.plusDays(1).atTime(7, 30));

        List<DayClose.Outcome> closed = app.reporting().dayClose().closeIfDue();

        assertThat(closed).extracting(DayClose.Outcome::day).containsExactly(DAY);
        assertThat(filesIn(outbox)).containsExactly(outbox.resolve(app.reporting().dailyFiles().fileName(DAY)));
    }

    @Test
    void aDayNobodyUsedThePcIsNotSentTheNextMorning() {
        Path outbox = dir.resolve("kirim");
        open(outbox);
        clock.set(DAY.plusDays(2).atTime(7, 30));

        assertThat(app.reporting().dayClose().closeIfDue()).isEmpty();
        assertThat(outbox).doesNotExist();
    }

    /** A clock the test moves by hand: the close looks at the time of day. */
    private static final class MovableClock extends Clock {
        private Instant now;

        MovableClock(LocalDateTime start) {
            set(start);
        }

        void set(LocalDateTime at) {
            now = at.atZone(WITA).toInstant();
        }

        void pass(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return WITA;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
