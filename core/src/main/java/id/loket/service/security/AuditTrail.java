package id.loket.service.security;

import id.loket.domain.audit.AuditEvent;
import id.loket.domain.audit.AuditAction;
import id.loket.service.CsvCells;
import id.loket.storage.AtomicFile;
import id.loket.storage.AuditLog;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Who read or changed personal data, and when: the office's view of the audit log, and its export
 * for a breach notice (UU 27/2022 Pasal 46: what was stored, since when, who accessed it). Looking
 * at the trail and exporting it are themselves recorded.
 */
public final class AuditTrail {

    /** More rows than a person reads on screen; narrow the dates or the name for the rest. */
    public static final int SCREEN_LIMIT = 500;
    static final String CSV_HEADER = "at,actor,action,entity,entity_id,detail";
    private static final Pattern SIXTEEN_DIGITS =
            Pattern.compile("(?<!\\d)(\\d{6})\\d{6}(\\d{4})(?!\\d)");

    /** An export made in memory for the office screen, offered under {@code fileName} until saved. */
    public record Export(String fileName, byte[] csv, int rows) {
    }

    private final AuditLog audit;

    public AuditTrail(AuditLog audit) {
        this.audit = audit;
    }

    /**
     * The export for the office screen, in memory: written only where the supervisor then saves it
     * ({@link #saveCopy}), never left in the data folder.
     */
    public Export export(LocalDate from, LocalDate to, String supervisor) throws IOException {
        StringWriter csv = new StringWriter();
        int rows = exportCsv(csv, from, to, supervisor);
        return new Export("jejak-akses-" + from + "-" + to + ".csv", csv.toString().getBytes(StandardCharsets.UTF_8),
                rows);
    }

    /** Writes the export where the supervisor chose, whole or not at all, and records where. */
    public Path saveCopy(Export export, Path target, String supervisor) {
        Path absolute = target.toAbsolutePath();
        try {
            AtomicFile.write(absolute, export.csv());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + absolute, e);
        }
        audit.record(supervisor, AuditAction.EXPORT, "audit", export.fileName(), "copy saved to " + absolute);
        return absolute;
    }

    /** Events of the days {@code from} to {@code to} (inclusive), newest first. */
    public List<AuditEvent> search(LocalDate from, LocalDate to, Optional<String> actor,
                                       Optional<AuditAction> action) {
        return audit.search(from.atStartOfDay(), to.plusDays(1).atStartOfDay(),
                actor.map(String::strip).filter(a -> !a.isEmpty()), action, SCREEN_LIMIT);
    }

    /** Every event of the days {@code from} to {@code to}, oldest first, as CSV; returns the number of rows. */
    public int exportCsv(Writer out, LocalDate from, LocalDate to, String supervisor) throws IOException {
        out.write(CSV_HEADER + "\r\n");
        int[] rows = {0};
        LocalDateTime start = from.atStartOfDay();
        LocalDateTime end = to.plusDays(1).atStartOfDay();
        try {
            audit.forEach(start, end, event -> {
                try {
                    // Entries never hold a full NIK by rule, but a failed login keeps whatever was typed
                    // as the name, which may be a NIK: the export masks every long number alike.
                    out.write(String.join(",", event.at().toString(), CsvCells.cell(masked(event.actor())),
                            event.action().name(), CsvCells.cell(event.entity()),
                            CsvCells.cell(masked(event.entityId())), CsvCells.cell(masked(event.detail()))) + "\r\n");
                    rows[0]++;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        out.flush();
        audit.record(supervisor, AuditAction.EXPORT, "audit", from + ".." + to, rows[0] + " events");
        return rows[0];
    }

    /** Every run of exactly 16 digits (a NIK or a KK number) as its first six and last four digits. */
    static String masked(String text) {
        if (text == null) {
            return null;
        }
        return SIXTEEN_DIGITS.matcher(text).replaceAll(m -> m.group(1) + "******" + m.group(2));
    }
}
