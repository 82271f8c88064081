package id.loket.service.security;

import static org.assertj.core.api.Assertions.assertThat;

import id.loket.wiring.AppContext;
import id.loket.domain.audit.AuditAction;
import id.loket.domain.audit.AuditEvent;
import id.loket.support.TestApps;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditTrailTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 4);

    @TempDir
    Path dir;
    private AppContext app;

    @BeforeEach
    void open() {
        app = TestApps.withDemoData(dir, 30);
        app.security().login().login("agen1", "111111".toCharArray());
        app.security().login().login("agen2", "000000".toCharArray());
        app.security().login().login("=HYPERLINK(\"http://x\")", "1".toCharArray());
        app.security().login().login("agen_%", "1".toCharArray());
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void loginsAndFailedLoginsAreOnTheTrail() {
        List<AuditEvent> events = app.security().auditTrail().search(TODAY, TODAY, Optional.empty(), Optional.empty());
        assertThat(events).extracting(AuditEvent::action)
                .contains(AuditAction.LOGIN, AuditAction.LOGIN_FAILED, AuditAction.DEMO_DATA_CREATED);
    }

    @Test
    void theNameFilterTakesPercentAndUnderscoreLiterally() {
        assertThat(app.security().auditTrail().search(TODAY, TODAY, Optional.of("agen_%"), Optional.empty()))
                .extracting(AuditEvent::actor).containsOnly("agen_%");
        assertThat(app.security().auditTrail().search(TODAY, TODAY, Optional.of("AGEN1"),
                Optional.of(AuditAction.LOGIN)))
                .extracting(AuditEvent::actor).containsOnly("agen1");
    }

    @Test
    void daysOutsideTheRangeAreLeftOut() {
        assertThat(app.security().auditTrail().search(TODAY.plusDays(1), TODAY.plusDays(2), Optional.empty(),
                Optional.empty()))
                .isEmpty();
    }

    @Test
    void theExportHasEveryEventNeutralisesFormulasAndIsItselfRecorded() throws Exception {
        int before = app.security().auditTrail().search(TODAY, TODAY, Optional.empty(), Optional.empty()).size();
        StringWriter csv = new StringWriter();
        int rows = app.security().auditTrail().exportCsv(csv, TODAY, TODAY, "lurah");
        assertThat(rows).isEqualTo(before);
        assertThat(csv.toString()).startsWith(AuditTrail.CSV_HEADER).contains(",\"'=HYPERLINK(")
                .doesNotContain(",=HYPERLINK(").doesNotContain(",\"=HYPERLINK(");
        assertThat(app.security().auditTrail().search(TODAY, TODAY, Optional.of("lurah"),
                Optional.of(AuditAction.EXPORT)))
                .hasSize(1);
    }

    @Test
    void theOfficeExportIsMadeInMemoryAndWrittenOnlyWhereTheSupervisorSavesIt() throws Exception {
        AuditTrail.Export export = app.security().auditTrail().export(TODAY, TODAY, "lurah");
        Path target = dir.resolve("flashdisk").resolve("jejak.csv");
        Files.createDirectories(target.getParent());

        app.security().auditTrail().saveCopy(export, target, "lurah");

        assertThat(export.fileName()).isEqualTo("jejak-akses-2026-06-04-2026-06-04.csv");
        assertThat(Files.readAllBytes(target)).isEqualTo(export.csv());
        assertThat(new String(export.csv(), StandardCharsets.UTF_8)).startsWith(AuditTrail.CSV_HEADER);
        Path documents = dir.resolve("documents");
        if (Files.exists(documents)) {
            try (java.util.stream.Stream<Path> kept = Files.walk(documents)) {
                assertThat(kept.filter(Files::isRegularFile)).as("no copy kept in the data folder").isEmpty();
            }
        }
        assertThat(app.security().auditTrail().search(TODAY, TODAY, Optional.of("lurah"),
                Optional.of(AuditAction.EXPORT)))
                .anyMatch(e -> e.detail().equals("copy saved to " + target.toAbsolutePath()));
    }
}
