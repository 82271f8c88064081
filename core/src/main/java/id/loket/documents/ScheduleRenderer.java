package id.loket.documents;

import id.loket.documents.PrintLayout.Pair;
import id.loket.documents.ScheduleDocuments.DaySheet;
import id.loket.documents.ScheduleDocuments.NoticeHousehold;
import id.loket.documents.ScheduleDocuments.Overview;
import id.loket.documents.ScheduleDocuments.RtNotice;
import id.loket.documents.ScheduleDocuments.Visit;
import id.loket.domain.household.ExplainedHousehold;
import id.loket.domain.schedule.Plan;
import id.loket.domain.schedule.PlanDay;
import id.loket.domain.schedule.PlanInputs;
import id.loket.domain.schedule.PlanSession;
import id.loket.domain.schedule.RtPart;
import id.loket.domain.schedule.SessionTemplate;
import id.loket.domain.schedule.Shortfall;
import id.loket.domain.text.EnumLabels;
import id.loket.domain.text.Texts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The three schedule printouts, all A4: the day's schedule for the office door, the notice to
 * each ketua RT with the list of its households and a tick column, and the whole-window overview.
 */
public final class ScheduleRenderer {

    private final Texts texts;
    private final DateTimeFormatter dates;

    public ScheduleRenderer(Texts texts) {
        this.texts = Objects.requireNonNull(texts, "texts");
        this.dates = DateTimeFormatter.ofPattern(texts.text("schedule.format.day"), texts.locale());
    }

    /** The day's RTs per session, large enough to read on the office door. */
    public byte[] daySheet(DaySheet sheet) {
        PlanDay day = sheet.day();
        PrintLayout layout = new PrintLayout(PaperSize.A4)
                .letterhead(sheet.officeName(), sheet.officeAddress())
                .title(texts.text("schedule.doc.day.title"))
                .emphasised(dates.format(day.date()))
                .gap();
        for (PlanSession session : day.sessions()) {
            layout.heading(texts.text("schedule.doc.session", session.number(), session.template().label()));
            if (session.parts().isEmpty()) {
                layout.centred(texts.text("schedule.doc.day.noRt")).gap();
                continue;
            }
            List<List<String>> rows = new ArrayList<>();
            for (RtPart part : session.parts()) {
                rows.add(List.of(part.rt().rt(), part.rt().rw(), partCell(part), Integer.toString(part.size())));
            }
            layout.table(List.of(
                    TableColumn.text(texts.text("schedule.doc.column.rt"), 1f),
                    TableColumn.text(texts.text("schedule.doc.column.rw"), 1f),
                    TableColumn.text(texts.text("schedule.doc.column.households"), 6f),
                    TableColumn.number(texts.text("schedule.doc.column.count"), 1.2f)), rows).gap();
        }
        layout.centred(texts.text("schedule.doc.day.total", day.planned(), day.capacity(), day.loadPercent()))
                .separator()
                .centred(texts.text("schedule.doc.bring"))
                .centred(texts.text("schedule.doc.walkIns"));
        return pdf(layout, "day sheet " + day.date());
    }

