package id.loket.cli;

import static org.assertj.core.api.Assertions.assertThat;

import id.loket.wiring.AppContext;
import id.loket.domain.account.Agent;
import id.loket.domain.jkk.JobType;
import id.loket.domain.jkk.ProposalStatus;
import id.loket.domain.jkk.Termination;
import id.loket.service.security.LoginService;
import id.loket.service.jkk.JkkFixtures;
import id.loket.support.TestApps;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code loket jkk status | terminate | offices | office}: the supervisor's proposal work on the command line. */
class JkkAdminCommandTest {

    private static final String NIK = "6471051501800001";

    @TempDir
    Path dir;
    private LoketRun loket;

    @BeforeEach
    void office() {
        loket = new LoketRun(dir.resolve("data")).user("lurah");
        try (AppContext app = AppContext.open(TestApps.settings(dir.resolve("data")), TestApps.FIRST_DAY)) {
            app.security().demoData().fill(app.foundation().office(), 20);
            Agent agent = ((LoginService.LoggedIn) app.security().login().login("agen1",
                    "111111".toCharArray())).agent();
            app.programmes().jkkProposals().save(JkkFixtures.eligible("0001", JobType.O, 17), agent);
        }
    }

    private AppContext reopen() {
        return AppContext.open(TestApps.settings(dir.resolve("data")), TestApps.FIRST_DAY);
    }

    @Test
    void theSupervisorMovesAProposalAlongTheFlowAndEndsTheCover() {
        for (String step : List.of("diverifikasi", "dicek-bpjs", "ditetapkan", "aktif")) {
            assertThat(loket.run("jkk", "status", "--nik", NIK, "--year", "2026", "--to", step)).as(loket.err())
                    .isZero();
        }
        assertThat(loket.out()).contains("647105******0001").contains("Aktif").doesNotContain(NIK);
        assertThat(loket.run("jkk", "terminate", "--nik", NIK, "--year", "2026", "--reason", "moved-out", "--on",
                "2026-06-01", "--note", "pindah ke Samarinda")).as(loket.err()).isZero();
        try (AppContext app = reopen()) {
            var proposal = app.programmes().jkkProposals().find(2026, NIK).orElseThrow();
            assertThat(proposal.status()).isEqualTo(ProposalStatus.BERHENTI);
            assertThat(proposal.termination()).contains(Termination.MOVED_OUT);
        }
    }

    @Test
    void aStepOutOfOrderOrARefusalWithoutReasonIsRefused() {
        assertThat(loket.run("jkk", "status", "--nik", NIK, "--year", "2026", "--to", "aktif")).isEqualTo(1);
        assertThat(loket.run("jkk", "status", "--nik", NIK, "--year", "2026", "--to", "ditolak")).isEqualTo(1);
        assertThat(loket.err()).contains("tidak dapat langsung menjadi").contains("alasan penolakan");
        assertThat(loket.run("jkk", "status", "--nik", NIK, "--year", "2026", "--to", "selesai")).isEqualTo(2);
        assertThat(loket.run("jkk", "status", "--nik", NIK, "--year", "2025", "--to", "diverifikasi")).isEqualTo(1);
        assertThat(loket.run("jkk", "terminate", "--nik", NIK, "--year", "2026", "--reason", "bosan", "--on",
                "2026-06-01")).isEqualTo(2);
    }

    @Test
    void theSupervisorChangesTheResponsibleOfficeOfALampiranRow() {
        assertThat(loket.run("jkk", "offices")).isZero();
        assertThat(loket.out()).contains("17. o Pemulung | Kecamatan dan Kelurahan").contains("18. - Fakir miskin");
        assertThat(loket.run("jkk", "office", "--row", "17", "--office", "Dinas Sosial")).as(loket.err()).isZero();
        assertThat(loket.run("jkk", "office", "--row", "19", "--office", "Dinas Sosial")).isEqualTo(1);
        try (AppContext app = reopen()) {
            assertThat(app.programmes().jkkProposals().dataOffice(17).orElseThrow().office()).isEqualTo("Dinas Sosial");
        }
    }

    @Test
    void anAgentCannotChangeAProposal() {
        loket.pin("111111");
        assertThat(loket.runAs("agen1", "jkk", "status", "--nik", NIK, "--year", "2026", "--to", "diverifikasi"))
                .isEqualTo(1);
    }
}
