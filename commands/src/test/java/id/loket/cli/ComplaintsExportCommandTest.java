package id.loket.cli;

import static org.assertj.core.api.Assertions.assertThat;

import id.loket.wiring.AppContext;
import id.loket.domain.account.Agent;
import id.loket.domain.account.Role;
import id.loket.domain.complaint.ComplaintDraft;
import id.loket.domain.complaint.ComplaintKind;
import id.loket.service.complaint.ComplaintService;
import id.loket.support.TestApps;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code loket --user S export complaints}: the complaints of a period for SKM element 8, as CSV or A4. */
class ComplaintsExportCommandTest {

    @TempDir
    Path dir;
    private LoketRun loket;

    /** Two complaints and a suggestion on 4 June 2026; the first answered by the lurah the next day. */
    @BeforeEach
    void officeWithComplaints() {
        loket = new LoketRun(dir.resolve("data"));
        assertThat(loket.run("demo-data", "--households", "10")).isZero();
        Agent agent = new Agent(1, "agen1", "Agen Demo Satu", Role.AGENT, true);
        Agent lurah = new Agent(3, "lurah", "Lurah Demo", Role.SUPERVISOR, true);
        try (AppContext app = AppContext.open(TestApps.settings(dir.resolve("data")), TestApps.FIRST_DAY)) {
            long first = record(app, agent, ComplaintKind.COMPLAINT, "PERLINSOS", "Antrean lama, HP 081234567890");
            record(app, agent, ComplaintKind.COMPLAINT, "IKD", "Petugas IKD tidak ada");
            record(app, agent, ComplaintKind.SUGGESTION, "INFORMASI", "Tambah kursi tunggu");
            assertThat(app.complaintDesk().complaints().answer(first, "Loket ketiga dibuka",
                    lurah)).isInstanceOf(ComplaintService.Done.class);
        }
    }

    private static long record(AppContext app, Agent agent, ComplaintKind kind, String service, String text) {
        ComplaintService.RecordResult result = app.complaintDesk().complaints().record(new ComplaintDraft(Optional.of(kind),
                Optional.of(service), text, Optional.of("081234567890"), Optional.empty()), agent);
        return ((ComplaintService.Recorded) result).complaint().id();
    }

    @Test
    void theCsvHasOneRowPerComplaintOfThePeriodAndNothingTheResidentSaid() throws IOException {
        Path csv = dir.resolve("pengaduan.csv");

        assertThat(loket.run("--user", "lurah", "export", "complaints", "--from", "2026-06-01", "--to", "2026-06-30",
                "--format", "csv", "--out", csv.toString())).isZero();

        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).isEqualTo("number,received,kind,service,status,answered,working_days,late");
        assertThat(lines.subList(1, lines.size())).containsExactly(
                "PGD-00001,2026-06-04,COMPLAINT,PERLINSOS,ANSWERED,2026-06-04,0,false",
                lines.get(2), lines.get(3));
        assertThat(lines.get(2)).startsWith("PGD-00002,2026-06-04,COMPLAINT,IKD,OPEN,,").endsWith(",true");
        assertThat(lines.get(3)).startsWith("PGD-00003,2026-06-04,SUGGESTION,INFORMASI,OPEN,,");
        assertThat(String.join("\n", lines)).doesNotContain("Antrean", "0812", "kursi");
        assertThat(loket.err()).contains("3");
    }

    @Test
    void thePdfIsTheA4ReportForElementEight() throws IOException {
        Path pdf = dir.resolve("pengaduan.pdf");

        assertThat(loket.run("--user", "lurah", "export", "complaints", "--from", "2026-06-01", "--to", "2026-06-30",
                "--format", "pdf", "--out", pdf.toString())).isZero();

        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Laporan Pengaduan dan Saran", "Unsur SKM 8", "PGD-00003",
                    "3 (2 pengaduan, 1 saran)").doesNotContain("Antrean", "0812");
        }
    }

    @Test
    void aPeriodWithoutComplaintsGivesOnlyTheHeader() throws IOException {
        Path csv = dir.resolve("empty.csv");

        assertThat(loket.run("--user", "lurah", "export", "complaints", "--from", "2026-07-01", "--to", "2026-07-31",
                "--format", "csv", "--out", csv.toString())).isZero();

        assertThat(Files.readAllLines(csv, StandardCharsets.UTF_8)).hasSize(1);
    }

    @Test
    void datesTheWrongWayRoundAreMisuseAndNothingIsWritten() {
        Path csv = dir.resolve("never.csv");

        assertThat(loket.run("--user", "lurah", "export", "complaints", "--from", "2026-06-30", "--to", "2026-06-01",
                "--format", "csv", "--out", csv.toString())).isEqualTo(2);

        assertThat(loket.err()).contains("--to (2026-06-01) harus sama dengan atau sesudah --from (2026-06-30)");
        assertThat(csv).doesNotExist();
    }

    @Test
    void anAgentIsRefused() {
        loket.pin("111111");
        Path csv = dir.resolve("agent.csv");

        assertThat(loket.run("--user", "agen1", "export", "complaints", "--from", "2026-06-01", "--to", "2026-06-30",
                "--format", "csv", "--out", csv.toString())).isEqualTo(1);

        assertThat(csv).doesNotExist();
    }

}
