package id.loket.service.office;

import id.loket.domain.audit.AuditAction;
import id.loket.service.CsvCells;
import id.loket.storage.AuditLog;
import id.loket.storage.HouseholdRepository;
import java.io.IOException;
import java.io.Writer;

/**
 * Writes every household as CSV (RFC 4180, UTF-8, CRLF) for a supervisor. Full NIKs are in it: it is
 * personal data, so each export is audited.
 */
public final class HouseholdCsvExport {

    static final String HEADER = "kk_number,head_nik,head_name,rt,rw,registered";

    private final HouseholdRepository households;
    private final AuditLog audit;

    public HouseholdCsvExport(HouseholdRepository households, AuditLog audit) {
        this.households = households;
        this.audit = audit;
    }

    /** Writes the export and returns the number of households written. */
    public int write(Writer out, String actor) throws IOException {
        out.write(HEADER + "\r\n");
        int[] rows = {0};
        households.exportAll(row -> {
            // A walk-in served without its family card has no KK number: an empty cell.
            out.write(String.join(",", java.util.Objects.requireNonNullElse(row.kkNumber(), ""), row.headNik(), CsvCells.cell(row.headName()),
                    row.rt(), row.rw(), row.registered() ? "yes" : "no"));
            out.write("\r\n");
            rows[0]++;
        });
        out.flush();
        audit.record(actor, AuditAction.EXPORT, "household", null, "households CSV, " + rows[0] + " rows");
        return rows[0];
    }
}
