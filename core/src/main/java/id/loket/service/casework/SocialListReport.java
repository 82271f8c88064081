package id.loket.service.casework;

import id.loket.documents.CaseworkRenderer;
import id.loket.domain.sociallist.SocialListRules;
import id.loket.domain.text.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A desil / PKH import in words: the lines the command line prints and the screen shows, and the A4
 * report (numbers masked; every problem row up to {@link #PDF_ROW_LIMIT}).
 */
public final class SocialListReport {

    /** The printed report stops listing rows here; the screen and the command line list them all. */
    static final int PDF_ROW_LIMIT = 2_000;

    private final Texts texts;
    private final CaseworkRenderer renderer;
    private final CaseworkRenderer.Office office;

    public SocialListReport(Texts texts, CaseworkRenderer renderer, CaseworkRenderer.Office office) {
        this.texts = texts;
        this.renderer = renderer;
        this.office = office;
    }

    /** What happened: the counts, or why nothing was read. */
    public List<String> summaryLines(SocialListResult result) {
        List<String> lines = new ArrayList<>();
        if (!result.completed()) {
            result.failure().forEach(m -> lines.add(texts.text(m)));
            lines.add(texts.text("social.summary.nothingChanged"));
            return lines;
        }
        SocialListResult.Counts c = result.counts();
        lines.add(texts.text("social.summary.counts", c.rowsRead(), c.flagged(), c.rejected()));
        lines.add(texts.text("social.summary.priority", c.priority(), SocialListRules.PRIORITY_DESIL));
        if (c.rejected() > 0) {
            lines.add(texts.text("social.summary.rejected", c.invalid(), c.notFound(), c.repeated()));
        }
        if (c.rejected() > result.problems().size()) {
            lines.add(texts.text("import.summary.problemsOmitted", result.problems().size(),
                    c.rejected() - result.problems().size()));
        }
        lines.add(texts.text("social.summary.othersKept"));
        return lines;
    }

    /** "Baris 7 (647105******0011): NIK tidak ditemukan …" */
    public String problemLine(SocialListResult.Problem problem) {
        return where(problem) + " (" + problem.maskedNumber() + "): " + reasons(problem);
    }

    public byte[] pdf(SocialListResult result, String actor) {
        if (!result.completed()) {
            throw new IllegalArgumentException("only a completed import has a report");
        }
        SocialListResult.Counts c = result.counts();
        List<CaseworkRenderer.Line> summary = List.of(
                line("social.doc.file", result.fileName()),
                line("social.doc.actor", actor),
                line("social.doc.read", texts.text("social.doc.rows", c.rowsRead())),
                line("social.doc.flagged", texts.text("social.doc.households", c.flagged())),
                line("social.doc.priority", texts.text("social.doc.households", c.priority())),
                line("social.doc.invalid", texts.text("social.doc.rows", c.invalid())),
                line("social.doc.notFound", texts.text("social.doc.rows", c.notFound())),
                line("social.doc.repeated", texts.text("social.doc.rows", c.repeated())),
                line("social.doc.blank", texts.text("social.doc.rows", c.blankRows())));
        List<String> notes = List.of(texts.text("social.doc.noteDesil", SocialListRules.PRIORITY_DESIL),
                texts.text("social.summary.othersKept"));
        List<CaseworkRenderer.ProblemRow> rows = result.problems().stream().limit(PDF_ROW_LIMIT)
                .map(p -> new CaseworkRenderer.ProblemRow(where(p), p.maskedNumber(), reasons(p)))
                .toList();
        return renderer.socialListReport(office, result.startedAt(), summary, notes, rows,
                c.rejected() - rows.size());
    }

    private String where(SocialListResult.Problem problem) {
        return problem.sheet().filter(s -> !s.isEmpty())
                .map(sheet -> texts.text("social.row.whereSheet", sheet, problem.line()))
                .orElseGet(() -> texts.text("social.row.where", problem.line()));
    }

    private String reasons(SocialListResult.Problem problem) {
        return problem.reasons().stream().map(texts::text).collect(Collectors.joining(" "));
    }

    private CaseworkRenderer.Line line(String key, String value) {
        return new CaseworkRenderer.Line(texts.text(key), value);
    }
}
