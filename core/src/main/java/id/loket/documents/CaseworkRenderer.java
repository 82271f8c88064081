package id.loket.documents;

import id.loket.domain.text.Texts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The office's A4 sheets for case work: the report of a desil / PKH list import and the
 * follow-up list of registrations that did not succeed, per RT for the ketua RT or for all RTs. Both
 * leave the office, so they refuse a full NIK or KK number: callers mask them.
 */
public final class CaseworkRenderer {

    /** Sixteen digits in a row: a full NIK or KK number. */
    private static final Pattern FULL_NUMBER = Pattern.compile("(?<!\\d)\\d{16}(?!\\d)");

    /** The office as printed, and who signs. */
    public record Office(String name, String address, String signerRole) {
        public Office {
            Require.notBlank(name, "name");
            Objects.requireNonNull(address, "address");
            Require.notBlank(signerRole, "signerRole");
        }
    }

    /** A label and its value in the summary of a report. */
    public record Line(String label, String value) {
    }

    /** A row of a list that did not go in: where, the number it gave (masked), why. */
    public record ProblemRow(String where, String maskedNumber, String reasons) {
    }

    /**
     * One registration to follow up; the NIK arrives masked.
     *
     * @param need    what is needed (the outcome and its note)
     * @param savedOn the day of the registration, short ("04-06"): the window is one month of one year
     * @param dueOn   the day the office asked the household to come back, or blank
     */
    public record FollowUpRow(String name, String maskedNik, String address, String outcome, String need,
                              String savedOn, String dueOn) {
    }

    /** The follow-ups of one RT, under its heading. */
    public record RtGroup(String heading, List<FollowUpRow> rows) {
        public RtGroup {
            rows = List.copyOf(rows);
        }
    }

    private final Texts texts;

    public CaseworkRenderer(Texts texts) {
        this.texts = Objects.requireNonNull(texts, "texts");
    }

    /** The import report: summary, notes, then every row that flagged nothing, with page numbers. */
    public byte[] socialListReport(Office office, LocalDateTime at, List<Line> summary, List<String> notes,
                                   List<ProblemRow> problems, int moreProblems) {
        problems.forEach(p -> refuseFullNumbers(p.where(), p.maskedNumber(), p.reasons()));
        PrintLayout layout = new PrintLayout(PaperSize.A4).letterhead(office.name(), office.address())
                .title(texts.text("social.doc.title"))
                .centred(DocumentDates.dateTime(texts, at))
                .separator()
                .heading(texts.text("social.doc.summary"))
                .pairs(summary.stream().map(l -> new PrintLayout.Pair(l.label(), l.value())).toList());
        if (!notes.isEmpty()) {
            layout.gap().numbered(notes);
        }
        layout.separator().heading(texts.text("social.doc.problems"));
        if (problems.isEmpty()) {
            layout.centred(texts.text("social.doc.noProblems"));
        } else {
            List<List<String>> rows = new ArrayList<>();
            for (ProblemRow p : problems) {
                rows.add(List.of(p.where(), p.maskedNumber(), p.reasons()));
            }
            layout.table(List.of(
                    TableColumn.text(texts.text("social.doc.column.where"), 1.6f),
                    TableColumn.text(texts.text("social.doc.column.number"), 2.2f),
                    TableColumn.text(texts.text("social.doc.column.reason"), 6.2f)), rows);
        }
        if (moreProblems > 0) {
            layout.gap().centred(texts.text("social.doc.more", moreProblems));
        }
        layout.separator().centred(texts.text("social.doc.masked"));
        return finish(layout);
    }

    /**
     * The follow-up sheet: one table per RT, the instructions for the ketua RT and a place to sign.
     *
     * @param scope e.g. "RT 003 / RW 002" or "Semua RT"
     */
    public byte[] followUps(Office office, String scope, LocalDate asOf, List<RtGroup> groups) {
        int total = groups.stream().mapToInt(g -> g.rows().size()).sum();
        PrintLayout layout = new PrintLayout(PaperSize.A4).letterhead(office.name(), office.address())
                .title(texts.text("followUp.doc.title"))
                .centred(texts.text("followUp.doc.subtitle", scope, DocumentDates.date(texts, asOf)))
                .centred(texts.text("followUp.doc.count", total))
                .gap()
                .centred(texts.text("followUp.doc.instructions"))
                .gap();
        for (RtGroup group : groups) {
            List<List<String>> rows = new ArrayList<>();
            int n = 1;
            for (FollowUpRow row : group.rows()) {
                refuseFullNumbers(row.name(), row.maskedNik(), row.address(), row.need());
                String dates = row.dueOn().isBlank() ? row.savedOn() : row.savedOn() + " / " + row.dueOn();
                rows.add(List.of(String.valueOf(n++), row.name(), row.maskedNik(), row.address(),
                        row.outcome() + ": " + row.need(), dates, ""));
            }
            if (groups.size() > 1) {
                layout.heading(group.heading());
            }
            layout.table(List.of(
                    TableColumn.number(texts.text("doc.table.number"), 0.75f),
                    TableColumn.text(texts.text("followUp.doc.column.head"), 2.3f),
                    TableColumn.text(texts.text("doc.table.nik"), 2.9f),
                    TableColumn.text(texts.text("doc.table.address"), 2.7f),
                    TableColumn.text(texts.text("followUp.doc.column.need"), 3.0f),
                    TableColumn.text(texts.text("followUp.doc.column.dates"), 1.9f),
                    TableColumn.tick(texts.text("followUp.doc.column.done"), 1.3f)), rows);
            layout.gap();
        }
        return finish(layout.signature(office.signerRole(), texts.text("doc.signature.blank")));
    }

    private static void refuseFullNumbers(String... texts) {
        for (String text : texts) {
            if (text != null && FULL_NUMBER.matcher(text).find()) {
                throw new IllegalArgumentException("a printout needs masked NIKs and KK numbers");
            }
        }
    }

    private byte[] finish(PrintLayout layout) {
        try {
            return layout.toPdf((page, count) -> texts.text("doc.page.number", page, count));
        } catch (IOException e) {
            // Writing to memory only fails on a broken PDFBox resource: a programming error, not input.
            throw new UncheckedIOException("cannot make the case work sheet", e);
        }
    }
}
