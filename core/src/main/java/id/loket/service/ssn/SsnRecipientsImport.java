package id.loket.service.ssn;

import id.loket.domain.audit.AuditAction;
import id.loket.domain.nik.NikCheck;
import id.loket.domain.nik.NikValidator;
import id.loket.domain.rtlist.SourceRow;
import id.loket.domain.ssn.RecipientColumns;
import id.loket.domain.ssn.SsnRequestDraft;
import id.loket.domain.text.Message;
import id.loket.service.rtlist.RtListReader;
import id.loket.service.rtlist.TableVisitor;
import id.loket.service.rtlist.UnreadableFileException;
import id.loket.storage.AuditLog;
import id.loket.storage.Jdbc;
import id.loket.storage.SsnRepository;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The city's list of SSN recipients (the Portal Data SSN's Penerima Perlindungan Sosial, Perwali Samarinda
 * 70/2025 Pasal 6), as CSV or XLSX with a NIK column and optionally the card number: it flags who is a
 * recipient on the person page. Each list replaces the one before whole (the portal is updated with the
 * DTSEN, so a name no longer on it is no longer a recipient). All or nothing, read within the same limits
 * as the RT list; a row without a valid NIK is reported with its line, the NIK masked.
 */
public final class SsnRecipientsImport {

    /** Rows above the header (a title, the city's letterhead) are looked through up to here. */
    static final int HEADER_SEARCH_ROWS = 15;
    /** Rows not used named in the result; the rest are counted. */
    static final int PROBLEMS_KEPT = 1_000;

    /** How the import ended. {@code why} says what to do when nothing was imported. */
    public record Result(boolean completed, String fileName, List<Message> why, int rowsRead, int listed,
                         int rejected, int repeated, List<Problem> problems) {
    }

    /** A row not used: its line, the number it gave (masked) and why. */
    public record Problem(Optional<String> sheet, int line, String maskedNumber, Message why) {
    }

    private final NikValidator validator;
    private final SsnRepository store;
    private final AuditLog audit;
    private final Jdbc jdbc;
    private final Clock clock;

    public SsnRecipientsImport(NikValidator validator, SsnRepository store, AuditLog audit, Jdbc jdbc, Clock clock) {
        this.validator = validator;
        this.store = store;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public Result importFile(Path file, String actor) {
        String fileName = Optional.ofNullable(file.getFileName()).map(Path::toString).orElse(file.toString());
        Reading reading = new Reading();
        try {
            RtListReader.read(file, reading);
        } catch (UnreadableFileException e) {
            return new Result(false, fileName, List.of(e.problem()), 0, 0, 0, 0, List.of());
        }
        if (reading.tables == 0) {
            return new Result(false, fileName, List.of(Message.of("ssn.recipients.unmapped", fileName)), 0, 0, 0, 0,
                    List.of());
        }
        LocalDateTime now = LocalDateTime.now(clock);
        List<SsnRepository.Recipient> recipients = new ArrayList<>(reading.listed.values());
        jdbc.inTransaction(() -> {
            store.replaceRecipients(recipients, actor, now);
            audit.record(actor, AuditAction.SSN_RECIPIENTS_IMPORTED, "ssn_recipient", null, fileName + ": "
                    + recipients.size() + " recipients, " + reading.rejected + " rows rejected, " + reading.repeated
                    + " repeated; the list before replaced");
            return null;
        });
        return new Result(true, fileName, List.of(), reading.rowsRead, recipients.size(), reading.rejected,
                reading.repeated, List.copyOf(reading.problems));
    }

    /** Reads table by table: the header first, then one recipient per row. */
    private final class Reading implements TableVisitor {
        final Map<String, SsnRepository.Recipient> listed = new LinkedHashMap<>();
        final List<Problem> problems = new ArrayList<>();
        int tables;
        int rowsRead;
        int rejected;
        int repeated;
        private Optional<String> sheet = Optional.empty();
        private RecipientColumns columns;
        private int searched;

        @Override
        public void table(Optional<String> sheet) {
            this.sheet = sheet;
            columns = null;
            searched = 0;
        }

        @Override
        public void row(SourceRow row) {
            if (columns == null) {
                if (!row.isBlank() && searched++ < HEADER_SEARCH_ROWS) {
                    columns = RecipientColumns.find(row.texts()).orElse(null);
                    if (columns != null) {
                        tables++;
                    }
                }
                return;
            }
            if (row.isBlank()) {
                return;
            }
            rowsRead++;
            String typed = row.cell(columns.nik()).text().strip();
            NikCheck check = validator.check(typed);
            if (check.nik().isEmpty()) {
                rejected++;
                keep(new Problem(sheet, row.line(), masked(typed), check.errors().get(0)));
                return;
            }
            String card = columns.card().isPresent() ? row.cell(columns.card().getAsInt()).text().strip() : "";
            if (card.length() > SsnRequestDraft.MAX_CARD_NUMBER) {
                rejected++;
                keep(new Problem(sheet, row.line(), check.nik().get().masked(),
                        Message.of("ssn.problem.tooLong", SsnRequestDraft.MAX_CARD_NUMBER)));
                return;
            }
            SsnRepository.Recipient recipient = new SsnRepository.Recipient(check.nik().get(),
                    card.isEmpty() ? Optional.empty() : Optional.of(card));
            if (listed.putIfAbsent(check.nik().get().digits(), recipient) != null) {
                repeated++;
            }
        }

        /**
         * A number that is not a valid NIK may still be one a digit off: beyond its region code (the first
         * six digits) nothing is shown but, for a number as long as a NIK, its last four.
         */
        private static String masked(String typed) {
            String digits = typed.replaceAll("[^0-9]", "");
            if (digits.length() < 7) {
                return typed;
            }
            int shownAtEnd = digits.length() >= 16 ? 4 : 0;
            return digits.substring(0, 6) + "*".repeat(digits.length() - 6 - shownAtEnd)
                    + digits.substring(digits.length() - shownAtEnd);
        }

        private void keep(Problem problem) {
            if (problems.size() < PROBLEMS_KEPT) {
                problems.add(problem);
            }
        }
    }
}
