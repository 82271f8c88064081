package id.loket.service.jkk;

import static org.assertj.core.api.Assertions.assertThat;

import id.loket.wiring.AppContext;
import id.loket.domain.account.Agent;
import id.loket.domain.audit.AuditAction;
import id.loket.domain.audit.AuditEvent;
import id.loket.domain.jkk.DataOffice;
import id.loket.domain.jkk.JobType;
import id.loket.domain.jkk.Proposal;
import id.loket.domain.jkk.ProposalDraft;
import id.loket.domain.jkk.ProposalStatus;
import id.loket.domain.jkk.Termination;
import id.loket.domain.nik.Nik;
import id.loket.service.security.LoginService;
import id.loket.support.TestApps;
import java.time.LocalDate;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pekerja rentan proposals on a real H2 file: saved once a year, moved along the flow, ended, audited. */
class JkkServiceTest {

    private static final int PEMULUNG_ROW = 17;

    @TempDir
    Path dir;
    private AppContext app;
    private Agent agent;
    private Agent lurah;
    private JkkService proposals;

    @BeforeEach
    void open() {
        app = TestApps.withDemoData(dir, 20);
        agent = ((LoginService.LoggedIn) app.security().login().login("agen1", "111111".toCharArray())).agent();
        lurah = ((LoginService.LoggedIn) app.security().login().login("lurah", "999999".toCharArray())).agent();
        proposals = app.programmes().jkkProposals();
    }

    @AfterEach
    void close() {
        app.close();
    }

    private Proposal saved(ProposalDraft draft) {
        JkkService.Result result = proposals.save(draft, agent);
        assertThat(result).as("%s", result).isInstanceOf(JkkService.Done.class);
        return ((JkkService.Done) result).proposal();
    }

    private List<AuditEvent> trail() {
        LocalDate day = LocalDate.of(2026, 6, 4);
        return app.security().auditTrail().search(day, day, Optional.empty(), Optional.empty());
    }

    @Test
    void anEligibleResidentIsProposedWithTheDayTheUmkAndTheResponsibleOfficeCopied() {
        Proposal proposal = saved(JkkFixtures.eligible("0001", JobType.O, PEMULUNG_ROW));

        assertThat(proposal.year()).isEqualTo(2026);
        assertThat(proposal.status()).isEqualTo(ProposalStatus.DIAJUKAN);
        assertThat(proposal.umk()).isEqualByComparingTo("3856694.43");
        assertThat(proposal.dataOffice()).isEqualTo("Kecamatan dan Kelurahan");
        assertThat(proposal.jobSpecific()).isEqualTo("pemulung plastik di TPA Manggar");
        assertThat(proposal.ktpOccupation()).contains("Wiraswasta");
        assertThat(proposal.occupationDiffers()).isTrue();
        assertThat(proposals.history(proposal.id())).extracting(JkkRepositoryStatus::of).containsExactly("DIAJUKAN agen1");
    }

    @Test
    void theSavedProposalIsAuditedWithTheNikMasked() {
        Proposal proposal = saved(JkkFixtures.eligible("0001", JobType.O, PEMULUNG_ROW));
        AuditEvent event = trail().stream().filter(e -> e.action() == AuditAction.JKK_PROPOSAL_SAVED).findFirst()
                .orElseThrow();
        assertThat(event.actor()).isEqualTo("agen1");
        assertThat(event.entityId()).isEqualTo(String.valueOf(proposal.id()));
        assertThat(event.detail()).contains("647105******0001").doesNotContain(proposal.nik());
    }

    @Test
    void noPersonIsProposedTwiceInAYear() {
        saved(JkkFixtures.eligible("0001", JobType.O, PEMULUNG_ROW));
        JkkService.Result second = proposals.save(JkkFixtures.eligible("0001", JobType.K, 13), agent);
        assertThat(second).isInstanceOfSatisfying(JkkService.Refused.class, refused -> assertThat(refused.problems())
                .extracting(m -> m.key()).containsExactly("jkk.problem.alreadyProposed"));
        assertThat(proposals.ofYear(2026, "lurah")).hasSize(1);
    }

