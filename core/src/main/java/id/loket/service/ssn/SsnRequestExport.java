package id.loket.service.ssn;

import id.loket.domain.audit.AuditAction;
import id.loket.domain.ssn.SsnCardRequest;
import id.loket.service.CsvCells;
import id.loket.storage.AuditLog;
import id.loket.storage.SsnRepository;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The SSN card requests of a period for Diskominfo, which prints and replaces the cards (Perwali Samarinda
 * 70/2025 Pasal 11): with the full NIK, since Diskominfo matches it against the Portal Data SSN. A
 * supervisor's export, audited; the card number and police letter exactly as given.
 */
public final class SsnRequestExport {

    /** The columns, in the file's order: the CSV header and the workbook's first row. */
    static final List<Column> COLUMNS = List.of(
            new Column("code", SsnCardRequest::code),
            new Column("saved_at", r -> r.savedAt().withNano(0).toString()),
            new Column("nik", r -> r.nik().digits()),
            new Column("name", SsnCardRequest::name),
            new Column("request", r -> r.kind().name()),
            new Column("card_number", r -> r.cardNumber().orElse("")),
            new Column("police_letter", r -> r.policeLetter().orElse("")),
            new Column("phone", r -> r.phone().orElse("")),
            new Column("counter", r -> String.valueOf(r.counterNumber())),
            new Column("agent", SsnCardRequest::agent));

    record Column(String name, Function<SsnCardRequest, String> value) {
    }

    private final SsnRepository store;
    private final AuditLog audit;

    public SsnRequestExport(SsnRepository store, AuditLog audit) {
        this.store = store;
        this.audit = audit;
    }

    /** The requests saved on the days {@code from} to {@code to} (inclusive) as CSV; returns how many. */
    public int writeCsv(Writer out, LocalDate from, LocalDate to, String supervisor) throws IOException {
        out.write(String.join(",", COLUMNS.stream().map(Column::name).toList()) + "\r\n");
        int[] rows = {0};
        try {
            store.forEachBetween(from.atStartOfDay(), to.plusDays(1).atStartOfDay(), request -> {
                try {
                    out.write(String.join(",", COLUMNS.stream().map(c -> CsvCells.cell(c.value().apply(request)))
                            .toList()) + "\r\n");
                    rows[0]++;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        out.flush();
        audited(from, to, supervisor, rows[0], "csv");
        return rows[0];
    }

    /** The same as an Excel workbook (.xlsx), one sheet; every cell text, so no number loses a digit. */
    public int writeXlsx(OutputStream out, LocalDate from, LocalDate to, String supervisor) throws IOException {
        Workbook workbook = new Workbook(out, "Loket", "1.0");
        Worksheet sheet = workbook.newWorksheet("SSN");
        for (int c = 0; c < COLUMNS.size(); c++) {
            sheet.value(0, c, COLUMNS.get(c).name());
        }
        int[] row = {0};
        store.forEachBetween(from.atStartOfDay(), to.plusDays(1).atStartOfDay(), request -> {
            row[0]++;
            for (int c = 0; c < COLUMNS.size(); c++) {
                sheet.value(row[0], c, COLUMNS.get(c).value().apply(request));
            }
        });
        workbook.finish();
        audited(from, to, supervisor, row[0], "xlsx");
        return row[0];
    }

    private void audited(LocalDate from, LocalDate to, String supervisor, int rows, String format) {
        audit.record(supervisor, AuditAction.EXPORT, "ssn_card_request", from + ".." + to,
                rows + " requests, full NIK, " + format + ", for Diskominfo");
    }
}