    /** The notice to the ketua RT: each visit with its households by name and a column to tick. */
    public byte[] rtNotice(RtNotice notice) {
        PrintLayout layout = new PrintLayout(PaperSize.A4)
                .letterhead(notice.officeName(), notice.officeAddress())
                .title(texts.text("schedule.doc.notice.title"))
                .centred(texts.text("schedule.doc.notice.to", notice.rt().rt(), notice.rt().rw()))
                .gap()
                .centred(texts.text("schedule.doc.notice.intro", dates.format(notice.windowFrom()),
                        dates.format(notice.windowTo())))
                .gap()
                .heading(texts.text("schedule.doc.notice.bringHeading"))
                .numbered(List.of(texts.text("schedule.doc.notice.bring.ktp"),
                        texts.text("schedule.doc.notice.bring.kk"),
                        texts.text("schedule.doc.notice.bring.phone")));
        for (Visit visit : notice.visits()) {
            layout.separator().pairs(List.of(
                    new Pair(texts.text("schedule.doc.notice.date"), dates.format(visit.date())),
                    new Pair(texts.text("schedule.doc.notice.time"), visit.sessionLabel()),
                    new Pair(texts.text("schedule.doc.notice.place"), placeOf(notice)),
                    new Pair(texts.text("schedule.doc.notice.who"), texts.text(visit.description()))));
            List<List<String>> rows = new ArrayList<>();
            for (NoticeHousehold household : visit.households()) {
                rows.add(List.of(Integer.toString(household.position()), household.name(), household.address(), ""));
            }
            layout.table(List.of(
                    TableColumn.number(texts.text("schedule.doc.notice.column.no"), 0.7f),
                    TableColumn.text(texts.text("schedule.doc.notice.column.name"), 4.4f),
                    TableColumn.text(texts.text("schedule.doc.notice.column.address"), 5.2f),
                    TableColumn.tick(texts.text("schedule.doc.notice.column.tick"), 1.2f)), rows);
        }
        if (!notice.explained().isEmpty()) {
            layout.separator().heading(texts.text("schedule.doc.notice.explainedHeading", notice.explained().size()));
            List<List<String>> rows = new ArrayList<>();
            for (ExplainedHousehold household : notice.explained()) {
                rows.add(List.of(household.headName(), household.address(),
                        texts.text(EnumLabels.key(household.reason()))));
            }
            layout.table(List.of(
                    TableColumn.text(texts.text("schedule.doc.notice.column.name"), 4.4f),
                    TableColumn.text(texts.text("schedule.doc.notice.column.address"), 4.7f),
                    TableColumn.text(texts.text("schedule.doc.notice.column.reason"), 2.4f)), rows);
        }
        layout.gap().centred(texts.text("schedule.doc.walkIns"))
                .gap()
                .signature(texts.text("schedule.doc.notice.signature"), texts.text("doc.signature.blank"));
        return pdf(layout, "RT notice " + notice.rt().label());
    }

