package id.loket.service.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.loket.wiring.AppContext;
import id.loket.domain.household.ExplanationDraft;
import id.loket.domain.household.ExplanationReason;
import id.loket.domain.household.RtRef;
import id.loket.domain.schedule.PartKind;
import id.loket.domain.schedule.Plan;
import id.loket.domain.schedule.PlanDay;
import id.loket.domain.schedule.PlanInputs;
import id.loket.domain.schedule.PlanSession;
import id.loket.domain.schedule.RtPart;
import id.loket.support.GeneratedKelurahan;
import id.loket.support.TestApps;
import id.loket.storage.Database;
import id.loket.storage.Jdbc;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The schedule's use cases on a real Loket (H2 file, built-in settings), as a screen would drive them. */
class ScheduleServiceTest {

    @TempDir
    Path dataDir;

    @Test
    void aPlanIsSavedAndBecomesTheScheduleInForce() {
        GeneratedKelurahan.fill(dataDir, 5, 12, 1_500);
        try (AppContext app = TestApps.open(dataDir)) {
            ScheduleService schedules = app.lists().schedules();
            assertThat(schedules.query().current()).isEmpty();
            assertThat(schedules.query().scheduledDayOf(RtRef.of("1", "1"))).isEmpty();

            PlanOutcome outcome = schedules.plan().plan(PlanInputs.defaults(150), "lurah");

            assertThat(outcome.allFit()).isTrue();
            assertThat(outcome.plan().plannedHouseholds()).isEqualTo(1_500);
            assertThat(outcome.explanation()).hasSize(22);
            assertThat(outcome.explanation().get(0).loadPercent()).isBetween(85, 100);
            assertThat(outcome.createdBy()).isEqualTo("lurah");
            PlanOutcome current = schedules.query().current().orElseThrow();
            assertThat(current.planId()).isEqualTo(outcome.planId());
            assertThat(current.plan()).isEqualTo(outcome.plan());
            assertThat(current.explanation()).isEqualTo(outcome.explanation());
            // The test clock is 4 June, the first day: RT 001 / RW 001 comes first.
            assertThat(schedules.query().scheduledDayOf(RtRef.of("1", "1"))).contains(LocalDate.of(2026, 6, 4));
            assertThat(schedules.query().isScheduledToday(RtRef.of("1", "1"))).isTrue();
        }
    }

    @Test
    void theDayToldIsTheNextOneOrElseTheLast() {
        GeneratedKelurahan.fill(dataDir, 6, 12, 1_500);
        try (AppContext app = TestApps.open(dataDir)) {
            Plan plan = app.lists().schedules().plan().plan(PlanInputs.defaults(150)
                    .withWindow(LocalDate.of(2026, 5, 25), LocalDate.of(2026, 6, 30)), "lurah").plan();
            RtRef early = plan.days().get(0).rts().get(0);
            LocalDate earlyDay = plan.visitsOf(early).get(plan.visitsOf(early).size() - 1).date();
            assertThat(earlyDay).isBefore(LocalDate.of(2026, 6, 4));
            assertThat(app.lists().schedules().query().scheduledDayOf(early)).contains(earlyDay);
            RtRef laterRt = plan.days().stream().flatMap(d -> d.rts().stream())
                    .filter(rt -> plan.visitsOf(rt).get(0).date().isAfter(LocalDate.of(2026, 6, 4)))
                    .findFirst().orElseThrow();
            assertThat(app.lists().schedules().query().scheduledDayOf(laterRt))
                    .contains(plan.visitsOf(laterRt).get(0).date());
        }
    }

    @Test
    void whatDoesNotFitIsSavedAsTheFullestPlanWithItsShortfall() {
        GeneratedKelurahan.fill(dataDir, 7, 12, 1_500);
        try (AppContext app = TestApps.open(dataDir)) {
            PlanOutcome outcome = app.lists().schedules().plan().plan(PlanInputs.defaults(50), "cli");

            assertThat(outcome.allFit()).isFalse();
            assertThat(outcome.plan().plannedHouseholds()).isEqualTo(22 * 45);
            assertThat(outcome.plan().unplannedHouseholds()).isEqualTo(1_500 - 22 * 45);
            assertThat(outcome.summary().key()).isEqualTo("schedule.summary.shortfall");
            assertThat(app.lists().schedules().query().current().orElseThrow().plan().shortfalls())
                    .isEqualTo(outcome.plan().shortfalls());
        }
    }

