package id.loket.ui.office;

import id.loket.config.ServiceDefinition;
import id.loket.domain.skm.Ikm;
import id.loket.domain.skm.IkmTable;
import id.loket.domain.skm.SampleSize;
import id.loket.domain.skm.SkmElement;
import id.loket.domain.skm.SkmPeriod;
import id.loket.domain.text.EnumLabels;
import id.loket.domain.text.Texts;
import id.loket.service.skm.IkmReports;
import id.loket.ui.Background;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * "IKM": the satisfaction index of a period for the lurah, for all services or one: the average of each
 * element (what to improve shows as the shortest bar), the index and its grade, the sample-size check,
 * and the index month by month.
 */
public final class IkmViewModel {

    /** The periods offered; from–to is any two days. */
    public enum PeriodChoice { THIS_MONTH, LAST_MONTH, THIS_QUARTER, THIS_YEAR, FROM_TO }

    /** A choice of scope: all services pooled (no code), or one service. */
    public record Scope(Optional<String> serviceCode, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    /** What the tab shows, made in the background. */
    public record Figures(Ikm ikm, Map<YearMonth, Ikm> trend, Optional<SampleSize.Representativeness> sample) {
    }

    private final IkmReports reports;
    private final Background background;
    private final Texts texts;
    private final Supplier<LocalDate> today;
    private final ReadOnlyObjectWrapper<Figures> figures = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper sampleLine = new ReadOnlyStringWrapper("");
    private final List<Scope> scopes;

    public IkmViewModel(IkmReports reports, List<ServiceDefinition> services, Background background, Texts texts,
                        Supplier<LocalDate> today) {
        this.reports = reports;
        this.background = background;
        this.texts = texts;
        this.today = today;
        this.scopes = new ArrayList<>();
        scopes.add(new Scope(Optional.empty(), texts.text("doc.ikm.allServices")));
        services.forEach(s -> scopes.add(new Scope(Optional.of(s.code()), reports.serviceName(s.code()))));
    }

    public LocalDate today() {
        return today.get();
    }

    public List<Scope> scopes() {
        return List.copyOf(scopes);
    }

    public ReadOnlyObjectProperty<Figures> figuresProperty() {
        return figures.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty sampleLineProperty() {
        return sampleLine.getReadOnlyProperty();
    }

    public String periodLabel(PeriodChoice choice) {
        return texts.text(switch (choice) {
            case THIS_MONTH -> "office.ikm.period.thisMonth";
            case LAST_MONTH -> "office.ikm.period.lastMonth";
            case THIS_QUARTER -> "office.ikm.period.thisQuarter";
            case THIS_YEAR -> "office.ikm.period.thisYear";
            case FROM_TO -> "office.ikm.period.fromTo";
        });
    }

    /** The days of a period choice around today; for from–to, the days given. */
    public SkmPeriod period(PeriodChoice choice, LocalDate from, LocalDate to) {
        LocalDate now = today.get();
        return switch (choice) {
            case THIS_MONTH -> SkmPeriod.month(YearMonth.from(now));
            case LAST_MONTH -> SkmPeriod.month(YearMonth.from(now).minusMonths(1));
            case THIS_QUARTER -> SkmPeriod.quarter(now.getYear(), now.get(IsoFields.QUARTER_OF_YEAR));
            case THIS_YEAR -> SkmPeriod.year(now.getYear());
            case FROM_TO -> SkmPeriod.between(from, to);
        };
    }

    /** Reads the figures of a period choice; a from–to whose days are missing or reversed is said, not read. */
    public void show(PeriodChoice choice, LocalDate from, LocalDate to, Scope scope) {
        if (choice == PeriodChoice.FROM_TO && (from == null || to == null || to.isBefore(from))) {
            summary.set(texts.text("office.ikm.badDays"));
            return;
        }
        show(period(choice, from, to), scope);
    }

    /** Reads the figures of {@code period} for {@code scope} in the background. */
    public void show(SkmPeriod period, Scope scope) {
        summary.set(texts.text("office.ikm.loading"));
        background.run(() -> figures(period, scope), made -> {
            figures.set(made);
            summary.set(summaryOf(made.ikm()));
            sampleLine.set(made.sample().map(s -> s.served() == 0 ? texts.text("doc.ikm.sampleNoServed")
                    : texts.text(s.representative() ? "doc.ikm.sampleReached" : "doc.ikm.sampleShort",
                    count(s.needed()), count(s.served()))).orElse(""));
        }, failure -> summary.set(texts.text(failure)));
    }

    private Figures figures(SkmPeriod period, Scope scope) {
        IkmTable table = reports.table(period);
        Ikm ikm = scope.serviceCode().flatMap(code -> table.rows().stream()
                        .filter(r -> r.serviceCode().equals(code)).map(IkmTable.Row::ikm).findFirst())
                .orElse(scope.serviceCode().isPresent() ? Ikm.of(new id.loket.domain.skm.ElementTally()) : table.all());
        // The served population is counted for all services: the sample check is made for the office.
        Optional<SampleSize.Representativeness> sample = scope.serviceCode().isEmpty()
                ? Optional.of(reports.sample(period, ikm.respondents())) : Optional.empty();
        return new Figures(ikm, reports.trend(period, scope.serviceCode()), sample);
    }

    private String summaryOf(Ikm ikm) {
        if (ikm.respondents() == 0) {
            return texts.text("office.ikm.none");
        }
        return ikm.ikm().map(value -> texts.text("office.ikm.summary", decimal(value), ikm.grade().orElseThrow().name(),
                        texts.text(EnumLabels.key(ikm.grade().orElseThrow())), count(ikm.respondents())))
                .orElseGet(() -> texts.text("office.ikm.noIndex", count(ikm.respondents())));
    }

    /** "U3" with the element's name, for the chart's axis and its tooltip. */
    public String elementLabel(SkmElement element) {
        return "U" + element.number();
    }

    public String elementName(SkmElement element) {
        return texts.text(EnumLabels.key(element));
    }

    public String monthLabel(YearMonth month) {
        return month.format(java.time.format.DateTimeFormatter.ofPattern("MMM yyyy", texts.locale()));
    }

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
