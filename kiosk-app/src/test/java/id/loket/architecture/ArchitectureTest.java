package id.loket.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.AccessTarget;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import id.loket.cli.HeadlessMain;
import id.loket.domain.nik.Nik;
import id.loket.storage.Database;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The layer rules (docs/DESIGN.md, docs/ARCHITECTURE-NOTES.md), checked on the compiled classes of
 * every Loket module.
 */
@AnalyzeClasses(packages = "id.loket",
        importOptions = {ImportOption.DoNotIncludeTests.class, ArchitectureTest.DoNotIncludeTestJars.class})
class ArchitectureTest {

    /**
     * Who may use whom, lowest first: settings and rules use nothing of ours; devices use settings;
     * storage and documents use the rules; services use everything below them; screens and commands
     * use services (commands also storage and devices, for serving the database and testing a device);
     * the wiring composes what lies below the screens, for the commands and the app; the app wires them all.
     */
    @ArchTest
    static final ArchRule layersUseOnlyTheLayersBelow = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("Settings").definedBy("id.loket.config..")
            .layer("Rules").definedBy("id.loket.domain..")
            .layer("Devices").definedBy("id.loket.device..")
            .layer("Storage").definedBy("id.loket.storage..")
            .layer("Documents").definedBy("id.loket.documents..")
            .layer("Services").definedBy("id.loket.service..")
            .layer("Screens").definedBy("id.loket.ui..")
            .layer("Commands").definedBy("id.loket.cli..")
            .layer("Wiring").definedBy("id.loket.wiring..")
            .layer("App").definedBy("id.loket.app..")
            .whereLayer("App").mayNotBeAccessedByAnyLayer()
            .whereLayer("Wiring").mayOnlyBeAccessedByLayers("Commands", "App")
            .whereLayer("Commands").mayOnlyBeAccessedByLayers("App")
            .whereLayer("Screens").mayOnlyBeAccessedByLayers("App")
            .whereLayer("Services").mayOnlyBeAccessedByLayers("Screens", "Commands", "Wiring", "App")
            .whereLayer("Documents").mayOnlyBeAccessedByLayers("Services", "Screens", "Commands", "Wiring", "App")
            .whereLayer("Storage").mayOnlyBeAccessedByLayers("Services", "Commands", "Wiring", "App")
            .whereLayer("Devices").mayOnlyBeAccessedByLayers("Services", "Commands", "Wiring", "App")
            .whereLayer("Rules").mayOnlyBeAccessedByLayers("Storage", "Documents", "Services", "Screens",
                    "Commands", "Wiring", "App")
            .whereLayer("Settings").mayOnlyBeAccessedByLayers("Devices", "Storage", "Services", "Screens",
                    "Commands", "Wiring", "App");

    /**
     * No two packages use each other, directly or round about: each package can be read, tested and
     * moved with only what is below it.
     */
    @ArchTest
    static final ArchRule packagesAreFreeOfCycles = slices().matching("id.loket.(**)").should().beFreeOfCycles();

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

    /**
     * The composition root hands out areas ({@code wiring.QueueArea}, {@code wiring.SecurityArea}, ...), not
     * services: the app maps them to the screens' records, and on the command line only
     * {@code cli.CommandWiring} maps them to the small record each command declares it needs.
     */
    @ArchTest
    static final ArchRule onlyTheWiringAndItsTwoMappersUseTheAppContext = noClasses()
            .that().resideOutsideOfPackages("id.loket.wiring..", "id.loket.app..")
            .and().haveNameNotMatching("id\\.loket\\.cli\\.CommandWiring(\\$.*)?")
            .should().dependOnClassesThat().haveFullyQualifiedName("id.loket.wiring.AppContext")
            .because("a command or a screen receives a record of exactly what it needs, so what it may touch is "
                    + "written in one place");

    /** How services are put together is the wiring's business; a service offers only its constructor. */
    @ArchTest
    static final ArchRule servicesHaveNoWiringFactories = noMethods()
            .that().areDeclaredInClassesThat().resideInAPackage("id.loket.service..").and().areStatic()
            .should().haveNameMatching("wired?")
            .because("each area's wiring (id.loket.wiring) builds the services from one foundation, so a NIK rule "
                    + "or a store is made once and not again inside a service's factory");

