package id.loket.service.rekap;

import id.loket.domain.registration.Outcome;
import id.loket.domain.registration.RegistrationPath;
import id.loket.domain.text.Message;
import id.loket.domain.text.Texts;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToIntFunction;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The roll-up as a workbook: a sheet per city, then one per kecamatan (totals, kelurahan furthest behind
 * first, trend by day), and a last sheet with the files refused and the warnings.
 */
public final class RekapWorkbook {

    /** Excel refuses sheet names longer than this or holding any of {@code []:*?/\}. */
    private static final int SHEET_NAME_MAX = 31;

    private record Column(String headingKey, ToIntFunction<Tally> value) {
    }

    private static final List<Column> COLUMNS = List.of(
            new Column("rekap.col.households", Tally::households),
            new Column("rekap.col.registered", Tally::registered),
            new Column("rekap.col.percentRegistered", Tally::percentRegistered),
            new Column("rekap.col.explained", Tally::explainedTotal),
            new Column("rekap.col.percentDone", Tally::percentDone),
            new Column("rekap.col.open", Tally::open),
            new Column("registration.path.MANDIRI_IKD", t -> t.byPath(RegistrationPath.MANDIRI_IKD)),
            new Column("registration.path.DIBANTU_PONSEL_WARGA", t -> t.byPath(RegistrationPath.DIBANTU_PONSEL_WARGA)),
            new Column("registration.path.OLEH_AGEN", t -> t.byPath(RegistrationPath.OLEH_AGEN)),
            new Column("registration.outcome.BERHASIL", t -> t.attempts(Outcome.BERHASIL)),
            new Column("registration.outcome.GAGAL", t -> t.attempts(Outcome.GAGAL)),
            new Column("registration.outcome.PERLU_TINDAK_LANJUT", t -> t.attempts(Outcome.PERLU_TINDAK_LANJUT)),
            new Column("rekap.col.consentRefusals", Tally::consentRefusals),
            new Column("rekap.col.walkIns", Tally::walkIns));

    private final Texts texts;

    public RekapWorkbook(Texts texts) {
        this.texts = texts;
    }

    public byte[] write(RekapResult result) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "Loket", "1.0");
            Set<String> names = new HashSet<>();
            for (AreaRollup city : result.cities()) {
                area(workbook.newWorksheet(sheetName(city.name(), city.code(), names)), city,
                        texts.text("rekap.sheet.city", city.name(), city.code()));
            }
            for (AreaRollup kecamatan : result.kecamatan()) {
                area(workbook.newWorksheet(sheetName(kecamatan.name(), kecamatan.code(), names)), kecamatan,
                        texts.text("rekap.sheet.kecamatan", kecamatan.name(), kecamatan.code()));
            }
            notes(workbook.newWorksheet(sheetName(texts.text("rekap.sheet.notes"), "", names)), result);
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        }
        return out.toByteArray();
    }

    private void area(Worksheet sheet, AreaRollup area, String title) {
        sheet.value(0, 0, title);
        sheet.style(0, 0).bold().fontSize(14).set();
        LocalDate last = area.registeredByDay().isEmpty() ? null : area.registeredByDay().lastKey();
        sheet.value(1, 0, texts.text("rekap.sheet.period", area.registeredByDay().isEmpty() ? "-"
                : area.registeredByDay().firstKey().toString(), last == null ? "-" : last.toString(),
                area.furthestBehindFirst().size()));
        int row = 3;
        for (int c = 0; c < COLUMNS.size(); c++) {
            heading(sheet, row, c, texts.text(COLUMNS.get(c).headingKey()));
            sheet.value(row + 1, c, COLUMNS.get(c).value().applyAsInt(area.total()));
        }
        row += 3;
        sheet.value(row, 0, texts.text("rekap.sheet.furthestBehind"));
        sheet.style(row, 0).bold().set();
        row++;
        String[] fixed = {texts.text("rekap.col.code"), texts.text("rekap.col.kelurahan"),
                texts.text("rekap.col.kecamatan"), texts.text("rekap.col.latestDay")};
        for (int c = 0; c < fixed.length; c++) {
            heading(sheet, row, c, fixed[c]);
        }
        for (int c = 0; c < COLUMNS.size(); c++) {
            heading(sheet, row, fixed.length + c, texts.text(COLUMNS.get(c).headingKey()));
        }
        for (KelurahanLine line : area.furthestBehindFirst()) {
            row++;
            sheet.value(row, 0, line.code());
            sheet.value(row, 1, line.name());
            sheet.value(row, 2, line.kecamatanName());
            sheet.value(row, 3, line.latestDay().toString());
            for (int c = 0; c < COLUMNS.size(); c++) {
                sheet.value(row, fixed.length + c, COLUMNS.get(c).value().applyAsInt(line.tally()));
            }
        }
        row += 2;
        sheet.value(row, 0, texts.text("rekap.sheet.trend"));
        sheet.style(row, 0).bold().set();
        row++;
        heading(sheet, row, 0, texts.text("rekap.col.day"));
        heading(sheet, row, 1, texts.text("rekap.col.registered"));
        for (Map.Entry<LocalDate, Integer> day : area.registeredByDay().entrySet()) {
            row++;
            sheet.value(row, 0, day.getKey().toString());
            sheet.value(row, 1, day.getValue());
        }
        sheet.width(0, 16);
        sheet.width(1, 22);
        sheet.width(2, 22);
        sheet.width(3, 12);
    }

    private void notes(Worksheet sheet, RekapResult result) {
        int row = 0;
        sheet.value(row, 0, texts.text("rekap.sheet.refused", result.refused().size()));
        sheet.style(row, 0).bold().set();
        for (Message line : result.refused()) {
            sheet.value(++row, 0, texts.text(line));
        }
        row += 2;
        sheet.value(row, 0, texts.text("rekap.sheet.warnings", result.warnings().size()));
        sheet.style(row, 0).bold().set();
        for (Message line : result.warnings()) {
            sheet.value(++row, 0, texts.text(line));
        }
        sheet.width(0, 120);
    }

    private static void heading(Worksheet sheet, int row, int column, String text) {
        sheet.value(row, column, text);
        sheet.style(row, column).bold().wrapText(true).fillColor("DDDDDD").set();
    }

    /** A name Excel accepts and no other sheet has: forbidden characters replaced, cut to 31, the code added on a clash. */
    static String sheetName(String name, String code, Set<String> taken) {
        String clean = name.replaceAll("[\\[\\]:*?/\\\\]", "-").strip();
        String candidate = cut(clean.isEmpty() ? code : clean);
        for (int n = 2; !taken.add(candidate.toLowerCase(java.util.Locale.ROOT)); n++) {
            String suffix = " " + (n == 2 && !code.isEmpty() ? code : String.valueOf(n));
            candidate = cut(clean.substring(0, Math.min(clean.length(), SHEET_NAME_MAX - suffix.length())) + suffix);
        }
        return candidate;
    }

    private static String cut(String name) {
        return name.length() <= SHEET_NAME_MAX ? name : name.substring(0, SHEET_NAME_MAX);
    }
}