    /** Every service day with its RTs and load, the inputs the plan was made with, and what did not fit. */
    public byte[] overview(Overview overview) {
        Plan plan = overview.plan();
        PlanInputs inputs = plan.inputs();
        PrintLayout layout = new PrintLayout(PaperSize.A4)
                .letterhead(overview.officeName(), overview.officeAddress())
                .title(texts.text("schedule.doc.overview.title"))
                .centred(texts.text("schedule.doc.overview.window", dates.format(inputs.from()), dates.format(inputs.to())))
                .separator();
        List<Pair> facts = new ArrayList<>();
        facts.add(new Pair(texts.text("schedule.doc.overview.workingDays"), dayNames(inputs)));
        facts.add(new Pair(texts.text("schedule.doc.overview.holidays"), inputs.holidays().isEmpty()
                ? texts.text("schedule.doc.overview.noHolidays")
                : String.join("; ", inputs.holidays().stream().map(dates::format).toList())));
        facts.add(new Pair(texts.text("schedule.doc.overview.sessions"),
                String.join(", ", inputs.sessions().stream().map(SessionTemplate::label).toList())));
        facts.add(new Pair(texts.text("schedule.doc.overview.capacity"), texts.text("schedule.doc.overview.capacityValue",
                inputs.capacityPerDay(), inputs.walkInReservePercent(), inputs.plannablePerDay())));
        facts.add(new Pair(texts.text("schedule.doc.overview.desilFirst"), texts.text(inputs.desilFirst()
                ? "schedule.doc.overview.desilFirstYes" : "schedule.doc.overview.desilFirstNo")));
        plan.replannedFrom().ifPresent(from -> facts.add(
                new Pair(texts.text("schedule.doc.overview.replannedFrom"), dates.format(from))));
        facts.add(new Pair(texts.text("schedule.doc.overview.createdAt"), dates.format(overview.createdAt())));
        layout.pairs(facts).gap();

        List<List<String>> rows = new ArrayList<>();
        for (PlanDay day : plan.days()) {
            for (PlanSession session : day.sessions()) {
                List<String> rts = new ArrayList<>();
                for (RtPart part : session.parts()) {
                    String key = switch (part.kind()) {
                        case REGULAR -> "schedule.doc.overview.rtCell";
                        case PRIORITY -> "schedule.doc.overview.rtCellPriority";
                        case CATCH_UP -> "schedule.doc.overview.rtCellCatchUp";
                    };
                    rts.add(texts.text(key, part.rt().rt(), part.rt().rw(), part.size()));
                }
                boolean first = session.number() == day.sessions().get(0).number();
                rows.add(List.of(first ? dates.format(day.date()) : "", session.template().label(),
                        rts.isEmpty() ? "-" : String.join(", ", rts), Integer.toString(session.planned()),
                        first ? day.loadPercent() + "%" : ""));
            }
        }
        layout.table(List.of(
                TableColumn.text(texts.text("schedule.doc.column.date"), 3.2f),
                // Wide enough for a session's hours ("08.00–12.00") on one line in either language.
                TableColumn.text(texts.text("schedule.doc.column.session"), 2.4f),
                TableColumn.text(texts.text("schedule.doc.column.rts"), 5.3f),
                TableColumn.number(texts.text("schedule.doc.column.count"), 1f),
                TableColumn.number(texts.text("schedule.doc.column.load"), 1.1f)), rows);
        layout.gap().centred(texts.text(plan.summary()));
        if (!plan.allFit()) {
            layout.gap().heading(texts.text("schedule.doc.overview.shortfallHeading"));
            List<List<String>> missing = new ArrayList<>();
            for (Shortfall shortfall : plan.shortfalls()) {
                missing.add(List.of(shortfall.rt().rt(), shortfall.rt().rw(), Integer.toString(shortfall.households())));
            }
            layout.table(List.of(
                    TableColumn.text(texts.text("schedule.doc.column.rt"), 1f),
                    TableColumn.text(texts.text("schedule.doc.column.rw"), 1f),
                    TableColumn.number(texts.text("schedule.doc.column.notPlaced"), 3f)), missing);
        }
        return pdf(layout, "schedule overview");
    }

    private String partCell(RtPart part) {
        return switch (part.kind()) {
            case REGULAR -> part.isSplit()
                    ? texts.text("schedule.doc.part.regularSplit", part.firstPosition(), part.lastPosition(), part.part(),
                            part.parts())
                    : texts.text("schedule.doc.part.regular", part.firstPosition(), part.lastPosition());
            case PRIORITY -> texts.text("schedule.doc.part.priority", part.firstPosition(), part.lastPosition());
            case CATCH_UP -> texts.text("schedule.doc.part.catchUp", part.firstPosition(), part.lastPosition());
        };
    }

    private static String placeOf(RtNotice notice) {
        return notice.officeAddress().isBlank() ? notice.officeName()
                : notice.officeName() + ", " + notice.officeAddress();
    }

    private String dayNames(PlanInputs inputs) {
        List<String> names = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            if (inputs.workingDays().contains(day)) {
                names.add(day.getDisplayName(TextStyle.FULL, texts.locale()));
            }
        }
        return String.join(", ", names);
    }

    /** Who signs, on the right half of the page with room for the signature, as a letter does. */
    private byte[] pdf(PrintLayout layout, String what) {
        try {
            return layout.toPdf((page, count) -> texts.text("doc.page.number", page, count));
        } catch (IOException e) {
            // Writing to memory only fails on a broken PDFBox resource: a programming error, not input.
            throw new UncheckedIOException("cannot write " + what, e);
        }
    }
}