    @ArchTest
    static final ArchRule servicesKnowNoScreens = noClasses()
            .that().resideInAnyPackage("id.loket.service..", "id.loket.storage..", "id.loket.documents..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "id.loket.ui..", "id.loket.cli..")
            .because("use cases serve the screens and the command line alike");

    @ArchTest
    static final ArchRule onlyScreensAndTheAppTouchTheFxThread = noClasses()
            .that().resideOutsideOfPackages("id.loket.ui..", "id.loket.app..")
            .should().dependOnClassesThat().haveFullyQualifiedName("javafx.application.Platform")
            .because("work comes back to the window through ui.UiExecutor, which the app gives Platform::runLater;"
                    + " below the screens nothing may assume a JavaFX thread exists");

    @ArchTest
    static final ArchRule onlyScreensUseControlsFx = noClasses()
            .that().resideOutsideOfPackage("id.loket.ui..")
            .should().dependOnClassesThat().resideInAPackage("org.controlsfx..")
            .because("ControlsFX draws controls: it is the screens' concern, never a use case's or a command's");

    @ArchTest
    static final ArchRule viewModelsKnowNoControlsFx = noClasses()
            .that().haveSimpleNameEndingWith("ViewModel")
            .should().dependOnClassesThat().resideInAPackage("org.controlsfx..")
            .because("a ViewModel says what is so (which field blocks Save); how it is drawn is the view's");

    /**
     * Today's date and the time come from the {@code Clock} the app (or a command) was started with,
     * so a test can set the day and every part of one run agrees on it. Reading the machine's clock
     * directly is left to the composition root ({@code app}, {@code wiring}, and {@link HeadlessMain} for the
     * command line) and to these, each for its reason:
     * {@link Nik#ofStored(String)} chooses the century of a stored NIK's two-digit birth year against
     * today for the repositories, which hold no clock (the NIK was checked on the clock of the use case
     * that saved it, and the century of a stored birth year does not move with a test's day);
     * {@link Database} names the copy it keeps before a schema update while it is opened, before any
     * clock is wired, by the start-up thread.
     */
    @ArchTest
    static final ArchRule onlyTheWiringReadsTheMachineClock = noClasses()
            .that().resideOutsideOfPackages("id.loket.app..", "id.loket.wiring..")
            .and(DescribedPredicate.not(belongToAnyOf(HeadlessMain.class, Nik.class, Database.class)))
            .should().accessTargetWhere(readsTheMachineClock())
            .because("a test must be able to set the day, and one run must agree on what today is");

    private static DescribedPredicate<JavaAccess<?>> readsTheMachineClock() {
        return DescribedPredicate.describe("reads the machine's clock (Clock.system*, java.time now(), "
                + "System.currentTimeMillis)", access -> {
                    if (!(access.getTarget() instanceof AccessTarget.CodeUnitAccessTarget target)) {
                        return false;
                    }
                    String owner = target.getOwner().getName();
                    String name = target.getName();
                    List<JavaClass> parameters = target.getRawParameterTypes();
                    if (owner.equals("java.time.Clock")) {
                        return name.startsWith("system");
                    }
                    if (owner.equals("java.lang.System")) {
                        return name.equals("currentTimeMillis");
                    }
                    // now(Clock) is the right way; now() and now(ZoneId) read the machine's clock.
                    return owner.startsWith("java.time.") && name.equals("now")
                            && (parameters.isEmpty() || parameters.get(0).isEquivalentTo(java.time.ZoneId.class));
                });
    }

    /** The core's test fixtures come as a jar (core-...-tests.jar), which DoNotIncludeTests does not know as tests. */
    public static final class DoNotIncludeTestJars implements ImportOption {
        private static final Pattern TEST_JAR = Pattern.compile(".*-tests\\.jar!?/.*");

        @Override
        public boolean includes(Location location) {
            return !location.matches(TEST_JAR);
        }
    }
}
