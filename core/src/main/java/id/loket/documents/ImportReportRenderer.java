package id.loket.documents;

import id.loket.documents.PrintLayout.Pair;
import id.loket.domain.text.Texts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The RT list import report on A4: the office letterhead, what was imported and when, how
 * the columns were read, then each rejected row with what to fix. Page numbers at the foot, since a
 * long list runs over many pages.
 */
public final class ImportReportRenderer {

    private final Texts texts;

    public ImportReportRenderer(Texts texts) {
        this.texts = Objects.requireNonNull(texts, "texts");
    }

    public byte[] render(ImportReportDocument doc) {
        Objects.requireNonNull(doc, "doc");
        PrintLayout layout = new PrintLayout(PaperSize.A4);
        layout.letterhead(doc.officeName(), doc.officeAddress())
                .title(doc.title())
                .centred(DocumentDates.dateTime(texts, doc.importedAt()))
                .separator()
                .heading(doc.summaryHeading())
                .pairs(pairs(doc.summary()));
        if (!doc.notes().isEmpty()) {
            layout.gap().numbered(doc.notes());
        }
        layout.separator().heading(doc.mappingHeading());
        for (ImportReportDocument.MappingGroup group : doc.mapping()) {
            List<ImportReportDocument.Item> columns = new ArrayList<>(group.columns());
            if (group.unused() != null) {
                columns.add(group.unused());
            }
            layout.gap().heading(group.heading()).pairs(pairs(columns));
        }
        layout.separator().heading(doc.problemsHeading());
        if (doc.problems().isEmpty()) {
            layout.centred(doc.noProblems());
        } else {
            layout.pairs(pairs(doc.problems()));
        }
        if (doc.moreProblems() != null) {
            layout.gap().centred(doc.moreProblems());
        }
        if (doc.footnote() != null) {
            layout.separator().centred(doc.footnote());
        }
        try {
            return layout.toPdf((page, count) -> texts.text("doc.page.number", page, count));
        } catch (IOException e) {
            // Writing to memory only fails on a broken PDFBox resource: a programming error, not input.
            throw new UncheckedIOException("cannot write the import report", e);
        }
    }

    private static List<Pair> pairs(List<ImportReportDocument.Item> items) {
        return items.stream().map(item -> new Pair(item.label(), item.value())).toList();
    }
}
