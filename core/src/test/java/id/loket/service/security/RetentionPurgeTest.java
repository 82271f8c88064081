package id.loket.service.security;

import static org.assertj.core.api.Assertions.assertThat;

import id.loket.wiring.AppContext;
import id.loket.domain.audit.AuditAction;
import id.loket.domain.audit.AuditEvent;
import id.loket.support.TestApps;
import id.loket.domain.household.ExplanationDraft;
import id.loket.domain.household.ExplanationReason;
import id.loket.domain.queue.Lane;
import id.loket.domain.servicerecord.InformationTopic;
import id.loket.domain.servicerecord.ServiceKind;
import id.loket.domain.servicerecord.ServiceOutcome;
import id.loket.domain.servicerecord.ServiceRecordDraft;
import id.loket.storage.Database;
import id.loket.storage.DatabaseKey;
import id.loket.storage.Jdbc;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Retention: a demo office, then the same office seen two years later, when its data is past 730 days. */
class RetentionPurgeTest {

    @TempDir
    Path dir;

    @Test
    void nothingIsDueWithinTheRetentionPeriod() {
        try (AppContext app = TestApps.withDemoData(dir, 200)) {
            assertThat(app.security().purge().due()).isEqualTo(new RetentionPurge.Counts(0, 0, 0));
        }
    }

    @Test
    void aPurgeRemovesPersonalDataButKeepsTheCounts() throws Exception {
        int households;
        int registered;
        int registeredHouseholdsInCsv;
        try (AppContext app = TestApps.withDemoData(dir, 200)) {
            households = app.reporting().progress().current().households();
            registered = app.reporting().progress().current().registered();
            registeredHouseholdsInCsv = (int) csv(app).lines().filter(l -> l.endsWith(",yes")).count();
        }
        Clock later = Clock.offset(TestApps.FIRST_DAY, Duration.ofDays(800));
        try (AppContext app = AppContext.open(TestApps.settings(dir), later)) {
            RetentionPurge.Counts due = app.security().purge().due();
            assertThat(due.households()).isEqualTo(registered);
            RetentionPurge.Counts done = app.security().purge().purge("lurah");
            assertThat(done).isEqualTo(due);

            assertThat(app.reporting().progress().current().households()).as("households still counted")
                    .isEqualTo(households);
            assertThat(app.reporting().progress().current().registered()).as("registrations still counted")
                    .isEqualTo(registered);
            String export = csv(app);
            assertThat(export.lines().skip(1).count()).as("purged households are no longer listed")
                    .isEqualTo(households - registeredHouseholdsInCsv);
            assertThat(export).doesNotContain(",yes");
            assertThat(app.security().purge().due()).isEqualTo(new RetentionPurge.Counts(0, 0, 0));
            List<AuditEvent> purges = app.security().auditTrail()
                    .search(later.instant().atZone(later.getZone()).toLocalDate(),
                    later.instant().atZone(later.getZone()).toLocalDate(), Optional.of("lurah"),
                    Optional.of(AuditAction.PURGE));
            assertThat(purges).hasSize(1);
        }
    }

    @Test
    void aPurgeRemovesWhoReportedAnOldExplanationAndKeepsTheExplanationAndANewerReporter() {
        long old;
        try (AppContext app = TestApps.withDemoData(dir, 60)) {
            var rt = app.reporting().progress().current().perRt().get(0).rt();
            old = app.lists().casework().explanations().open(rt, "lurah").get(0).householdId();
            app.lists().casework().explanations().record(old, new ExplanationDraft(ExplanationReason.MOVED_OUT,
                    "Pak Darmo, Ketua RT", LocalDate.now(TestApps.FIRST_DAY)), "lurah");
        }
        Clock later = Clock.offset(TestApps.FIRST_DAY, Duration.ofDays(800));
        long recent;
        try (AppContext app = AppContext.open(TestApps.settings(dir), later)) {
            var rt = app.reporting().progress().current().perRt().get(0).rt();
            int explainedBefore = app.reporting().progress().current().perRt().get(0).explained();
            recent = app.lists().casework().explanations().open(rt, "lurah").get(0).householdId();
            app.lists().casework().explanations().record(recent, new ExplanationDraft(ExplanationReason.DIED,
                    "Bu Sari, Ketua RT", LocalDate.now(later)), "lurah");

            app.security().purge().purge("lurah");

            assertThat(app.reporting().progress().current().perRt().get(0).explained())
                    .as("both still count as explained")
                    .isEqualTo(explainedBefore + 1);
            assertThat(app.lists().casework().explanations().explained(rt, "lurah"))
                    .extracting(e -> e.householdId() + " " + e.reason() + " " + e.reportedBy())
                    .containsExactlyInAnyOrder(old + " MOVED_OUT -", recent + " DIED Bu Sari, Ketua RT");
            assertThat(app.security().auditTrail().search(LocalDate.now(later), LocalDate.now(later), Optional.empty(),
                    Optional.of(AuditAction.PURGE))).singleElement()
                    .satisfies(e -> assertThat(e.detail()).contains("1 explanation reporters"));
        }
        try (Database database = Database.openEmbedded(dir, DatabaseKey.loadOrCreate(TestApps.keyFile(dir)))) {
            Jdbc jdbc = new Jdbc(database.dataSource());
            assertThat(jdbc.count("SELECT COUNT(*) FROM household_explanation WHERE reported_by LIKE '%Darmo%'")).isZero();
        }
    }