    @Test
    void badInputsAreRefusedWithTheirProblemsAndNothingIsSaved() {
        GeneratedKelurahan.fill(dataDir, 8, 3, 100);
        try (AppContext app = TestApps.open(dataDir)) {
            assertThatThrownBy(() -> app.lists().schedules().plan()
                    .plan(PlanInputs.defaults(100).withWalkInReservePercent(91),
                    "cli")).isInstanceOfSatisfying(InvalidPlanInputsException.class,
                    e -> assertThat(e.problems()).extracting(m -> m.key()).containsExactly("schedule.problem.reserve"));
            assertThat(app.lists().schedules().query().current()).isEmpty();
            assertThatThrownBy(() -> app.lists().schedules().rePlan().replan(LocalDate.of(2026, 6, 15), "cli"))
                    .isInstanceOf(NoPlanException.class);
        }
    }

    @Test
    void aRePlanKeepsThePastAndBringsLaggingHouseholdsBackFirst() {
        GeneratedKelurahan.Lists lists = GeneratedKelurahan.fill(dataDir, 9, 20, 3_000);
        LocalDate replanFrom = LocalDate.of(2026, 6, 10);
        Plan first;
        try (AppContext app = TestApps.open(dataDir)) {
            first = app.lists().schedules().plan().plan(PlanInputs.defaults(200), "lurah").plan();
        }
        // Of those asked to come before 10 June, two in three came.
        List<Long> came = new ArrayList<>();
        List<Long> lagging = new ArrayList<>();
        for (PlanDay day : first.days()) {
            if (!day.date().isBefore(replanFrom)) {
                continue;
            }
            for (PlanSession session : day.sessions()) {
                for (RtPart part : session.parts()) {
                    for (int i = 0; i < part.size(); i++) {
                        (i % 3 == 2 ? lagging : came).add(part.households().id(i));
                    }
                }
            }
        }
        GeneratedKelurahan.register(dataDir, came);

        try (AppContext app = TestApps.open(dataDir)) {
            PlanOutcome outcome = app.lists().schedules().rePlan().replan(replanFrom, "lurah");

            Plan replanned = outcome.plan();
            assertThat(replanned.inputs()).isEqualTo(first.inputs());
            assertThat(replanned.days().stream().filter(d -> d.date().isBefore(replanFrom)).toList())
                    .isEqualTo(first.days().stream().filter(d -> d.date().isBefore(replanFrom)).toList());
            List<Long> catchUp = new ArrayList<>();
            boolean otherSeen = false;
            for (PlanDay day : replanned.newDays()) {
                for (PlanSession session : day.sessions()) {
                    for (RtPart part : session.parts()) {
                        if (part.kind() == PartKind.CATCH_UP) {
                            assertThat(otherSeen).as("catch-up before the rest").isFalse();
                            for (int i = 0; i < part.size(); i++) {
                                catchUp.add(part.households().id(i));
                            }
                        } else {
                            otherSeen = true;
                        }
                    }
                }
            }
            assertThat(catchUp).containsExactlyInAnyOrderElementsOf(lagging);
            assertThat(replanned.newDays().stream().mapToInt(PlanDay::planned).sum())
                    .isEqualTo(lists.count() - came.size());
            assertThat(app.lists().schedules().query().current().orElseThrow().planId()).isEqualTo(outcome.planId());
        }
    }

