package id.loket.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** The architecture rules that look at calls find the calls they forbid, and let the right ones pass. */
class ArchitectureRulesBiteTest {

    static final class ReadsTheMachineClock {
        LocalDate today() {
            return LocalDate.now();
        }
    }

    static final class ReadsTheMachineClockByReference {
        Supplier<Instant> now() {
            return Instant::now;
        }
    }

    static final class ReadsTheClockItIsGiven {
        LocalDate today(Clock clock) {
            return LocalDate.now(clock);
        }
    }

    static final class WaitsForTheFxThread {
        void later(Runnable work) {
            javafx.application.Platform.runLater(work);
        }
    }

    static final class PicksServicesFromTheAppContext {
        Object accounts(id.loket.wiring.AppContext app) {
            return app.security().accounts();
        }
    }

    @Test
    void aCallOfNowWithoutAClockIsCaught() {
        assertThat(ArchitectureTest.onlyTheWiringReadsTheMachineClock.evaluate(only(ReadsTheMachineClock.class))
                .hasViolation()).isTrue();
    }

    @Test
    void aMethodReferenceToNowIsCaught() {
        assertThat(ArchitectureTest.onlyTheWiringReadsTheMachineClock
                .evaluate(only(ReadsTheMachineClockByReference.class)).hasViolation()).isTrue();
    }

    @Test
    void nowWithTheGivenClockPasses() {
        assertThat(ArchitectureTest.onlyTheWiringReadsTheMachineClock.evaluate(only(ReadsTheClockItIsGiven.class))
                .hasViolation()).isFalse();
    }

    @Test
    void platformOutsideTheScreensIsCaught() {
        assertThat(ArchitectureTest.onlyScreensAndTheAppTouchTheFxThread.evaluate(only(WaitsForTheFxThread.class))
                .hasViolation()).isTrue();
    }

    @Test
    void aClassOutsideTheWiringThatTakesTheAppContextIsCaught() {
        assertThat(ArchitectureTest.onlyTheWiringAndItsTwoMappersUseTheAppContext
                .evaluate(only(PicksServicesFromTheAppContext.class)).hasViolation()).isTrue();
    }

    @Test
    void aCommandThatGetsItsRecordFromTheCommandLinesOneMapperPasses() throws ClassNotFoundException {
        JavaClasses mapperAndCommand = new ClassFileImporter().importClasses(
                Class.forName("id.loket.cli.CommandWiring"), Class.forName("id.loket.cli.BackupCommand"));
        assertThat(ArchitectureTest.onlyTheWiringAndItsTwoMappersUseTheAppContext.evaluate(mapperAndCommand)
                .hasViolation()).isFalse();
    }

    private static JavaClasses only(Class<?> type) {
        return new ClassFileImporter().importClasses(type);
    }
}
