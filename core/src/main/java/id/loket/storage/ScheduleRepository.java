package id.loket.storage;

import id.loket.domain.household.RtRef;
import id.loket.domain.schedule.ListedHousehold;
import id.loket.domain.schedule.PartHouseholds;
import id.loket.domain.schedule.PartKind;
import id.loket.domain.schedule.Plan;
import id.loket.domain.schedule.PlanDay;
import id.loket.domain.schedule.PlanInputs;
import id.loket.domain.schedule.PlanSession;
import id.loket.domain.schedule.RtList;
import id.loket.domain.schedule.RtPart;
import id.loket.domain.schedule.SessionTemplate;
import id.loket.domain.schedule.Shortfall;
import id.loket.domain.schedule.WorkingDays;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Saved schedules (schema V3) and the RT lists the planner reads. A plan is written whole by
 * {@link #save}; call it inside {@link Jdbc#inTransaction} so a plan is stored entirely or not at all.
 */
public final class ScheduleRepository {

    /** Rows per multi-row INSERT of assignments: few statements for a kelurahan, every value still bound. */
    private static final int ASSIGNMENT_ROWS_PER_INSERT = 400;

    /** A stored plan and who made it when. */
    public record StoredPlan(long id, LocalDateTime createdAt, String createdBy, OptionalLong basedOn, Plan plan) {
    }

    /** One part of a stored plan, flat, for exports and printouts. */
    public record PartRow(long partId, LocalDate day, int sessionNumber, LocalTime startsAt, LocalTime endsAt,
                          RtRef rt, PartKind kind, int part, int parts, int firstPosition, int lastPosition,
                          int households) {
    }

    /** One household of a part, for the notice to the ketua RT. */
    public record PartHousehold(int position, long householdId, String headName, String address, boolean registered) {
    }

    private final Jdbc jdbc;

    public ScheduleRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Every RT list of households on the lists, RTs by RW, then RT, and each list in id order (the
     * order households were listed in). A household is a priority one when its DTSEN desil is 1 or 2
     * or it receives PKH; registered means a successful registration, and a household explained (moved
     * out, died, ...) counts as registered here: the plan has nobody to invite for it.
     */
    public List<RtList> rtLists() {
        List<RtList> lists = new ArrayList<>();
        RtRef[] current = {null};
        List<ListedHousehold> households = new ArrayList<>();
        jdbc.forEach("""
                SELECT r.rw, r.rt, h.id, (h.desil IS NOT NULL AND h.desil <= 2) OR h.pkh,
                       EXISTS (SELECT 1 FROM registration g WHERE g.household_id = h.id AND g.outcome = 'BERHASIL')
                       OR EXISTS (SELECT 1 FROM household_explanation e WHERE e.household_id = h.id
                                  AND e.undone_at IS NULL)
                FROM household h JOIN rt r ON r.id = h.rt_id
                WHERE h.on_rt_list
                ORDER BY r.rw, r.rt, h.id
                """, row -> {
                    RtRef rt = RtRef.of(row.getString(1), row.getString(2));
                    if (!rt.equals(current[0])) {
                        if (current[0] != null) {
                            lists.add(new RtList(current[0], households));
                            households.clear();
                        }
                        current[0] = rt;
                    }
                    households.add(new ListedHousehold(row.getLong(3), row.getBoolean(4), row.getBoolean(5)));
                });
        if (current[0] != null) {
            lists.add(new RtList(current[0], households));
        }
        return lists;
    }

    /** Writes {@code plan} with all its days, parts and assignments, and returns its id. */
    public long save(Plan plan, OptionalLong basedOn, String createdBy, LocalDateTime createdAt) {
        return jdbc.inTransaction(() -> {
            PlanInputs inputs = plan.inputs();
            long planId = jdbc.insert("""
                    INSERT INTO schedule_plan (window_from, window_to, working_days, capacity_per_day,
                        walk_in_reserve_pct, desil_first, replanned_from, based_on, planned_households,
                        unplanned_households, created_by, created_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """, inputs.from(), inputs.to(), WorkingDays.format(inputs.workingDays()),
                    inputs.capacityPerDay(), inputs.walkInReservePercent(), inputs.desilFirst(),
                    plan.replannedFrom(), basedOn.isPresent() ? basedOn.getAsLong() : null,
                    plan.plannedHouseholds(), plan.unplannedHouseholds(), createdBy, createdAt);
            for (LocalDate holiday : inputs.holidays()) {
                jdbc.update("INSERT INTO schedule_holiday (plan_id, holiday) VALUES (?, ?)", planId, holiday);
            }
            for (int i = 0; i < inputs.sessions().size(); i++) {
                SessionTemplate session = inputs.sessions().get(i);
                jdbc.update("INSERT INTO schedule_session (plan_id, session_no, starts_at, ends_at, share) VALUES (?, ?, ?, ?, ?)",
                        planId, i + 1, session.start(), session.end(), session.share());
            }
            AssignmentWriter assignments = new AssignmentWriter();
            for (PlanDay day : plan.days()) {
                for (PlanSession session : day.sessions()) {
                    SessionTemplate template = session.template();
                    long slotId = jdbc.insert("""
                            INSERT INTO schedule_slot (plan_id, service_day, session_no, starts_at, ends_at, share, capacity)
                            VALUES (?, ?, ?, ?, ?, ?, ?)
                            """, planId, day.date(), session.number(), template.start(), template.end(),
                            template.share(), session.capacity());
                    for (int seq = 0; seq < session.parts().size(); seq++) {
                        RtPart part = session.parts().get(seq);
                        long partId = jdbc.insert("""
                                INSERT INTO schedule_part (plan_id, slot_id, service_day, seq, rw, rt, kind, part_no, part_count,
                                    first_position, last_position, households)
                                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                                """, planId, slotId, day.date(), seq + 1, part.rt().rw(), part.rt().rt(), part.kind(),
                                part.part(), part.parts(), part.firstPosition(), part.lastPosition(), part.size());
                        PartHouseholds households = part.households();
                        for (int i = 0; i < households.size(); i++) {
                            assignments.add(partId, households.position(i), households.id(i));
                        }
                    }
                }
            }
            assignments.flush();
            for (Shortfall shortfall : plan.shortfalls()) {
                jdbc.update("INSERT INTO schedule_shortfall (plan_id, rw, rt, households) VALUES (?, ?, ?, ?)",
                        planId, shortfall.rt().rw(), shortfall.rt().rt(), shortfall.households());
            }
            return planId;
        });
    }

    /** Collects assignment rows and writes them a few hundred to a statement. */
    private final class AssignmentWriter {
        private final List<Object> values = new ArrayList<>();
        private int rows;

        void add(long partId, int position, long householdId) {
            values.add(partId);
            values.add(position);
            values.add(householdId);
            if (++rows == ASSIGNMENT_ROWS_PER_INSERT) {
                flush();
            }
        }

        void flush() {
            if (rows == 0) {
                return;
            }
            StringBuilder sql = new StringBuilder("INSERT INTO schedule_assignment (part_id, list_position, household_id) VALUES ");
            for (int i = 0; i < rows; i++) {
                sql.append(i == 0 ? "(?, ?, ?)" : ", (?, ?, ?)");
            }
            jdbc.update(sql.toString(), values.toArray());
            values.clear();
            rows = 0;
        }
    }

    /** The id of the newest plan: the schedule in force. */
    public OptionalLong latestId() {
        long id = jdbc.count("SELECT COALESCE(MAX(id), 0) FROM schedule_plan");
        return id == 0 ? OptionalLong.empty() : OptionalLong.of(id);
    }

    public Optional<StoredPlan> latest() {
        OptionalLong id = latestId();
        return id.isPresent() ? load(id.getAsLong()) : Optional.empty();
    }

    /** Reads a saved plan back whole, equal to the plan that was saved. */
    public Optional<StoredPlan> load(long planId) {
        record Header(LocalDate from, LocalDate to, String workingDays, int capacity, int reserve, boolean desilFirst,
                      Optional<LocalDate> replannedFrom, OptionalLong basedOn, String createdBy,
                      LocalDateTime createdAt) {
        }
        Optional<Header> header = jdbc.one("""
                SELECT window_from, window_to, working_days, capacity_per_day, walk_in_reserve_pct, desil_first,
                       replanned_from, based_on, created_by, created_at
                FROM schedule_plan WHERE id = ?
                """, row -> {
                    long basedOn = row.getLong("based_on");
                    OptionalLong based = row.wasNull() ? OptionalLong.empty() : OptionalLong.of(basedOn);
                    return new Header(day(row, "window_from"), day(row, "window_to"), row.getString("working_days"),
                            row.getInt("capacity_per_day"), row.getInt("walk_in_reserve_pct"),
                            row.getBoolean("desil_first"), Optional.ofNullable(row.getObject("replanned_from",
                                    LocalDate.class)), based, row.getString("created_by"),
                            row.getTimestamp("created_at").toLocalDateTime());
                }, planId);
        if (header.isEmpty()) {
            return Optional.empty();
        }
        Header h = header.get();
        List<LocalDate> holidays = jdbc.list("SELECT holiday FROM schedule_holiday WHERE plan_id = ? ORDER BY holiday",
                row -> day(row, "holiday"), planId);
        List<SessionTemplate> sessions = jdbc.list(
                "SELECT starts_at, ends_at, share FROM schedule_session WHERE plan_id = ? ORDER BY session_no",
                ScheduleRepository::template, planId);
        PlanInputs inputs = new PlanInputs(h.from(), h.to(),
                WorkingDays.parse(h.workingDays()).orElseThrow(() -> new StorageException(
                        StorageException.Reason.FAILED, "unreadable working days: " + h.workingDays(), null)),
                new TreeSet<>(holidays), sessions, h.capacity(), h.reserve(), h.desilFirst());

        TreeMap<Long, long[]> idsOfPart = new TreeMap<>();
        TreeMap<Long, int[]> positionsOfPart = new TreeMap<>();
        readAssignments(planId, idsOfPart, positionsOfPart);

        List<PlanDay> days = new ArrayList<>();
        List<PlanSession> sessionsOfDay = new ArrayList<>();
        LocalDate[] dayOfSessions = {null};
        List<SlotRow> slots = jdbc.list("""
                SELECT id, service_day, session_no, starts_at, ends_at, share, capacity FROM schedule_slot
                WHERE plan_id = ? ORDER BY service_day, session_no
                """, row -> new SlotRow(row.getLong("id"), day(row, "service_day"), row.getInt("session_no"), template(row),
                row.getInt("capacity")), planId);
        TreeMap<Long, List<RtPart>> partsOfSlot = new TreeMap<>();
        jdbc.forEach("""
                SELECT id, slot_id, rw, rt, kind, part_no, part_count FROM schedule_part
                WHERE plan_id = ? ORDER BY slot_id, seq
                """, row -> {
                    long partId = row.getLong("id");
                    long[] ids = idsOfPart.get(partId);
                    if (ids == null) {
                        throw new SQLException("schedule part " + partId + " has no households");
                    }
                    partsOfSlot.computeIfAbsent(row.getLong("slot_id"), slot -> new ArrayList<>()).add(new RtPart(
                            RtRef.of(row.getString("rw"), row.getString("rt")), PartKind.valueOf(row.getString("kind")),
                            row.getInt("part_no"), row.getInt("part_count"),
                            new PartHouseholds(ids, positionsOfPart.get(partId))));
                }, planId);
        for (SlotRow slot : slots) {
            if (dayOfSessions[0] != null && !dayOfSessions[0].equals(slot.day())) {
                days.add(new PlanDay(dayOfSessions[0], sessionsOfDay));
                sessionsOfDay = new ArrayList<>();
            }
            dayOfSessions[0] = slot.day();
            sessionsOfDay.add(new PlanSession(slot.number(), slot.template(), slot.capacity(),
                    partsOfSlot.getOrDefault(slot.id(), List.of())));
        }
        if (dayOfSessions[0] != null) {
            days.add(new PlanDay(dayOfSessions[0], sessionsOfDay));
        }
        List<Shortfall> shortfalls = jdbc.list(
                "SELECT rw, rt, households FROM schedule_shortfall WHERE plan_id = ? ORDER BY rw, rt",
                row -> new Shortfall(RtRef.of(row.getString(1), row.getString(2)), row.getInt(3)), planId);
        Plan plan = new Plan(inputs, h.replannedFrom(), days, shortfalls);
        return Optional.of(new StoredPlan(planId, h.createdAt(), h.createdBy(), h.basedOn(), plan));
    }

    private record SlotRow(long id, LocalDate day, int number, SessionTemplate template, int capacity) {
    }

    private void readAssignments(long planId, TreeMap<Long, long[]> idsOfPart, TreeMap<Long, int[]> positionsOfPart) {
        long[] currentPart = {-1};
        long[][] ids = {new long[64]};
        int[][] positions = {new int[64]};
        int[] size = {0};
        Runnable close = () -> {
            if (currentPart[0] >= 0) {
                idsOfPart.put(currentPart[0], Arrays.copyOf(ids[0], size[0]));
                positionsOfPart.put(currentPart[0], Arrays.copyOf(positions[0], size[0]));
            }
        };
        jdbc.forEach("""
                SELECT a.part_id, a.list_position, a.household_id
                FROM schedule_assignment a JOIN schedule_part p ON p.id = a.part_id
                WHERE p.plan_id = ? ORDER BY a.part_id, a.list_position
                """, row -> {
                    long partId = row.getLong(1);
                    if (partId != currentPart[0]) {
                        close.run();
                        currentPart[0] = partId;
                        size[0] = 0;
                    }
                    if (size[0] == ids[0].length) {
                        ids[0] = Arrays.copyOf(ids[0], size[0] * 2);
                        positions[0] = Arrays.copyOf(positions[0], size[0] * 2);
                    }
                    positions[0][size[0]] = row.getInt(2);
                    ids[0][size[0]] = row.getLong(3);
                    size[0]++;
                }, planId);
        close.run();
    }

    /**
     * The days RT {@code rt} is asked to come in the schedule in force, earliest first; empty when
     * there is no schedule or the RT is not in it. One indexed read: the ticket screen asks it for
     * every ticket.
     */
    public List<LocalDate> daysOf(RtRef rt) {
        return jdbc.list("""
                SELECT DISTINCT service_day FROM schedule_part
                WHERE plan_id = (SELECT MAX(id) FROM schedule_plan) AND rw = ? AND rt = ?
                ORDER BY service_day
                """, row -> day(row, "service_day"), rt.rw(), rt.rt());
    }

    /** Every part of plan {@code planId} in time order, then in the order of its session. */
    public List<PartRow> parts(long planId) {
        return jdbc.list("""
                SELECT p.id, p.service_day, s.session_no, s.starts_at, s.ends_at, p.rw, p.rt, p.kind, p.part_no, p.part_count,
                       p.first_position, p.last_position, p.households
                FROM schedule_part p JOIN schedule_slot s ON s.id = p.slot_id
                WHERE p.plan_id = ?
                ORDER BY p.service_day, s.session_no, p.seq
                """, row -> new PartRow(row.getLong(1), day(row, "service_day"), row.getInt(3),
                row.getObject(4, LocalTime.class), row.getObject(5, LocalTime.class),
                RtRef.of(row.getString(6), row.getString(7)), PartKind.valueOf(row.getString(8)), row.getInt(9),
                row.getInt(10), row.getInt(11), row.getInt(12), row.getInt(13)), planId);
    }

    /** The households of one part with their names, in list order, and whether each is registered now. */
    public List<PartHousehold> householdsOf(long partId) {
        return jdbc.list("""
                SELECT a.list_position, h.id, h.head_name, h.address,
                       EXISTS (SELECT 1 FROM registration g WHERE g.household_id = h.id AND g.outcome = 'BERHASIL')
                FROM schedule_assignment a JOIN household h ON h.id = a.household_id
                WHERE a.part_id = ?
                ORDER BY a.list_position
                """, row -> new PartHousehold(row.getInt(1), row.getLong(2), row.getString(3), row.getString(4),
                row.getBoolean(5)), partId);
    }

    private static LocalDate day(ResultSet row, String column) throws SQLException {
        return row.getObject(column, LocalDate.class);
    }

    private static SessionTemplate template(ResultSet row) throws SQLException {
        return new SessionTemplate(row.getObject("starts_at", LocalTime.class),
                row.getObject("ends_at", LocalTime.class), row.getInt("share"));
    }
}
