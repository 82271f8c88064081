package id.loket.documents;

import id.loket.domain.skm.Grade;
import id.loket.domain.skm.Ikm;
import id.loket.domain.skm.SkmElement;
import id.loket.domain.text.EnumLabels;
import id.loket.domain.text.Texts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The IKM report on A4 in the usual PermenPANRB 14/2017 layout: per element the average and the weighted
 * value, their sum, the IKM and its grade, then the IKM per service, the respondents' profile, the
 * elements to improve first, the note on the weight 1/9 and the sample size, and the lurah's signature.
 */
public final class IkmRenderer {

    /** How many of the lowest elements the report names as what to improve first. */
    static final int LOWEST_NAMED = 3;

    private final Texts texts;

    public IkmRenderer(Texts texts) {
        this.texts = Objects.requireNonNull(texts, "texts");
    }

    public byte[] render(IkmDocument doc) {
        Ikm all = doc.all();
        PrintLayout layout = new PrintLayout(PaperSize.A4)
                .letterhead(doc.office().name(), doc.office().address())
                .title(texts.text("doc.ikm.title"))
                .centred(texts.text("doc.ikm.period", DocumentDates.date(texts, doc.period().from()),
                        DocumentDates.date(texts, doc.period().to())))
                .gap();
        layout.pairs(List.of(
                new PrintLayout.Pair(texts.text("doc.ikm.respondents"), count(all.respondents())),
                new PrintLayout.Pair(texts.text("doc.ikm.served"), count(doc.sample().served())),
                new PrintLayout.Pair(texts.text("doc.ikm.sample"), doc.sample().served() == 0
                        ? texts.text("doc.ikm.sampleNoServed") : texts.text(doc.sample().representative()
                                ? "doc.ikm.sampleReached" : "doc.ikm.sampleShort", count(doc.sample().needed()),
                        count(doc.sample().served())))));
        layout.gap().heading(texts.text("doc.ikm.perElement")).table(elementColumns(), elementRows(doc));
        layout.gap().pairs(List.of(
                new PrintLayout.Pair(texts.text("doc.ikm.ikm"), all.ikm().map(this::decimal)
                        .orElseGet(() -> texts.text("doc.ikm.noIndex"))),
                new PrintLayout.Pair(texts.text("doc.ikm.grade"), all.grade().map(this::grade).orElse("–"))));
        all.ikmWith0111().ifPresent(printed -> layout.centred(texts.text("doc.ikm.weightNote", decimal(printed),
                all.gradeWith0111().map(Grade::name).orElse("–"))));
        if (!doc.sample().representative()) {
            layout.emphasised(texts.text("doc.ikm.sampleWarning", count(doc.sample().needed()),
                    count(doc.sample().respondents())));
        }
        layout.gap().heading(texts.text("doc.ikm.perService")).table(List.of(
                TableColumn.text(texts.text("doc.ikm.col.service"), 4f),
                TableColumn.number(texts.text("doc.ikm.col.respondents"), 1.4f),
                TableColumn.number(texts.text("doc.ikm.col.ikm"), 1.2f),
                TableColumn.text(texts.text("doc.ikm.col.grade"), 2.4f)), serviceRows(doc));
        List<SkmElement> lowest = all.lowest(LOWEST_NAMED);
        if (!lowest.isEmpty()) {
            layout.gap().heading(texts.text("doc.ikm.improve"));
            layout.numbered(lowest.stream().map(e -> texts.text("doc.ikm.improveLine", e.number(),
                    doc.elementNames().get(e.ordinal()), decimal(all.averages().get(e)))).toList());
        }
        layout.gap().heading(texts.text("doc.ikm.profile")).pairs(profilePairs(doc));
        layout.gap().centred(texts.text("doc.ikm.note", DocumentDates.dateTime(texts, doc.madeAt())))
                .gap()
                .signature(doc.office().signerRole(), texts.text("doc.signature.blank"));
        try {
            return layout.toPdf((page, count) -> texts.text("doc.page.number", page, count));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot make the IKM report", e);
        }
    }

    private List<TableColumn> elementColumns() {
        return List.of(
                TableColumn.text(texts.text("doc.ikm.col.number"), 0.6f),
                TableColumn.text(texts.text("doc.ikm.col.element"), 4.0f),
                TableColumn.number(texts.text("doc.ikm.col.average"), 1.4f),
                TableColumn.number(texts.text("doc.ikm.col.weighted"), 2.4f));
    }

    private List<List<String>> elementRows(IkmDocument doc) {
        List<List<String>> rows = new ArrayList<>();
        for (SkmElement element : SkmElement.values()) {
            rows.add(List.of("U" + element.number(), doc.elementNames().get(element.ordinal()),
                    text(Optional.ofNullable(doc.all().averages().get(element))),
                    text(Optional.ofNullable(doc.all().weighted().get(element)))));
        }
        BigDecimal sum = doc.all().weighted().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        rows.add(List.of("", texts.text("doc.ikm.weightedSum"), "", doc.all().weighted().isEmpty() ? "–" : decimal(sum)));
        return rows;
    }

    private List<List<String>> serviceRows(IkmDocument doc) {
        List<List<String>> rows = new ArrayList<>();
        for (IkmDocument.ServiceLine line : doc.services()) {
            rows.add(List.of(line.name(), count(line.ikm().respondents()), text(line.ikm().ikm()),
                    line.ikm().grade().map(this::grade).orElse("–")));
        }
        rows.add(List.of(texts.text("doc.ikm.allServices"), count(doc.all().respondents()), text(doc.all().ikm()),
                doc.all().grade().map(this::grade).orElse("–")));
        return rows;
    }

    /** One line per part of the profile: "Laki-laki 3 · Perempuan 5 · Tidak diisi 2". */
    private List<PrintLayout.Pair> profilePairs(IkmDocument doc) {
        List<PrintLayout.Pair> pairs = new ArrayList<>();
        for (IkmDocument.ProfilePart part : doc.profile()) {
            pairs.add(new PrintLayout.Pair(part.title(), part.counts().stream()
                    .map(c -> texts.text("doc.ikm.profileCount", c.label(), count(c.count())))
                    .collect(java.util.stream.Collectors.joining(" \u00b7 "))));
        }
        return pairs;
    }

    /** "A (Sangat Baik)". */
    private String grade(Grade grade) {
        return texts.text("doc.ikm.gradeValue", grade.name(), texts.text(EnumLabels.key(grade)));
    }

    private String text(Optional<BigDecimal> value) {
        return value.map(this::decimal).orElse("–");
    }

    /** In the reader's notation, with the decimals the value was rounded to. */
    private String decimal(BigDecimal value) {
        NumberFormat format = NumberFormat.getNumberInstance(texts.locale());
        format.setMinimumFractionDigits(value.scale());
        format.setMaximumFractionDigits(value.scale());
        return format.format(value);
    }

    private String count(long value) {
        return NumberFormat.getIntegerInstance(texts.locale()).format(value);
    }
}
