package id.loket.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.util.regex.Pattern;

/** The layer rules of ARCHITECTURE.md, checked on the compiled classes of every Loket module. */
@AnalyzeClasses(packages = "id.loket",
        importOptions = {ImportOption.DoNotIncludeTests.class, ArchitectureTest.DoNotIncludeTestJars.class})
class ArchitectureTest {

    @ArchTest
    static final ArchRule domainIsPlainJava = noClasses().that().resideInAPackage("id.loket.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.sql..", "javax.sql..",
                    "id.loket.storage..", "id.loket.ui..", "id.loket.device..", "id.loket.service..",
                    "id.loket.app..", "id.loket.cli..", "id.loket.documents..", "org.h2..", "org.apache.pdfbox..")
            .because("business rules must be readable and testable without a screen, a database or a device");

    @ArchTest
    static final ArchRule configAndDriversKnowNoJavaFx = noClasses()
            .that().resideInAnyPackage("id.loket.config..", "id.loket.device..")
            .should().dependOnClassesThat().resideInAPackage("javafx..")
            .because("settings and drivers must run without a display");

    @ArchTest
    static final ArchRule screensNeverTouchStorageOrDrivers = noClasses().that().resideInAPackage("id.loket.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("id.loket.storage..", "id.loket.device..",
                    "java.sql..", "org.h2..")
            .because("views and view models reach data only through the services");

    @ArchTest
    static final ArchRule onlyTheAppWiresThingsTogether = noClasses()
            .that().resideOutsideOfPackages("id.loket.app..", "id.loket.cli..", "id.loket.wiring..")
            .should().dependOnClassesThat().resideInAnyPackage("id.loket.app..", "id.loket.wiring..")
            .because("the composition root depends on everything; nothing depends on it");

    @ArchTest
    static final ArchRule servicesKnowNoScreens = noClasses()
            .that().resideInAnyPackage("id.loket.service..", "id.loket.storage..", "id.loket.documents..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "id.loket.ui..", "id.loket.cli..")
            .because("use cases serve the screens and the command line alike");

    /** The core's test fixtures come as a jar (core-...-tests.jar), which DoNotIncludeTests does not know as tests. */
    public static final class DoNotIncludeTestJars implements ImportOption {
        private static final Pattern TEST_JAR = Pattern.compile(".*-tests\\.jar!?/.*");

        @Override
        public boolean includes(Location location) {
            return !location.matches(TEST_JAR);
        }
    }
}
