package id.loket.documents;

import id.loket.domain.household.ExplainedHousehold;
import id.loket.domain.household.ProgressCounts;
import id.loket.domain.household.RtProgress;
import id.loket.domain.household.RwProgress;
import id.loket.domain.text.EnumLabels;
import id.loket.domain.text.Texts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The lurah's A4 reports: the checklist of households not yet registered in one RT (for the ketua
 * RT), the one-page daily summary for the camat and wali kota, and the ASN report. Each has the
 * office letterhead, the date, page numbers and a place to sign, as a document handed on should.
 */
public final class OfficeReportRenderer {

    /** One household on the checklist; the NIK arrives masked, as everything that leaves the office. */
    public record ChecklistLine(String name, String address, String maskedNik, String note) {
    }

    public record AsnLine(String unit, int households, int registered) {
    }

    /** The office as printed, and who signs. */
    public record Office(String name, String address, String signerRole) {
    }

    private static final int BEHIND_ON_SUMMARY = 10;

    private final Texts texts;

    public OfficeReportRenderer(Texts texts) {
        this.texts = Objects.requireNonNull(texts, "texts");
    }

    /**
     * @param explained the RT's households explained as not registering: listed apart with their reason,
     *                  so the ketua RT sees the office took the ticked reasons in and need not look again
     */
    public byte[] checklist(Office office, String rtLabel, LocalDate asOf, List<ChecklistLine> lines,
                            List<ExplainedHousehold> explained) {
        // The RT comes first, in words: the ketua RT who is handed the sheet sees at once it is theirs.
        PrintLayout layout = header(office, texts.text("doc.checklist.title", rtLabel));
        layout.centred(texts.text("doc.checklist.subtitle", DocumentDates.date(texts, asOf)))
                .centred(texts.text("doc.checklist.count", lines.size()))
                .gap();
        List<List<String>> rows = new ArrayList<>();
        int n = 1;
        for (ChecklistLine line : lines) {
            rows.add(List.of(String.valueOf(n++), line.name(), line.address(), line.maskedNik(), line.note(), ""));
        }
        layout.table(List.of(
                TableColumn.number(texts.text("doc.table.number"), 0.55f),
                TableColumn.text(texts.text("doc.table.name"), 2.9f),
                TableColumn.text(texts.text("doc.table.address"), 3.9f),
                TableColumn.text(texts.text("doc.table.nik"), 2.4f),
                TableColumn.text(texts.text("doc.table.note"), 1.5f),
                TableColumn.tick(texts.text("doc.table.done"), 1.05f)), rows);
        layout.gap().centred(texts.text("doc.checklist.instructions"))
                .centred(texts.text("doc.checklist.reasons")).gap();
        if (!explained.isEmpty()) {
            layout.heading(texts.text("doc.checklist.explainedHeading", explained.size()));
            layout.table(explainedColumns(), explainedRows(explained)).gap();
        }
        return finish(layout.signature(office.signerRole(), texts.text("doc.signature.blank")));
    }

    private List<TableColumn> explainedColumns() {
        return List.of(
                TableColumn.number(texts.text("doc.table.number"), 0.55f),
                TableColumn.text(texts.text("doc.table.name"), 2.6f),
                TableColumn.text(texts.text("doc.table.address"), 3.0f),
                TableColumn.text(texts.text("doc.table.nik"), 2.4f),
                TableColumn.text(texts.text("doc.table.reason"), 1.9f),
                // Wide enough for "Dilaporkan" and 02-06-2026 on one line each.
                TableColumn.text(texts.text("doc.table.reportedOn"), 1.85f));
    }

    private List<List<String>> explainedRows(List<ExplainedHousehold> explained) {
        List<List<String>> rows = new ArrayList<>();
        // Day, month, year in figures: the weekday and month name would not fit the narrow column.
        java.time.format.DateTimeFormatter shortDate = java.time.format.DateTimeFormatter.ofPattern(
                texts.text("doc.format.shortDate"), texts.locale());
        int n = 1;
        for (ExplainedHousehold household : explained) {
            rows.add(List.of(String.valueOf(n++), household.headName(), household.address(), household.maskedNik(),
                    texts.text(EnumLabels.key(household.reason())), shortDate.format(household.reportedOn())));
        }
        return rows;
    }

