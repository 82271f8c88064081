package id.loket.service.rekap;

import static org.assertj.core.api.Assertions.assertThat;

import id.loket.config.Kelurahan;
import id.loket.config.KelurahanCatalog;
import id.loket.domain.dailyfile.DailyFigures;
import id.loket.domain.household.ExplanationReason;
import id.loket.domain.registration.Outcome;
import id.loket.domain.registration.RegistrationPath;
import id.loket.domain.text.Message;
import id.loket.domain.text.Texts;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The kecamatan's and the city's merge of signed daily files. */
class RekapServiceTest {

    private static final LocalDate DAY_1 = LocalDate.of(2026, 6, 4);
    private static final LocalDate DAY_2 = LocalDate.of(2026, 6, 5);

    @TempDir
    Path dir;

    private final KelurahanCatalog regions = KelurahanCatalog.builtIn();

    private List<String> kecamatanOf(String kecamatanCode) {
        return regions.all().stream().filter(k -> k.kecamatanCode().equals(kecamatanCode)).map(Kelurahan::code).toList();
    }

    @Test
    void theKecamatanTotalsAreTheSumsOfItsOfficesLatestFiles() {
        DailyFileSamples samples = new DailyFileSamples(dir);
        List<String> offices = kecamatanOf("64.71.01");
        List<RekapService.Input> inputs = new ArrayList<>();
        List<DailyFigures> latest = new ArrayList<>();
        for (int i = 0; i < offices.size(); i++) {
            inputs.add(input(samples, DailyFileSamples.figures(offices.get(i), DAY_1, 2 + i, 3 + i)));
            DailyFigures second = DailyFileSamples.figures(offices.get(i), DAY_2, 2 + i, 5 + i);
            inputs.add(input(samples, second));
            latest.add(second);
        }

        RekapResult result = new RekapService(regions).merge(inputs, samples.registered(offices.toArray(String[]::new)));

        assertThat(result.refused()).isEmpty();
        assertThat(result.warnings()).isEmpty();
        assertThat(result.filesMerged()).isEqualTo(inputs.size());
        AreaRollup kecamatan = result.kecamatan().get(0);
        Tally total = kecamatan.total();
        assertThat(total.households()).isEqualTo(latest.stream().mapToInt(DailyFigures::households).sum());
        assertThat(total.registered()).isEqualTo(latest.stream().mapToInt(DailyFigures::registered).sum());
        assertThat(total.explained(ExplanationReason.MOVED_OUT))
                .isEqualTo(latest.stream().mapToInt(f -> f.explained(ExplanationReason.MOVED_OUT)).sum());
        assertThat(total.byPath(RegistrationPath.OLEH_AGEN))
                .isEqualTo(latest.stream().mapToInt(f -> f.registeredByPath().get(RegistrationPath.OLEH_AGEN)).sum());
        // Attempts are the day's work: summed over both days of every office.
        assertThat(total.attempts(Outcome.BERHASIL)).isEqualTo(5 * inputs.size());
        assertThat(kecamatan.registeredByDay()).containsOnlyKeys(DAY_1, DAY_2);
        assertThat(kecamatan.registeredByDay().get(DAY_2)).isEqualTo(total.registered());
        assertThat(result.cities()).singleElement().satisfies(city -> assertThat(city.total()).isEqualTo(total));
    }

    @Test
    void theKelurahanFurthestBehindComesFirst() {
        DailyFileSamples samples = new DailyFileSamples(dir);
        List<String> offices = kecamatanOf("64.71.01");
        List<RekapService.Input> inputs = new ArrayList<>();
        for (int i = 0; i < offices.size(); i++) {
            inputs.add(input(samples, DailyFileSamples.figures(offices.get(i), DAY_1, 2, 30 - i)));
        }

        RekapResult result = new RekapService(regions).merge(inputs, samples.registered(offices.toArray(String[]::new)));

        List<KelurahanLine> lines = result.kecamatan().get(0).furthestBehindFirst();
        assertThat(lines.get(0).code()).isEqualTo(offices.get(offices.size() - 1));
        assertThat(lines).isSortedAccordingTo(KelurahanLine.FURTHEST_BEHIND_FIRST);
    }

    @Test
    void aKelurahanCodeNotInTheRegionDataIsRefused() {
        DailyFileSamples samples = new DailyFileSamples(dir);
        String unknown = "64.71.01.9999";

        RekapResult result = new RekapService(regions).merge(
                List.of(input(samples, DailyFileSamples.figures(unknown, DAY_1, 1, 1))), samples.registered(unknown));

        assertThat(result.nothingUsable()).isTrue();
        assertThat(result.refused()).extracting(Message::key).containsExactly("rekap.refused.unknownKelurahan");
        assertThat(Texts.indonesian().text(result.refused().get(0))).contains("64.71.01.9999").contains("f.json");
    }