    @Test
    void aResidentWhoFailsARuleIsNotSavedAndIsToldWhich() {
        ProposalDraft rich = JkkFixtures.draft(Nik.ofStored("6471051501800002", TestApps.FIRST_DAY), JobType.O,
                PEMULUNG_ROW, false, false, "3856694.43");
        JkkService.Result result = proposals.save(rich, agent);
        assertThat(result).isInstanceOfSatisfying(JkkService.Refused.class, refused -> assertThat(refused.problems())
                .extracting(m -> m.key()).containsExactly("jkk.problem.notEligible", "jkk.reason.income.notBelow"));
        assertThat(proposals.ofYear(2026, "lurah")).isEmpty();
    }

    @Test
    void aLampiranRowOfAnotherJobIsRefused() {
        JkkService.Result result = proposals.save(JkkFixtures.eligible("0001", JobType.O, 13), agent);
        assertThat(result).isInstanceOfSatisfying(JkkService.Refused.class, refused -> assertThat(refused.problems())
                .extracting(m -> m.key()).containsExactly("jkk.problem.dataOffice"));
    }

    @Test
    void theFlowGoesStepByStepAndARefusalNeedsItsReason() {
        long id = saved(JkkFixtures.eligible("0001", JobType.O, PEMULUNG_ROW)).id();

        assertThat(proposals.changeStatus(id, ProposalStatus.DITETAPKAN, Optional.empty(), lurah))
                .isInstanceOfSatisfying(JkkService.Refused.class, r -> assertThat(r.problems())
                        .extracting(m -> m.key()).containsExactly("jkk.problem.statusStep"));
        assertThat(proposals.changeStatus(id, ProposalStatus.DITOLAK, Optional.of("  "), lurah))
                .isInstanceOfSatisfying(JkkService.Refused.class, r -> assertThat(r.problems())
                        .extracting(m -> m.key()).containsExactly("jkk.problem.rejectReason"));
        for (ProposalStatus step : List.of(ProposalStatus.DIVERIFIKASI, ProposalStatus.DICEK_BPJS,
                ProposalStatus.DITETAPKAN, ProposalStatus.AKTIF)) {
            assertThat(proposals.changeStatus(id, step, Optional.empty(), lurah)).isInstanceOf(JkkService.Done.class);
        }
        assertThat(proposals.history(id)).extracting(JkkRepositoryStatus::of).containsExactly("DIAJUKAN agen1",
                "DIVERIFIKASI lurah", "DICEK_BPJS lurah", "DITETAPKAN lurah", "AKTIF lurah");
        assertThat(trail()).filteredOn(e -> e.action() == AuditAction.JKK_PROPOSAL_STATUS_CHANGED).hasSize(4);
    }

    @Test
    void anAgentCannotMoveAProposal() {
        long id = saved(JkkFixtures.eligible("0001", JobType.O, PEMULUNG_ROW)).id();
        assertThat(proposals.changeStatus(id, ProposalStatus.DIVERIFIKASI, Optional.empty(), agent))
                .isInstanceOf(JkkService.Refused.class);
        assertThat(proposals.find(2026, "6471051501800001").orElseThrow().status()).isEqualTo(ProposalStatus.DIAJUKAN);
    }

    @Test
    void aRefusedProposalKeepsItsReasonAndIsFinal() {
        long id = saved(JkkFixtures.eligible("0001", JobType.O, PEMULUNG_ROW)).id();
        Proposal refused = ((JkkService.Done) proposals.changeStatus(id, ProposalStatus.DITOLAK,
                Optional.of("Sudah terdaftar di BPJS Ketenagakerjaan"), lurah)).proposal();
        assertThat(refused.statusReason()).contains("Sudah terdaftar di BPJS Ketenagakerjaan");
        assertThat(proposals.changeStatus(id, ProposalStatus.DIVERIFIKASI, Optional.empty(), lurah))
                .isInstanceOf(JkkService.Refused.class);
    }

