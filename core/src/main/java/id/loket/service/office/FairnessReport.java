package id.loket.service.office;

import id.loket.config.Language;
import id.loket.config.QueueSettings;
import id.loket.documents.FairnessDocument;
import id.loket.documents.FairnessRenderer;
import id.loket.documents.OfficeReportRenderer;
import id.loket.domain.audit.AuditAction;
import id.loket.domain.queue.Lane;
import id.loket.domain.queue.TicketStatus;
import id.loket.domain.text.EnumLabels;
import id.loket.domain.text.Texts;
import id.loket.storage.AuditLog;
import id.loket.storage.TicketRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.DoubleStream;

/**
 * The daily fairness sheet: issued, served, no-shows, transfers, wait (issue to first call, average and
 * maximum) and service time, for the day and per lane, service and counter, and the priority lane's
 * share of the calls. Counts only.
 */
public final class FairnessReport {

    private final TicketRepository tickets;
    private final QueueSettings queue;
    private final Language language;
    private final FairnessRenderer renderer;
    private final OfficeReportRenderer.Office office;
    private final AuditLog audit;
    private final Texts texts;
    private final Clock clock;

    public FairnessReport(TicketRepository tickets, QueueSettings queue, Language language, FairnessRenderer renderer,
                          OfficeReportRenderer.Office office, AuditLog audit, Texts texts,
                          Clock clock) {
        this.tickets = tickets;
        this.queue = queue;
        this.language = language;
        this.renderer = renderer;
        this.office = office;
        this.audit = audit;
        this.texts = texts;
        this.clock = clock;
    }

    /** The sheet of a day as PDF. */
    public OfficeReports.Report sheet(LocalDate day, String actor) {
        byte[] pdf = renderer.render(figures(day));
        audit.record(actor, AuditAction.EXPORT, "report", "fairness-" + day, "counts only");
        return OfficeReports.Report.named("keadilan-antrean-" + day, pdf);
    }

    /** The day's figures, as printed. */
    public FairnessDocument figures(LocalDate day) {
        List<TicketRepository.DayLine> lines = tickets.day(day);
        List<FairnessDocument.Line> perLane = new ArrayList<>();
        for (Lane lane : Lane.values()) {
            perLane.add(line(texts.text(EnumLabels.key(lane)), lines, l -> l.lane() == lane));
        }
        List<FairnessDocument.Line> perService = new ArrayList<>();
        queue.services().forEach(service -> perService.add(line(service.name(language), lines,
                l -> l.serviceCode().equals(service.code()))));
        // A service no longer offered still shows, under its code, if it had tickets that day.
        lines.stream().map(TicketRepository.DayLine::serviceCode).distinct()
                .filter(code -> queue.service(code).isEmpty())
                .forEach(code -> perService.add(line(code, lines, l -> l.serviceCode().equals(code))));
        Map<Integer, FairnessDocument.Line> perCounter = new TreeMap<>();
        lines.stream().filter(l -> l.counterNumber().isPresent()).map(l -> l.counterNumber().get()).distinct()
                .forEach(counter -> perCounter.put(counter, line(texts.text("doc.fairness.counterLabel", counter),
                        lines, l -> l.counterNumber().equals(java.util.Optional.of(counter)))));
        long called = lines.stream().filter(l -> l.firstCalledAt().isPresent()).count();
        long priorityCalled = lines.stream().filter(l -> l.firstCalledAt().isPresent() && l.lane() == Lane.PRIORITY)
                .count();
        OptionalDouble share = called == 0 ? OptionalDouble.empty() : OptionalDouble.of(100.0 * priorityCalled / called);
        int waiting = (int) lines.stream().filter(l -> l.status() == TicketStatus.WAITING).count();
        return new FairnessDocument(office, day, LocalDateTime.now(clock), line(texts.text("doc.fairness.all"), lines,
                l -> true), perLane, perService, List.copyOf(perCounter.values()), share, waiting);
    }

    private static FairnessDocument.Line line(String label, List<TicketRepository.DayLine> all,
                                              Predicate<TicketRepository.DayLine> which) {
        List<TicketRepository.DayLine> lines = all.stream().filter(which).toList();
        double[] waits = lines.stream().filter(l -> l.firstCalledAt().isPresent())
                .mapToDouble(l -> Duration.between(l.issuedAt(), l.firstCalledAt().get()).toSeconds() / 60.0)
                .toArray();
        OptionalDouble service = lines.stream().filter(l -> l.status() == TicketStatus.DONE)
                .mapToDouble(l -> l.serviceSeconds() / 60.0).average();
        return new FairnessDocument.Line(label, lines.size(),
                (int) lines.stream().filter(l -> l.status() == TicketStatus.DONE).count(),
                (int) lines.stream().filter(l -> l.status() == TicketStatus.NO_SHOW).count(),
                lines.stream().mapToInt(TicketRepository.DayLine::transfers).sum(),
                DoubleStream.of(waits).average(), DoubleStream.of(waits).max(), service);
    }
}
