package id.loket.cli;

import static org.assertj.core.api.Assertions.assertThat;

import id.loket.wiring.AppContext;
import id.loket.domain.ssn.SsnRequestDraft;
import id.loket.domain.ssn.SsnRequestKind;
import id.loket.service.ssn.SsnCardRequests;
import id.loket.support.CaseworkFixtures;
import id.loket.support.TestApps;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code loket --user S export ssn-requests}: the period's SSN card requests for Diskominfo. */
class SsnRequestsCommandTest {

    @TempDir
    Path dir;
    private LoketRun loket;
    private String nik;

    @BeforeEach
    void officeWithOneRequest() {
        Path data = dir.resolve("data");
        loket = new LoketRun(data, "ssn.card-requests=true");
        try (AppContext app = TestApps.withDemoData(data, 10, "ssn.card-requests", "true")) {
            CaseworkFixtures fixtures = new CaseworkFixtures(app);
            nik = fixtures.households().get(0).nik();
            assertThat(app.programmes().ssn().requests().record(new SsnRequestDraft(nik, "Siti",
                    Optional.of(SsnRequestKind.NEW_CARD),
                    "", "", ""), Optional.empty(), fixtures.agent())).isInstanceOf(SsnCardRequests.Saved.class);
        }
    }

    @Test
    void theCsvHoldsTheRequestWithItsFullNik() throws Exception {
        Path csv = dir.resolve("ssn.csv");

        assertThat(loket.run("--user", "lurah", "export", "ssn-requests", "--from", "2026-06-01", "--to", "2026-06-30",
                "--format", "csv", "--out", csv.toString())).isZero();

        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1)).startsWith("SSN-000001,2026-06-04T09:00," + nik + ",Siti,NEW_CARD,");
        assertThat(loket.err()).contains("1 permohonan kartu SSN diekspor");
    }

    @Test
    void theWorkbookIsWrittenWhereAsked() throws Exception {
        Path xlsx = dir.resolve("ssn.xlsx");

        assertThat(loket.run("--user", "lurah", "export", "ssn-requests", "--from", "2026-06-04", "--to", "2026-06-04",
                "--format", "xlsx", "--out", xlsx.toString())).isZero();

        try (ReadableWorkbook workbook = new ReadableWorkbook(xlsx.toFile())) {
            assertThat(workbook.getFirstSheet().read().get(1).getCellText(2)).isEqualTo(nik);
        }
    }

    @Test
    void aWorkbookWithoutOutIsMisuse() {
        assertThat(loket.run("--user", "lurah", "export", "ssn-requests", "--from", "2026-06-04", "--to", "2026-06-04",
                "--format", "xlsx")).isEqualTo(2);
        assertThat(loket.err()).contains("--out FILE");
    }

    @Test
    void withoutASupervisorNothingIsExported() {
        assertThat(loket.run("export", "ssn-requests", "--from", "2026-06-04", "--to", "2026-06-04", "--format", "csv"))
                .isEqualTo(2);
        loket.pin("111111");
        assertThat(loket.run("--user", "agen1", "export", "ssn-requests", "--from", "2026-06-04", "--to", "2026-06-04",
                "--format", "csv")).isEqualTo(1);
        assertThat(loket.out()).doesNotContain(nik);
    }

    @Test
    void theRecipientsListIsImportedAndItsBadRowsNamedMasked() throws Exception {
        Path list = dir.resolve("penerima.csv");
        Files.writeString(list, "NIK,Nomor Kartu\n" + nik + ",SSN-77\n64710512345678,\n");

        assertThat(loket.run("--user", "lurah", "import", "ssn-recipients", list.toString())).isZero();

        assertThat(loket.out()).contains("2 baris dibaca, 1 penerima SSN tercatat").contains("baris 3: 647105********")
                .doesNotContain("64710512345678").doesNotContain(nik);
    }

    @Test
    void aRecipientsFileWithoutANikColumnIsRefused() throws Exception {
        Path list = dir.resolve("salah.csv");
        Files.writeString(list, "Nama,Alamat\nSiti,Jl. A\n");

        assertThat(loket.run("--user", "lurah", "import", "ssn-recipients", list.toString())).isEqualTo(1);
        assertThat(loket.err()).contains("kolom NIK tidak ditemukan");
    }

}