    @Test
    void anEditedFileIsRefusedAndTheOthersAreStillMerged() {
        DailyFileSamples samples = new DailyFileSamples(dir);
        List<String> offices = kecamatanOf("64.71.01");
        String text = new String(samples.signed(DailyFileSamples.figures(offices.get(0), DAY_1, 1, 10)),
                java.nio.charset.StandardCharsets.UTF_8).replace("\"households\": 40", "\"households\": 80")
                .replace("\"notRegistered\": 30", "\"notRegistered\": 70");
        List<RekapService.Input> inputs = List.of(new RekapService.Input("edited.json", text.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                input(samples, DailyFileSamples.figures(offices.get(1), DAY_1, 1, 10)));

        RekapResult result = new RekapService(regions).merge(inputs, samples.registered(offices.toArray(String[]::new)));

        assertThat(result.refused()).extracting(Message::key).containsExactly("rekap.refused.altered");
        assertThat(result.filesMerged()).isOne();
    }

    @Test
    void anOlderFileForTheSameOfficeAndDayIsIgnoredWithAWarning() {
        DailyFileSamples samples = new DailyFileSamples(dir);
        String office = kecamatanOf("64.71.01").get(0);
        DailyFigures morning = DailyFileSamples.madeAt(DailyFileSamples.figures(office, DAY_1, 1, 3),
                Instant.parse("2026-06-04T04:00:00Z"));
        DailyFigures evening = DailyFileSamples.madeAt(DailyFileSamples.figures(office, DAY_1, 1, 9),
                Instant.parse("2026-06-04T09:00:00Z"));

        RekapResult result = new RekapService(regions).merge(List.of(
                new RekapService.Input("evening.json", samples.signed(evening)),
                new RekapService.Input("morning.json", samples.signed(morning))), samples.registered(office));

        assertThat(result.kecamatan().get(0).total().registered()).isEqualTo(9);
        assertThat(result.warnings()).filteredOn(m -> m.key().equals("rekap.warning.older")).singleElement()
                .satisfies(m -> assertThat(m.args()).startsWith("morning.json", "evening.json"));
    }

    @Test
    void missingKelurahanAndMissingDaysAreWarned() {
        DailyFileSamples samples = new DailyFileSamples(dir);
        List<String> offices = kecamatanOf("64.71.01");
        List<RekapService.Input> inputs = List.of(
                input(samples, DailyFileSamples.figures(offices.get(0), DAY_1, 1, 1)),
                input(samples, DailyFileSamples.figures(offices.get(0), DAY_2, 1, 2)),
                input(samples, DailyFileSamples.figures(offices.get(1), DAY_2, 1, 2)));

        RekapResult result = new RekapService(regions).merge(inputs, samples.registered(offices.toArray(String[]::new)));

        assertThat(result.warnings()).filteredOn(m -> m.key().equals("rekap.warning.missingKelurahan"))
                .hasSize(offices.size() - 2);
        assertThat(result.warnings()).filteredOn(m -> m.key().equals("rekap.warning.missingDays")).singleElement()
                .satisfies(m -> assertThat(m.args()).containsExactly(offices.get(1), 1, DAY_1.toString()));
    }

    @Test
    void theWorkbookHasASheetForTheCityEachKecamatanAndTheNotes() throws Exception {
        DailyFileSamples samples = new DailyFileSamples(dir);
        List<String> offices = new ArrayList<>(kecamatanOf("64.71.01"));
        offices.addAll(kecamatanOf("64.71.02"));
        List<RekapService.Input> inputs = new ArrayList<>();
        for (String office : offices) {
            inputs.add(input(samples, DailyFileSamples.figures(office, DAY_1, 2, 4)));
        }
        RekapResult result = new RekapService(regions).merge(inputs, samples.registered(offices.toArray(String[]::new)));

        byte[] xlsx = new RekapWorkbook(Texts.forLocale(Texts.ENGLISH)).write(result);

        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Sheet> sheets = workbook.getSheets().toList();
            assertThat(sheets).extracting(Sheet::getName)
                    .containsExactly("Kota Balikpapan", "Balikpapan Timur", "Balikpapan Barat", "Notes");
            java.util.Map<Integer, Row> rows = new java.util.HashMap<>();
            sheets.get(0).read().forEach(row -> rows.put(row.getRowNum(), row));
            assertThat(rows.get(1).getCellText(0)).contains("Kota Balikpapan");
            assertThat(rows.get(4).getCellText(1)).isEqualTo("Registered");
            assertThat(rows.get(5).getCellAsNumber(1).orElseThrow().intValue())
                    .isEqualTo(result.cities().get(0).total().registered()).isEqualTo(offices.size() * 2 * 4);
        }
    }

    @Test
    void theA4RollUpNamesEveryAreaAndItsKelurahanFurthestBehindFirst() throws Exception {
        DailyFileSamples samples = new DailyFileSamples(dir);
        List<String> offices = kecamatanOf("64.71.01");
        List<RekapService.Input> inputs = new ArrayList<>();
        for (int i = 0; i < offices.size(); i++) {
            for (int day = 0; day < 10; day++) {
                inputs.add(input(samples, DailyFileSamples.figures(offices.get(i), DAY_1.plusDays(day), 3, 2 * day + i)));
            }
        }
        RekapResult result = new RekapService(regions).merge(inputs, samples.registered(offices.toArray(String[]::new)));

        byte[] pdf = new RekapPdf(Texts.indonesian()).write(result);

        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
            assertThat(text).contains("Kota Balikpapan", "Kecamatan Balikpapan Timur", "Terdaftar per hari",
                    DAY_1.toString(), DAY_1.plusDays(9).toString());
            String behind = result.kecamatan().get(0).furthestBehindFirst().get(0).name();
            String ahead = result.kecamatan().get(0).furthestBehindFirst().get(offices.size() - 1).name();
            assertThat(text.indexOf(behind)).isLessThan(text.indexOf(ahead));
            if (System.getProperty("rekap.pdf.out") != null) {
                java.nio.file.Files.write(Path.of(System.getProperty("rekap.pdf.out")), pdf);
            }
        }
    }

    private static RekapService.Input input(DailyFileSamples samples, DailyFigures figures) {
        return new RekapService.Input("f.json", samples.signed(figures));
    }
}