    @Test
    void aPurgeClearsTheNotesOfServiceRecordsPastTheirRetentionAndKeepsTheirCounts() {
        try (AppContext app = TestApps.withDemoData(dir, 60)) {
            var agent = ((LoginService.LoggedIn) app.security().login().login("agen1", "111111".toCharArray())).agent();
            app.registration().serviceRecords().save(new ServiceRecordDraft(Optional.empty(), "INFORMASI",
                    ServiceKind.INFORMATION,
                    Optional.of(ServiceOutcome.FORWARDED), Optional.empty(), Optional.of(InformationTopic.COMPLAINT),
                    Optional.of("Pak Budi, tetangga RT 3, diteruskan ke lurah")), agent);
        }
        Clock later = Clock.offset(TestApps.FIRST_DAY, Duration.ofDays(800));
        try (AppContext app = AppContext.open(TestApps.settings(dir), later)) {
            app.security().purge().purge("lurah");
        }

        try (Database database = Database.openEmbedded(dir, DatabaseKey.loadOrCreate(TestApps.keyFile(dir)))) {
            Jdbc jdbc = new Jdbc(database.dataSource());
            assertThat(jdbc.count("SELECT COUNT(*) FROM service_record WHERE outcome = 'FORWARDED'")).isEqualTo(1);
            assertThat(jdbc.count("SELECT COUNT(*) FROM service_record WHERE note IS NOT NULL")).isZero();
        }
    }

    @Test
    void aPurgeRemovesTheKeptTicketsAndReceiptsOfThosePastTheirRetentionAndKeepsNewerOnes() throws Exception {
        Path firstDayTicket;
        try (AppContext app = TestApps.withDemoData(dir, 60)) {
            firstDayTicket = app.queue().tickets().issue("PERLINSOS", Lane.REGULAR).pdfPath();
        }
        Clock later = Clock.offset(TestApps.FIRST_DAY, Duration.ofDays(800));
        try (AppContext app = AppContext.open(TestApps.settings(dir), later)) {
            app.startDevices();
            Path todaysTicket = app.queue().tickets().issue("PERLINSOS", Lane.REGULAR).pdfPath();
            Path printed = dir.resolve("documents").resolve("printed");
            // The PDF printer's copies of both tickets, dated as if written on their days.
            Files.setLastModifiedTime(printed.resolve("A-001.pdf"), FileTime.from(TestApps.FIRST_DAY.instant()));
            Files.setLastModifiedTime(printed.resolve("A-001-2.pdf"), FileTime.from(later.instant()));

            RetentionPurge.Counts due = app.security().purge().due();
            assertThat(due.documents()).as("the first day's ticket and its printed PDF").isEqualTo(2);
            assertThat(app.security().purge().purge("lurah")).isEqualTo(due);

            assertThat(firstDayTicket).doesNotExist();
            assertThat(printed.resolve("A-001.pdf")).doesNotExist();
            assertThat(todaysTicket).exists();
            assertThat(printed.resolve("A-001-2.pdf")).exists();
            assertThat(app.security().purge().due().documents()).isZero();
            LocalDate today = later.instant().atZone(later.getZone()).toLocalDate();
            assertThat(app.security().auditTrail().search(today, today, Optional.of("lurah"),
                    Optional.of(AuditAction.PURGE)))
                    .singleElement().satisfies(e -> assertThat(e.detail()).endsWith("2 kept documents"));
        }
    }

    private static String csv(AppContext app) throws Exception {
        StringWriter csv = new StringWriter();
        app.registration().householdExport().write(csv, "test");
        return csv.toString();
    }
}
