package id.loket.service.skm;

import id.loket.config.Language;
import id.loket.config.QueueSettings;
import id.loket.config.ServiceDefinition;
import id.loket.documents.IkmDocument;
import id.loket.documents.IkmRenderer;
import id.loket.documents.OfficeReportRenderer;
import id.loket.domain.audit.AuditAction;
import id.loket.domain.nik.Sex;
import id.loket.domain.skm.AgeBand;
import id.loket.domain.skm.Education;
import id.loket.domain.skm.ElementTally;
import id.loket.domain.skm.Ikm;
import id.loket.domain.skm.IkmTable;
import id.loket.domain.skm.Occupation;
import id.loket.domain.skm.SampleSize;
import id.loket.domain.skm.SkmElement;
import id.loket.domain.skm.SkmPeriod;
import id.loket.domain.text.EnumLabels;
import id.loket.domain.text.Texts;
import id.loket.service.CsvCells;
import id.loket.service.office.OfficeReports;
import id.loket.storage.AuditLog;
import id.loket.storage.SkmRepository;
import id.loket.storage.SkmRepository.ProfileColumn;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The IKM of a period, per service and for all services pooled: as CSV, as the A4 report, and as the
 * figures the office screen charts. Counts and averages only; an export is audited all the same, like
 * every report the office hands out.
 */
public final class IkmReports {

    /** The CSV's header, fixed: other offices' spreadsheets read it by name. */
    public static final String CSV_HEADER = "scope,respondents,u1,u2,u3,u4,u5,u6,u7,u8,u9,ikm,grade";

    private final SkmRepository store;
    private final QueueSettings queue;
    private final Language language;
    private final IkmRenderer renderer;
    private final OfficeReportRenderer.Office office;
    private final AuditLog audit;
    private final Texts texts;
    private final Clock clock;

    public IkmReports(SkmRepository store, QueueSettings queue, Language language, IkmRenderer renderer,
                      OfficeReportRenderer.Office office, AuditLog audit, Texts texts, Clock clock) {
        this.store = store;
        this.queue = queue;
        this.language = language;
        this.renderer = renderer;
        this.office = office;
        this.audit = audit;
        this.texts = texts;
        this.clock = clock;
    }

    /**
     * The period's IKM: one row per service in the order the office lists its services (those with
     * responses), then any code no longer offered that still has responses, then all pooled.
     */
    public IkmTable table(SkmPeriod period) {
        Map<String, ElementTally> found = store.tallies(period);
        Map<String, ElementTally> ordered = new LinkedHashMap<>();
        for (ServiceDefinition service : queue.services()) {
            Optional.ofNullable(found.remove(service.code())).ifPresent(t -> ordered.put(service.code(), t));
        }
        ordered.putAll(found);
        return IkmTable.of(period, ordered);
    }

    /** The respondents against the Krejcie–Morgan sample for the tickets served in the period. */
    public SampleSize.Representativeness sample(SkmPeriod period, long respondents) {
        return SampleSize.check(respondents, store.served(period));
    }

    /** The IKM of each month of the period that has responses, for all services or one. */
    public Map<YearMonth, Ikm> trend(SkmPeriod period, Optional<String> serviceCode) {
        Map<YearMonth, Ikm> trend = new LinkedHashMap<>();
        store.monthly(period, serviceCode).forEach((month, tally) -> trend.put(month, Ikm.of(tally)));
        return trend;
    }

    /** A service's name in the reader's language; the bare code for one no longer offered. */
    public String serviceName(String code) {
        return queue.service(code).map(s -> s.name(language)).orElse(code);
    }

    public List<String> elementNames() {
        return Arrays.stream(SkmElement.values()).map(e -> texts.text(EnumLabels.key(e))).toList();
    }