    /** @param otherServicesToday how today's other services ended, already worded */
    public byte[] dailySummary(Office office, LocalDateTime at, ProgressCounts kelurahan, int registeredToday,
                               int refusalsToday, String otherServicesToday, List<RwProgress> perRw,
                               List<RtProgress> worstFirst, String officeKeyFingerprint) {
        PrintLayout layout = header(office, texts.text("doc.summary.title"));
        layout.centred(DocumentDates.dateTime(texts, at)).gap()
                .pairs(List.of(
                        new PrintLayout.Pair(texts.text("doc.summary.households"), fmt(kelurahan.households())),
                        new PrintLayout.Pair(texts.text("doc.summary.registered"),
                                texts.text("doc.summary.registeredValue", kelurahan.registered(), kelurahan.percent())),
                        new PrintLayout.Pair(texts.text("doc.summary.today"), fmt(registeredToday)),
                        new PrintLayout.Pair(texts.text("doc.summary.byPath"), texts.text("doc.summary.byPathValue",
                                kelurahan.selfService(), kelurahan.helpedOnOwnPhone(), kelurahan.byAgent())),
                        new PrintLayout.Pair(texts.text("doc.summary.failed"), fmt(kelurahan.failed())),
                        new PrintLayout.Pair(texts.text("doc.summary.followUp"), fmt(kelurahan.followUp())),
                        new PrintLayout.Pair(texts.text("doc.summary.refusedToday"), fmt(refusalsToday)),
                        new PrintLayout.Pair(texts.text("doc.summary.otherServices"), otherServicesToday),
                        new PrintLayout.Pair(texts.text("doc.summary.officeKey"), officeKeyFingerprint)))
                .gap().heading(texts.text("doc.summary.perRw"));
        List<List<String>> rwRows = new ArrayList<>();
        for (RwProgress rw : perRw) {
            rwRows.add(countsRow(texts.text("doc.summary.rwLabel", rw.rw()), rw.counts()));
        }
        layout.table(countColumns(texts.text("doc.table.rw")), rwRows);
        List<List<String>> behindRows = new ArrayList<>();
        for (RtProgress rt : worstFirst.stream().limit(BEHIND_ON_SUMMARY).toList()) {
            behindRows.add(countsRow(rt.rt().label(), rt.counts()));
        }
        layout.gap().heading(texts.text("doc.summary.behind", BEHIND_ON_SUMMARY))
                .table(countColumns(texts.text("doc.table.rt")), behindRows).gap();
        return finish(layout.signature(office.signerRole(), texts.text("doc.signature.blank")));
    }

    public byte[] asn(Office office, LocalDateTime at, List<AsnLine> units) {
        PrintLayout layout = header(office, texts.text("doc.asn.title"));
        layout.centred(DocumentDates.dateTime(texts, at)).gap();
        List<List<String>> rows = new ArrayList<>();
        for (AsnLine unit : units) {
            rows.add(List.of(unit.unit(), fmt(unit.households()), fmt(unit.registered()),
                    fmt(unit.households() - unit.registered())));
        }
        if (rows.isEmpty()) {
            layout.centred(texts.text("doc.asn.none"));
        } else {
            layout.table(List.of(
                    TableColumn.text(texts.text("doc.table.unit"), 4f),
                    TableColumn.number(texts.text("doc.table.households"), 1.2f),
                    TableColumn.number(texts.text("doc.table.registered"), 1.2f),
                    TableColumn.number(texts.text("doc.table.remaining"), 1.2f)), rows);
        }
        layout.gap();
        return finish(layout.signature(office.signerRole(), texts.text("doc.signature.blank")));
    }

    private PrintLayout header(Office office, String title) {
        return new PrintLayout(PaperSize.A4).letterhead(office.name(), office.address()).title(title);
    }

    private List<TableColumn> countColumns(String firstTitle) {
        return List.of(
                TableColumn.text(firstTitle, 2.2f),
                TableColumn.number(texts.text("doc.table.households"), 1.2f),
                TableColumn.number(texts.text("doc.table.registered"), 1.2f),
                TableColumn.number(texts.text("doc.table.percent"), 0.8f),
                TableColumn.number(texts.text("doc.table.selfService"), 1f),
                TableColumn.number(texts.text("doc.table.helped"), 1f),
                TableColumn.number(texts.text("doc.table.byAgent"), 1f),
                TableColumn.number(texts.text("doc.table.failed"), 1f),
                TableColumn.number(texts.text("doc.table.followUp"), 1.2f));
    }

    private List<String> countsRow(String label, ProgressCounts c) {
        return List.of(label, fmt(c.households()), fmt(c.registered()), c.percent() + "%", fmt(c.selfService()),
                fmt(c.helpedOnOwnPhone()), fmt(c.byAgent()), fmt(c.failed()), fmt(c.followUp()));
    }

    private String fmt(int number) {
        return java.text.NumberFormat.getIntegerInstance(texts.locale()).format(number);
    }

    private byte[] finish(PrintLayout layout) {
        try {
            return layout.toPdf((page, count) -> texts.text("doc.page.number", page, count));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot make the report", e);
        }
    }
}
