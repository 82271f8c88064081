package id.loket.documents;

import id.loket.domain.household.ExplainedHousehold;
import id.loket.domain.household.RtRef;
import id.loket.domain.schedule.Plan;
import id.loket.domain.schedule.PlanDay;
import id.loket.domain.text.Message;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

/** What the three schedule printouts show: the day's schedule, the notice per RT, the overview. */
public final class ScheduleDocuments {

    private ScheduleDocuments() {
    }

    /** The day's schedule for the office door: which RTs come in which session. */
    public record DaySheet(String officeName, String officeAddress, PlanDay day) {

        public DaySheet {
            Objects.requireNonNull(officeName, "officeName");
            Objects.requireNonNull(officeAddress, "officeAddress");
            Objects.requireNonNull(day, "day");
        }
    }

    /**
     * The notice to one ketua RT: when, where, what to bring, the households asked to come, and those not
     * asked because they are explained (moved out, died, ...), each with its reason.
     */
    public record RtNotice(String officeName, String officeAddress, RtRef rt, LocalDate windowFrom, LocalDate windowTo,
                           List<Visit> visits, List<ExplainedHousehold> explained) {

        public RtNotice {
            Objects.requireNonNull(rt, "rt");
            visits = List.copyOf(visits);
            explained = List.copyOf(explained);
            if (visits.isEmpty()) {
                throw new IllegalArgumentException("a notice needs at least one visit");
            }
        }
    }

    /** One visit of the RT: day, session, which part of its list, and those households by name. */
    public record Visit(LocalDate date, String sessionLabel, Message description, List<NoticeHousehold> households) {

        public Visit {
            households = List.copyOf(households);
        }
    }

    /** A head of household as the ketua RT knows them: list number, name and address. No NIK. */
    public record NoticeHousehold(int position, String name, String address) {
    }

    /** The whole window at a glance, with what did not fit. */
    public record Overview(String officeName, String officeAddress, Plan plan, LocalDateTime createdAt) {

        public Overview {
            Objects.requireNonNull(plan, "plan");
        }
    }
}