    /** Writes the CSV ({@link #CSV_HEADER}); returns the rows written after the header. */
    public int csv(SkmPeriod period, Writer writer, String actor) throws IOException {
        IkmTable table = table(period);
        int rows = 0;
        writer.write(CSV_HEADER + "\n");
        for (IkmTable.Row row : table.rows()) {
            writer.write(String.join(",", csvRow(row.serviceCode(), row.ikm())) + "\n");
            rows++;
        }
        writer.write(String.join(",", csvRow(IkmTable.ALL, table.all())) + "\n");
        rows++;
        writer.flush();
        audit.record(actor, AuditAction.EXPORT, "report", "ikm-" + period.from() + "-" + period.to(), "csv, counts only");
        return rows;
    }

    private static List<String> csvRow(String scope, Ikm ikm) {
        List<String> cells = new ArrayList<>();
        cells.add(CsvCells.cell(scope));
        cells.add(String.valueOf(ikm.respondents()));
        for (SkmElement element : SkmElement.values()) {
            cells.add(Optional.ofNullable(ikm.averages().get(element)).map(BigDecimal::toPlainString).orElse(""));
        }
        cells.add(ikm.ikm().map(BigDecimal::toPlainString).orElse(""));
        cells.add(ikm.grade().map(Enum::name).orElse(""));
        return cells;
    }

    /** The A4 report as PDF. */
    public OfficeReports.Report pdf(SkmPeriod period, String actor) {
        byte[] pdf = renderer.render(document(period));
        audit.record(actor, AuditAction.EXPORT, "report", "ikm-" + period.from() + "-" + period.to(), "pdf, counts only");
        return OfficeReports.Report.named("ikm-" + period.from() + "-" + period.to(), pdf);
    }

    /** The report's figures, as printed. */
    public IkmDocument document(SkmPeriod period) {
        IkmTable table = table(period);
        List<IkmDocument.ServiceLine> services = table.rows().stream()
                .map(r -> new IkmDocument.ServiceLine(serviceName(r.serviceCode()), r.ikm())).toList();
        return new IkmDocument(office, period, LocalDateTime.now(clock), elementNames(), table.all(), services,
                sample(period, table.all().respondents()), profile(period));
    }

    private List<IkmDocument.ProfilePart> profile(SkmPeriod period) {
        List<IkmDocument.ProfilePart> parts = new ArrayList<>();
        parts.add(part(period, ProfileColumn.SEX, "doc.ikm.profile.sex",
                Arrays.stream(Sex.values()).map(s -> Map.entry(s.name(), texts.text(sexKey(s)))).toList()));
        parts.add(part(period, ProfileColumn.AGE_BAND, "doc.ikm.profile.age", labels(AgeBand.values())));
        parts.add(part(period, ProfileColumn.EDUCATION, "doc.ikm.profile.education", labels(Education.values())));
        parts.add(part(period, ProfileColumn.OCCUPATION, "doc.ikm.profile.occupation", labels(Occupation.values())));
        return parts;
    }

    /** The words for a sex on the survey's profile; the NIK's enum has no labels of its own. */
    public static String sexKey(Sex sex) {
        return switch (sex) {
            case LAKI_LAKI -> "skm.sex.male";
            case PEREMPUAN -> "skm.sex.female";
        };
    }

    private List<Map.Entry<String, String>> labels(Enum<?>[] values) {
        return Arrays.stream(values).map(v -> Map.entry(v.name(), texts.text(EnumLabels.key(v)))).toList();
    }

    private IkmDocument.ProfilePart part(SkmPeriod period, ProfileColumn column, String titleKey,
                                         List<Map.Entry<String, String>> values) {
        Map<String, Long> counts = store.profileCounts(period, column);
        List<IkmDocument.ProfileCount> lines = new ArrayList<>();
        values.forEach(v -> lines.add(new IkmDocument.ProfileCount(v.getValue(), counts.getOrDefault(v.getKey(), 0L))));
        lines.add(new IkmDocument.ProfileCount(texts.text("doc.ikm.profile.notGiven"), counts.getOrDefault("", 0L)));
        return new IkmDocument.ProfilePart(texts.text(titleKey), lines);
    }
}
