package id.loket.service.casework;

import static org.assertj.core.api.Assertions.assertThat;

import id.loket.wiring.AppContext;
import id.loket.domain.household.ExplanationDraft;
import id.loket.domain.household.ExplanationReason;
import id.loket.domain.household.RtProgress;
import id.loket.domain.household.RtRef;
import id.loket.domain.text.Message;
import id.loket.support.TestApps;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lurah explains households that will not register; they count as done everywhere. */
class ExplanationServiceTest {

    @TempDir
    Path dir;
    private AppContext app;
    private RtRef rt;
    private final LocalDate today = LocalDate.now(TestApps.FIRST_DAY);

    @BeforeEach
    void open() {
        app = TestApps.withDemoData(dir, 200);
        rt = app.reporting().progress().current().perRt().get(0).rt();
    }

    @AfterEach
    void close() {
        app.close();
    }

    private RtProgress progressOf(RtRef ref) {
        return app.reporting().progress().current().perRt().stream().filter(p -> p.rt().equals(ref)).findFirst()
                .orElseThrow();
    }

    private ExplanationService.Result explain(long householdId, ExplanationReason reason) {
        return app.lists().casework().explanations().record(householdId,
                new ExplanationDraft(reason, "Pak Ketua RT", today), "lurah");
    }

    @Test
    void anExplainedHouseholdCountsAsDoneAndLeavesTheChecklist() {
        RtProgress before = progressOf(rt);
        id.loket.domain.household.OpenHousehold household = app.lists().casework().explanations().open(rt,
                "lurah").get(0);

        assertThat(explain(household.householdId(), ExplanationReason.MOVED_OUT))
                .isInstanceOf(ExplanationService.Done.class);

        RtProgress after = progressOf(rt);
        assertThat(after.explained()).isEqualTo(before.explained() + 1);
        assertThat(after.remaining()).isEqualTo(before.remaining() - 1);
        assertThat(after.registered()).isEqualTo(before.registered());
        assertThat(app.reporting().progress().checklist(rt)).extracting(u -> u.maskedNik())
                .doesNotContain(household.maskedNik());
        assertThat(app.lists().casework().explanations().explained(rt, "lurah")).singleElement()
                .satisfies(e -> assertThat(e.reportedBy()).isEqualTo("Pak Ketua RT"));
    }

    @Test
    void theDailyFileCarriesTheExplanationPerReason() {
        id.loket.domain.household.OpenHousehold household = app.lists().casework().explanations().open(rt,
                "lurah").get(0);
        explain(household.householdId(), ExplanationReason.DIED);

        var figures = app.reporting().dailyFiles().figures(today);

        assertThat(figures.explained(ExplanationReason.DIED)).isEqualTo(1);
        assertThat(figures.explained()).isEqualTo(1);
        assertThat(figures.registered()).isEqualTo(app.reporting().progress().current().registered());
        assertThat(figures.households()).isEqualTo(app.reporting().progress().current().households());
    }

    @Test
    void aHouseholdCannotBeExplainedTwice() {
        long id = app.lists().casework().explanations().open(rt, "lurah").get(0).householdId();
        explain(id, ExplanationReason.REFUSED);

        assertThat(explain(id, ExplanationReason.NOT_FOUND)).isInstanceOfSatisfying(ExplanationService.Refused.class,
                r -> assertThat(r.problems()).extracting(Message::key).containsExactly("explanation.problem.already"));
    }

    @Test
    void anUndoneExplanationOpensTheHouseholdAgainAndCannotBeUndoneTwice() {
        long household = app.lists().casework().explanations().open(rt, "lurah").get(0).householdId();
        long explanation = ((ExplanationService.Done) explain(household, ExplanationReason.DUPLICATE_KK)).explanationId();
        int remaining = progressOf(rt).remaining();

        assertThat(app.lists().casework().explanations().undo(explanation,
                "lurah")).isInstanceOf(ExplanationService.Done.class);

        assertThat(progressOf(rt).remaining()).isEqualTo(remaining + 1);
        assertThat(app.lists().casework().explanations().open(rt,
                "lurah")).extracting(id.loket.domain.household.OpenHousehold::householdId)
                .contains(household);
        assertThat(app.lists().casework().explanations().undo(explanation,
                "lurah")).isInstanceOf(ExplanationService.Refused.class);
        // The undone row stays: a new explanation is a new row.
        assertThat(explain(household, ExplanationReason.MOVED_OUT)).isInstanceOf(ExplanationService.Done.class);
    }

    @Test
    void aReportWithoutReporterOrFromTheFutureIsRefusedAndNothingIsSaved() {
        long household = app.lists().casework().explanations().open(rt, "lurah").get(0).householdId();

        var refused = app.lists().casework().explanations().record(household,
                new ExplanationDraft(null, " ", today.plusDays(1)), "lurah");

        assertThat(refused).isInstanceOfSatisfying(ExplanationService.Refused.class,
                r -> assertThat(r.problems()).extracting(Message::key).containsExactly("explanation.problem.reason",
                        "explanation.problem.reportedBy", "explanation.problem.future"));
        assertThat(progressOf(rt).explained()).isZero();
    }

    @Test
    void anUnknownHouseholdIsRefused() {
        assertThat(explain(987_654_321L, ExplanationReason.MOVED_OUT))
                .isInstanceOfSatisfying(ExplanationService.Refused.class, r -> assertThat(r.problems())
                        .extracting(Message::key).containsExactly("explanation.problem.notOnList"));
    }
}