    @Test
    void onlyACoveredPersonIsEndedWithAReasonOfPasal10() {
        long id = saved(JkkFixtures.eligible("0001", JobType.O, PEMULUNG_ROW)).id();
        assertThat(proposals.terminate(id, Termination.DIED, LocalDate.of(2026, 6, 1), Optional.empty(), lurah))
                .isInstanceOfSatisfying(JkkService.Refused.class, r -> assertThat(r.problems())
                        .extracting(m -> m.key()).containsExactly("jkk.problem.notCovered"));
        for (ProposalStatus step : List.of(ProposalStatus.DIVERIFIKASI, ProposalStatus.DICEK_BPJS,
                ProposalStatus.DITETAPKAN, ProposalStatus.AKTIF)) {
            proposals.changeStatus(id, step, Optional.empty(), lurah);
        }
        assertThat(proposals.terminate(id, Termination.MOVED_OUT, LocalDate.of(2026, 6, 5), Optional.empty(), lurah))
                .isInstanceOf(JkkService.Refused.class);
        Proposal ended = ((JkkService.Done) proposals.terminate(id, Termination.MOVED_OUT, LocalDate.of(2026, 6, 3),
                Optional.of("pindah ke Samarinda"), lurah)).proposal();
        assertThat(ended.status()).isEqualTo(ProposalStatus.BERHENTI);
        assertThat(ended.termination()).contains(Termination.MOVED_OUT);
        assertThat(ended.terminatedOn()).contains(LocalDate.of(2026, 6, 3));
        assertThat(trail()).filteredOn(e -> e.action() == AuditAction.JKK_PROPOSAL_TERMINATED).singleElement()
                .satisfies(e -> assertThat(e.detail()).contains("MOVED_OUT").doesNotContain(ended.nik()));
    }

    @Test
    void priorityResidentsComeFirstInTheList() {
        saved(JkkFixtures.eligible("0001", JobType.O, PEMULUNG_ROW));
        saved(JkkFixtures.draft(Nik.ofStored("6471051501800002", TestApps.FIRST_DAY), JobType.N, 16, false, true, "0"));
        assertThat(proposals.ofYear(2026, "lurah")).extracting(Proposal::nik)
                .containsExactly("6471051501800002", "6471051501800001");
    }

    @Test
    void lampiranIHasEighteenRowsAndTheSupervisorChangesAnOfficeAudited() {
        List<DataOffice> rows = proposals.dataOffices();
        assertThat(rows).hasSize(18);
        assertThat(rows.stream().filter(r -> r.jobType().isPresent()).map(r -> r.jobType().get()).distinct())
                .hasSize(15);
        assertThat(proposals.dataOfficesOf(JobType.F)).extracting(DataOffice::jobLabel)
                .containsExactly("Pedagang kaki lima", "Pedagang keliling");

        assertThat(proposals.updateDataOffice(17, " Dinas Sosial ", Optional.of("Surat keterangan dari bank sampah"),
                lurah)).isEmpty();
        assertThat(proposals.dataOffice(17).orElseThrow().office()).isEqualTo("Dinas Sosial");
        assertThat(proposals.updateDataOffice(17, "", Optional.empty(), lurah)).extracting(m -> m.key())
                .containsExactly("jkk.problem.officeEmpty");
        assertThat(proposals.updateDataOffice(17, "Dinas Sosial", Optional.empty(), agent)).extracting(m -> m.key())
                .containsExactly("jkk.problem.supervisorOnly");
        assertThat(trail()).filteredOn(e -> e.action() == AuditAction.JKK_DATA_OFFICE_CHANGED).singleElement()
                .satisfies(e -> assertThat(e.detail()).contains("Kecamatan dan Kelurahan -> Dinas Sosial"));
    }

    @Test
    void aProposalKeepsTheOfficeItWasHandedToWhenLampiranIChangesLater() {
        Proposal before = saved(JkkFixtures.eligible("0001", JobType.O, PEMULUNG_ROW));
        proposals.updateDataOffice(PEMULUNG_ROW, "Dinas Sosial", Optional.empty(), lurah);
        assertThat(proposals.find(2026, before.nik()).orElseThrow().dataOffice()).isEqualTo("Kecamatan dan Kelurahan");
    }

    /** "STATUS who" for a history row. */
    private static final class JkkRepositoryStatus {
        static String of(id.loket.storage.JkkRepository.StatusChange change) {
            return change.status() + " " + change.changedBy();
        }
    }
}
