package id.loket.service.registration;

import static org.assertj.core.api.Assertions.assertThat;

import id.loket.service.security.LoginService;
import id.loket.wiring.AppContext;
import id.loket.domain.account.Agent;
import id.loket.domain.audit.AuditAction;
import id.loket.domain.audit.AuditEvent;
import id.loket.domain.queue.Lane;
import id.loket.domain.queue.Ticket;
import id.loket.domain.servicerecord.IkdNotActivatedReason;
import id.loket.domain.servicerecord.InformationTopic;
import id.loket.domain.servicerecord.ServiceKind;
import id.loket.domain.servicerecord.ServiceOutcome;
import id.loket.domain.servicerecord.ServiceRecordDraft;
import id.loket.support.TestApps;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The short records of services other than the Perlinsos registration, on a real H2 file: refused with
 * what is missing, saved with its audit event (the note kept out of the trail), and counted in the
 * daily summary.
 */
class ServiceRecordServiceTest {

    @TempDir
    Path dir;
    private AppContext app;
    private Agent agent;

    @BeforeEach
    void open() {
        app = TestApps.withDemoData(dir, 60);
        agent = ((LoginService.LoggedIn) app.security().login().login("agen1", "111111".toCharArray())).agent();
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void anIkdActivationThatFailedNeedsItsReasonAndIsThenSavedAndAudited() {
        app.queue().tickets().issue("IKD", Lane.REGULAR);
        Ticket ticket = app.queue().counter().callNext(agent).orElseThrow();

        ServiceRecordService.SaveResult refused = app.registration().serviceRecords().save(ikd(ticket, Optional.empty()),
                agent);
        assertThat(refused).isInstanceOfSatisfying(ServiceRecordService.Rejected.class, r -> assertThat(r.problems())
                .extracting(m -> m.key()).containsExactly("serviceRecord.problem.noReason"));
        assertThat(app.registration().serviceRecords().outcomesToday()).isEmpty();

        ServiceRecordService.SaveResult saved = app.registration().serviceRecords().save(
                ikd(ticket, Optional.of(IkdNotActivatedReason.NO_ACTIVE_NUMBER)), agent);

        assertThat(saved).isInstanceOfSatisfying(ServiceRecordService.Saved.class, s -> {
            assertThat(s.record().ticketId()).contains(ticket.id());
            assertThat(s.record().reason()).contains(IkdNotActivatedReason.NO_ACTIVE_NUMBER);
            assertThat(s.record().note()).contains("nomor Ibu Sari 0812 mati");
            assertThat(s.record().counterNumber()).isEqualTo(app.queue().counter().counterNumber());
        });
        List<AuditEvent> events = app.security().auditTrail().search(app.reporting().progress().today(),
                app.reporting().progress().today(), Optional.empty(),
                Optional.of(AuditAction.SERVICE_RECORDED));
        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.actor()).isEqualTo("agen1");
            assertThat(e.detail()).contains("IKD", "NOT_ACTIVATED", "ticket " + ticket.id()).doesNotContain("Sari");
        });
        assertThat(app.registration().serviceRecords().outcomesToday()).containsEntry(ServiceOutcome.NOT_ACTIVATED, 1);
    }

    @Test
    void theDailySummaryCountsHowTodaysOtherServicesEnded() throws IOException {
        assertThat(summary()).contains("Layanan lain hari ini belum ada");
        for (int i = 0; i < 2; i++) {
            app.registration().serviceRecords().save(new ServiceRecordDraft(Optional.empty(), "INFORMASI",
                    ServiceKind.INFORMATION,
                    Optional.of(ServiceOutcome.ANSWERED), Optional.empty(), Optional.of(InformationTopic.BPJS),
                    Optional.empty()), agent);
        }
        app.registration().serviceRecords().save(new ServiceRecordDraft(Optional.empty(), "IKD",
                ServiceKind.IKD_ACTIVATION,
                Optional.of(ServiceOutcome.ACTIVATED), Optional.empty(), Optional.empty(), Optional.empty()), agent);

        assertThat(summary()).contains("Layanan lain hari ini IKD aktif 1, Dijawab 2");
    }

    private String summary() throws IOException {
        try (PDDocument document = Loader.loadPDF(app.reporting().reports().dailySummary("lurah").pdf())) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    private static ServiceRecordDraft ikd(Ticket ticket, Optional<IkdNotActivatedReason> reason) {
        return new ServiceRecordDraft(Optional.of(ticket.id()), ticket.serviceCode(), ServiceKind.IKD_ACTIVATION,
                Optional.of(ServiceOutcome.NOT_ACTIVATED), reason, Optional.empty(),
                Optional.of("nomor Ibu Sari 0812 mati"));
    }
}
