package id.loket.documents;

import id.loket.domain.text.Texts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The pekerja rentan printouts on A4: the proposal form of Lampiran II (Perwali Balikpapan 3/2025),
 * filled in from the proposal, with both signatures and the checklist of documents to attach; and the
 * list of a year's proposals of one job type for the responsible office.
 */
public final class JkkRenderer {

    /** The words of a filled-in form, already said in the office's language where they are ours. */
    public record Form(String officeName, String addressee, String city, String name,
                       String nik, String birthPlaceAndDate, String address, String phone, String jobSpecific,
                       String jobType, String umkYear, String income, String dataOffice, List<String> documents,
                       String premium, LocalDate day, String proposalNumber) {
        public Form {
            documents = List.copyOf(documents);
            Objects.requireNonNull(day, "day");
        }
    }

    /** One row of the list: numbers masked, as on everything that leaves the office; priority empty if none. */
    public record ListRow(String name, String maskedNik, String address, String job, String income, String priority,
                          String status) {
    }

    public record ListDocument(String officeName, String officeAddress, String title, String subtitle,
                               String dataOffice, List<ListRow> rows, String premium, String signerRole,
                               LocalDate day) {
        public ListDocument {
            rows = List.copyOf(rows);
        }
    }

    private final Texts texts;

    public JkkRenderer(Texts texts) {
        this.texts = Objects.requireNonNull(texts, "texts");
    }

    public byte[] form(Form form) {
        // No letterhead: the form is the resident's own statement in the Perwali's format; the office that
        // took it is named at the foot.
        PrintLayout layout = new PrintLayout(PaperSize.A4)
                .title(texts.text("jkk.form.title"))
                .centred(texts.text("jkk.form.basis"))
                .gap()
                .heading(texts.text("jkk.form.to", form.addressee()))
                .paragraph(texts.text("jkk.form.at", form.city()))
                .paragraph(texts.text("jkk.form.undersigned"))
                .pairs(List.of(
                        new PrintLayout.Pair(texts.text("jkk.form.name"), form.name()),
                        new PrintLayout.Pair(texts.text("jkk.form.nik"), form.nik()),
                        new PrintLayout.Pair(texts.text("jkk.form.birth"), form.birthPlaceAndDate()),
                        new PrintLayout.Pair(texts.text("jkk.form.address"), form.address()),
                        new PrintLayout.Pair(texts.text("jkk.form.phone"), form.phone())))
                .gap()
                .paragraph(texts.text("jkk.form.statement", form.jobSpecific(), form.jobType(), form.city(),
                        form.umkYear(), form.income()))
                .paragraph(texts.text("jkk.form.request"))
                .paragraph(texts.text("jkk.form.closing", form.city()))
                .gap()
                .twoSignatures(texts.text("jkk.form.officeSigner"), texts.text("doc.signature.blank"),
                        texts.text("jkk.form.applicantSigner", form.city(), plainDate(form.day())), form.name())
                .separator()
                .heading(texts.text("jkk.form.checklist"));
        List<List<String>> rows = new ArrayList<>();
        for (String document : form.documents()) {
            rows.add(List.of("", document));
        }
        layout.table(List.of(TableColumn.tick(texts.text("jkk.form.attached"), 1.2f),
                TableColumn.text(texts.text("jkk.form.document"), 8.8f)), rows)
                .gap()
                .pairs(List.of(
                        new PrintLayout.Pair(texts.text("jkk.form.verifiedBy"), form.dataOffice()),
                        new PrintLayout.Pair(texts.text("jkk.form.takenBy"), form.officeName()),
                        new PrintLayout.Pair(texts.text("jkk.form.number"), form.proposalNumber())))
                .paragraph(form.premium());
        try {
            return layout.toPdf((page, count) -> texts.text("doc.page.number", page, count));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot make the proposal form", e);
        }
    }

    /** "4 Juni 2026": a letter's date, without the weekday. */
    private String plainDate(LocalDate day) {
        return java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", texts.locale()).format(day);
    }

    public byte[] list(ListDocument doc) {
        PrintLayout layout = new PrintLayout(PaperSize.A4)
                .letterhead(doc.officeName(), doc.officeAddress())
                .title(doc.title())
                .centred(doc.subtitle())
                .centred(texts.text("jkk.list.dataOffice", doc.dataOffice()))
                .gap();
        if (doc.rows().isEmpty()) {
            layout.centred(texts.text("jkk.list.empty"));
        } else {
            List<List<String>> rows = new ArrayList<>();
            int number = 1;
            for (ListRow row : doc.rows()) {
                // Priority and address go with the name: fewer columns keep the masked NIK and the rupiah
                // on one line each.
                String name = row.priority().isEmpty() ? row.name()
                        : texts.text("jkk.list.nameWithPriority", row.name(), row.priority());
                rows.add(List.of(String.valueOf(number++), texts.text("jkk.list.nameAndAddress", name, row.address()),
                        row.maskedNik(), row.job(), row.income(), row.status()));
            }
            layout.table(List.of(
                    TableColumn.number(texts.text("jkk.list.col.no"), 1.0f),
                    TableColumn.text(texts.text("jkk.list.col.name"), 5.0f),
                    TableColumn.text(texts.text("jkk.list.col.nik"), 4.0f),
                    TableColumn.text(texts.text("jkk.list.col.job"), 3.0f),
                    TableColumn.number(texts.text("jkk.list.col.income"), 2.8f),
                    TableColumn.text(texts.text("jkk.list.col.status"), 2.4f)), rows);
        }
        layout.gap().centred(doc.premium()).centred(texts.text("jkk.list.count", doc.rows().size()))
                .gap()
                .signature(texts.text("jkk.list.signer", doc.signerRole(), DocumentDates.date(texts, doc.day())),
                        texts.text("doc.signature.blank"));
        try {
            return layout.toPdf((page, count) -> texts.text("doc.page.number", page, count));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot make the proposals list", e);
        }
    }
}