    @Test
    void beforeItsFirstDayAScheduleIsMadeAnewAndOnceBegunItIsPlannedAgainFromToday() {
        GeneratedKelurahan.fill(dataDir, 11, 12, 1_500);
        LocalDate today = LocalDate.of(2026, 6, 4); // the test clock
        try (AppContext app = TestApps.open(dataDir)) {
            ScheduleService schedules = app.lists().schedules();
            assertThat(schedules.query().replanFrom()).as("no schedule yet").isEmpty();
            schedules.planKeepingPastDays(PlanInputs.defaults(150), "lurah");
            assertThat(schedules.query().replanFrom()).as("the schedule begins today").isEmpty();

            Plan begun = schedules.planKeepingPastDays(PlanInputs.defaults(40)
                    .withWindow(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 7, 31)), "lurah").plan();
            assertThat(begun.days().get(0).date()).isEqualTo(LocalDate.of(2026, 6, 1));
            assertThat(schedules.query().replanFrom()).contains(today);

            Plan again = schedules.planKeepingPastDays(PlanInputs.defaults(300)
                    .withWindow(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 7, 31)), "lurah").plan();

            assertThat(again.days().stream().filter(d -> d.date().isBefore(today)).toList())
                    .as("the days already past, as the ketua RT were told them")
                    .isNotEmpty()
                    .isEqualTo(begun.days().stream().filter(d -> d.date().isBefore(today)).toList());
            assertThat(again.newDays()).isNotEmpty().allSatisfy(day -> assertThat(day.date()).isAfterOrEqualTo(today));
            assertThat(again.inputs().capacityPerDay()).isEqualTo(300);
        }
    }

    @Test
    void theCsvExportHasOneRowPerPart() throws Exception {
        GeneratedKelurahan.fill(dataDir, 10, 12, 1_500);
        try (AppContext app = TestApps.open(dataDir)) {
            assertThatThrownBy(() -> app.lists().schedules().csv().write(new StringWriter()))
                    .isInstanceOf(NoPlanException.class);
            Plan plan = app.lists().schedules().plan().plan(PlanInputs.defaults(150), "cli").plan();
            StringWriter csv = new StringWriter();

            int rows = app.lists().schedules().csv().write(csv);

            List<String> lines = csv.toString().lines().toList();
            int parts = plan.days().stream().flatMap(d -> d.sessions().stream()).mapToInt(s -> s.parts().size()).sum();
            assertThat(rows).isEqualTo(parts);
            assertThat(lines).hasSize(parts + 1);
            assertThat(lines.get(0)).startsWith("date,session,rt,rw,households");
            assertThat(lines.get(1)).matches("2026-06-04,08:00-12:00,001,001,\\d+,REGULAR,1,\\d+,1,\\d+");
            assertThat(csv.toString()).contains("\r\n");
            int total = lines.stream().skip(1).mapToInt(line -> Integer.parseInt(line.split(",")[4])).sum();
            assertThat(total).isEqualTo(1_500);
        }
    }

    @Test
    void printoutsComeFromTheScheduleInForceAndANoticeIsAudited() throws Exception {
        GeneratedKelurahan.Lists lists = GeneratedKelurahan.fill(dataDir, 11, 12, 1_500);
        try (AppContext app = TestApps.open(dataDir)) {
            SchedulePrintouts printouts = app.lists().schedules().printouts();
            assertThatThrownBy(printouts::overview).isInstanceOf(NoPlanException.class);
            Plan plan = app.lists().schedules().plan().plan(PlanInputs.defaults(150), "lurah").plan();

            String door = text(printouts.daySheet(LocalDate.of(2026, 6, 4)).orElseThrow());
            assertThat(door).contains("Kamis, 4 Juni 2026").contains("ke-1 s.d. ke-");
            assertThat(printouts.daySheet(LocalDate.of(2026, 6, 6))).as("a Saturday").isEmpty();
            assertThat(text(printouts.overview())).contains("Rekapitulasi").contains("Jumat, 3 Juli 2026");

            RtRef rt = RtRef.of("1", "2");
            String notice = text(printouts.rtNotice(rt, "lurah").orElseThrow());
            assertThat(notice).contains("Kepada Yth. Ketua RT 002 / RW 001")
                    .contains(app.foundation().office().name()).doesNotContainPattern("\\d{16}");
            int listed = plan.visitsOf(rt).stream().mapToInt(v -> v.part().size()).sum();
            assertThat(listed).isEqualTo(lists.of(rt).size());
            assertThat(printouts.rtNotice(RtRef.of("99", "1"), "lurah")).isEmpty();
        }
        try (Database database = TestApps.database(dataDir)) {
            Jdbc jdbc = new Jdbc(database.dataSource());
            assertThat(jdbc.one("SELECT actor || ' ' || entity_id || ' ' || detail FROM audit_event "
                    + "WHERE action = 'HOUSEHOLD_READ'", row -> row.getString(1)))
                    .hasValueSatisfying(detail -> assertThat(detail).startsWith("lurah RT 002 / RW 001 schedule notice"));
        }
    }

    @Test
    void anExplainedHouseholdIsNotScheduledAndTheRestOfItsRtIs() {
        GeneratedKelurahan.Lists lists = GeneratedKelurahan.fill(dataDir, 12, 12, 1_500);
        RtRef rt = RtRef.of("1", "2");
        long explained;
        try (AppContext app = TestApps.open(dataDir)) {
            explained = app.lists().casework().explanations().open(rt, "lurah").get(0).householdId();
            assertThat(app.lists().casework().explanations().record(explained,
                    new ExplanationDraft(ExplanationReason.DIED,
                    "Pak Ketua RT", LocalDate.of(2026, 6, 3)), "lurah"))
                    .isInstanceOf(id.loket.service.casework.ExplanationService.Done.class);

            Plan plan = app.lists().schedules().plan().plan(PlanInputs.defaults(150), "lurah").plan();

            assertThat(plan.plannedHouseholds()).isEqualTo(1_500 - 1);
            assertThat(plan.visitsOf(rt).stream().mapToInt(v -> v.part().size()).sum())
                    .isEqualTo(lists.of(rt).size() - 1);
        }
        try (Database database = TestApps.database(dataDir)) {
            Jdbc jdbc = new Jdbc(database.dataSource());
            assertThat(jdbc.count("SELECT COUNT(*) FROM schedule_assignment WHERE household_id = ?", explained)).isZero();
            assertThat(jdbc.count("SELECT COUNT(*) FROM schedule_assignment a JOIN household h ON h.id = a.household_id "
                    + "JOIN rt r ON r.id = h.rt_id WHERE r.rw = '001' AND r.rt = '002'")).isEqualTo(lists.of(rt).size() - 1);
        }
    }

    @Test
    void aHouseholdExplainedAfterThePlanLeavesTheRtNoticesInvitationsForItsExplainedListWithTheReason()
            throws Exception {
        GeneratedKelurahan.fill(dataDir, 13, 12, 1_500);
        RtRef rt = RtRef.of("1", "2");
        try (AppContext app = TestApps.open(dataDir)) {
            app.lists().schedules().plan().plan(PlanInputs.defaults(150), "lurah");
            id.loket.domain.household.OpenHousehold household = app.lists().casework().explanations().open(rt,
                    "lurah").get(0);
            String row = household.headName() + " " + household.address();
            String before = text(app.lists().schedules().printouts().rtNotice(rt, "lurah").orElseThrow());
            assertThat(before).contains(row).doesNotContain("Tidak diundang");

            app.lists().casework().explanations().record(household.householdId(), new ExplanationDraft(
                    ExplanationReason.MOVED_OUT, "Pak Ketua RT", LocalDate.of(2026, 6, 3)), "lurah");
            String after = text(app.lists().schedules().printouts().rtNotice(rt, "lurah").orElseThrow());

            assertThat(after).contains("Tidak diundang karena sudah dijelaskan: 1");
            String explainedPart = after.substring(after.indexOf("Tidak diundang"));
            assertThat(explainedPart).contains(row + " pindah");
            assertThat(after.indexOf(row)).as("no longer among the invited").isEqualTo(after.lastIndexOf(row));
            assertThat(after).doesNotContain("Pak Ketua RT");
        }
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
