package id.loket.cli;

import static org.assertj.core.api.Assertions.assertThat;

import id.loket.support.RtListWorkbooks;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code loket --user S import skm FILE} and {@code loket --user S export ikm}: paper questionnaires in, the IKM out. */
class SkmCommandsTest {

    @TempDir
    Path dir;
    private LoketRun loket;

    @BeforeEach
    void demoOffice() {
        loket = new LoketRun(dir.resolve("data"));
        assertThat(loket.run("demo-data", "--households", "10")).isZero();
    }

    @Test
    void goodRowsAreKeptAndEveryBadRowIsListedByLineWithItsReason() throws Exception {
        Path sheet = Files.writeString(dir.resolve("skm.csv"), String.join("\n",
                "Kuesioner SKM Kelurahan",
                "Tanggal;Layanan;U1;U2;U3;U4;U5;U6;U7;U8;U9",
                "2026-06-04;PERLINSOS;4;4;3;4;3;4;4;3;4",
                "2026-06-04;A;5;4;3;4;3;4;4;3;4",
                "2026-06-05;IKD;4;;3;4;3;4;4;3;4",
                "2026-02-30;IKD;4;4;3;4;3;4;4;3;4",
                "2026-06-05;KTP;4;4;3;4;3;4;4;3;4",
                ";;;;;;;;;;",
                "05/06/2026;Aktivasi IKD;3;3;3;3;3;3;3;3;3", ""), StandardCharsets.UTF_8);

        assertThat(loket.run("--user", "lurah", "import", "skm", sheet.toString())).isZero();

        String said = loket.out();
        assertThat(said).contains("dibaca 6, disimpan 2, ditolak 4")
                .contains("baris 4: jawaban u1 \u201e5\u201c di luar 1 sampai 4")
                .contains("baris 5: jawaban u2 kosong")
                .contains("baris 6: tanggal \u201e2026-02-30\u201c tidak ada di kalender")
                .contains("baris 7: layanan \u201eKTP\u201c tidak dikenal kantor ini")
                .doesNotContain("baris 3:").doesNotContain("baris 9:");
    }

    @Test
    void theIkmCsvHasOneRowPerServiceAndThePooledRow() throws Exception {
        Path sheet = Files.writeString(dir.resolve("skm.csv"), String.join("\n",
                "tanggal,layanan,u1,u2,u3,u4,u5,u6,u7,u8,u9",
                "2026-06-04,PERLINSOS,4,4,4,4,4,4,4,4,4",
                "2026-06-04,PERLINSOS,3,3,3,3,3,3,3,3,2",
                "2026-06-05,IKD,1,1,1,1,1,1,1,1,1",
                "2026-07-01,IKD,4,4,4,4,4,4,4,4,4", ""), StandardCharsets.UTF_8);
        assertThat(loket.run("--user", "lurah", "import", "skm", sheet.toString())).isZero();
        Path csv = dir.resolve("ikm.csv");

        assertThat(loket.run("--user", "lurah", "export", "ikm", "--from", "2026-06-01", "--to", "2026-06-30",
                "--format", "csv", "--out", csv.toString())).isZero();

        assertThat(Files.readAllLines(csv, StandardCharsets.UTF_8)).containsExactly(
                "scope,respondents,u1,u2,u3,u4,u5,u6,u7,u8,u9,ikm,grade",
                "PERLINSOS,2,3.500,3.500,3.500,3.500,3.500,3.500,3.500,3.500,3.000,86.11,B",
                "IKD,1,1.000,1.000,1.000,1.000,1.000,1.000,1.000,1.000,1.000,25.00,D",
                "ALL,3,2.667,2.667,2.667,2.667,2.667,2.667,2.667,2.667,2.333,65.74,C");
    }

    @Test
    void aWorkbookIsReadLikeACsvWithItsDateCells() throws Exception {
        Path sheet = RtListWorkbooks.write(dir.resolve("skm.xlsx"), RtListWorkbooks.SheetContent.of("Juni", List.of(
                RtListWorkbooks.row("Tanggal", "Jenis Layanan", "Unsur 1", "Unsur 2", "Unsur 3", "Unsur 4", "Unsur 5",
                        "Unsur 6", "Unsur 7", "Unsur 8", "Unsur 9"),
                RtListWorkbooks.row(46177, "PERLINSOS", 4, 4, 4, 4, 4, 4, 4, 4, 4),
                RtListWorkbooks.row(46177, "PERLINSOS", 4, 4, 4, 4, 4, 4, 4, 4, 7))));

        assertThat(loket.run("--user", "lurah", "import", "skm", sheet.toString())).isZero();

        assertThat(loket.out()).contains("dibaca 2, disimpan 1, ditolak 1").contains("lembar Juni, baris 3:");
    }

    @Test
    void aFileWithoutTheSurveyColumnsIsUnreadableAndKeepsNothing() throws Exception {
        Path sheet = Files.writeString(dir.resolve("rt.csv"), "nik,nama\n6471054707500003,Siti\n",
                StandardCharsets.UTF_8);

        assertThat(loket.run("--user", "lurah", "import", "skm", sheet.toString())).isEqualTo(1);

        assertThat(loket.err()).contains("Kolom SKM tidak ditemukan di rt.csv");
    }

    @Test
    void aFileThatIsNoSpreadsheetAtAllIsUnreadable() throws Exception {
        Path junk = Files.write(dir.resolve("skm.xlsx"), new byte[] {'P', 'K', 3, 4, 0, 1, 2, 3, 4, 5});

        assertThat(loket.run("--user", "lurah", "import", "skm", junk.toString())).isEqualTo(1);

        assertThat(loket.out()).doesNotContain("dibaca");
    }

    @Test
    void withoutASupervisorTheImportIsMisuse() throws Exception {
        Path sheet = Files.writeString(dir.resolve("skm.csv"), "tanggal,layanan,u1,u2,u3,u4,u5,u6,u7,u8,u9\n",
                StandardCharsets.UTF_8);

        assertThat(loket.run("import", "skm", sheet.toString())).isEqualTo(2);
    }

    @Test
    void theReportIsAnA4Pdf() throws Exception {
        Path sheet = Files.writeString(dir.resolve("skm.csv"), "tanggal,layanan,u1,u2,u3,u4,u5,u6,u7,u8,u9\n"
                + "2026-06-04,PERLINSOS,4,3,3,4,3,4,4,2,4\n", StandardCharsets.UTF_8);
        assertThat(loket.run("--user", "lurah", "import", "skm", sheet.toString())).isZero();
        Path pdf = dir.resolve("ikm.pdf");

        assertThat(loket.run("--user", "lurah", "export", "ikm", "--from", "2026-06-01", "--to", "2026-06-30",
                "--format", "pdf", "--out", pdf.toString())).isZero();

        assertThat(new String(Files.readAllBytes(pdf), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
    }

    @Test
    void datesTheWrongWayRoundAreMisuse() {
        assertThat(loket.run("--user", "lurah", "export", "ikm", "--from", "2026-06-30", "--to", "2026-06-01",
                "--format", "csv")).isEqualTo(2);
    }

}
