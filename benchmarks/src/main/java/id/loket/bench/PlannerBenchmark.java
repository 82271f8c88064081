package id.loket.bench;

import id.loket.domain.household.RtRef;
import id.loket.domain.schedule.ListedHousehold;
import id.loket.domain.schedule.Plan;
import id.loket.domain.schedule.PlanInputs;
import id.loket.domain.schedule.Planner;
import id.loket.domain.schedule.RtList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Planning a whole city (2,000 RTs, 250,000 households, 21 service days; goal at most 1 s), against two
 * baselines measured in the same run: sorting the city's 250,000 households by RW, RT and list
 * position from a shuffled array (what any planner given the households unordered must do), and one
 * pass over the RT lists copying every household id into an array (the least a planner given the lists
 * in order, as the database gives them, must do). Also a re-plan from mid-window.
 * Runs alternate between baseline and planner after a warm-up, so a busy machine slows them alike;
 * reported as medians and as a ratio of medians.
 *
 * <p>Run: {@code ./mvnw -q -pl benchmarks -am verify -DskipTests && java -cp "$(cat
 * benchmarks/target/classpath.txt):benchmarks/target/classes" id.loket.bench.PlannerBenchmark [runs]}
 */
public final class PlannerBenchmark {

    public static final int RTS = 2_000;
    public static final int HOUSEHOLDS = 250_000;
    /** 4 June to 2 July 2026, Monday to Friday: 21 service days. */
    static final PlanInputs CITY_INPUTS = PlanInputs.defaults(13_300)
            .withWindow(LocalDate.of(2026, 6, 4), LocalDate.of(2026, 7, 2));
    static final LocalDate REPLAN_FROM = LocalDate.of(2026, 6, 18);
    private static final int WARM_UP_RUNS = 5;

    public record Result(int rts, int households, int serviceDays, boolean allFit, List<Long> baselineNanos,
                         List<Long> passNanos, List<Long> planNanos, List<Long> replanNanos) {

        /** Planning against sorting the households. */
        public double planRatio() {
            return (double) median(planNanos) / median(baselineNanos);
        }

        /** Planning against one pass over the households. */
        public double planPassRatio() {
            return (double) median(planNanos) / median(passNanos);
        }

        public double replanRatio() {
            return (double) median(replanNanos) / median(baselineNanos);
        }

        public String report() {
            return String.format(Locale.ROOT, "planner, a city of %,d households in %,d RTs over %d service days "
                            + "(all fit: %s), %d runs each (median)%n"
                            + "  baseline A, sort households by RW/RT/position: %7.1f ms%n"
                            + "  baseline B, one pass over the households:      %7.1f ms%n"
                            + "  plan the whole window:                         %7.1f ms  ratio %.2f to A, %.1f to B"
                            + "  (goal <= 1000 ms)%n"
                            + "  re-plan from %s:                       %7.1f ms  ratio %.2f to A%n",
                    households, rts, serviceDays, allFit, planNanos.size(), millis(median(baselineNanos)),
                    millis(median(passNanos)), millis(median(planNanos)), planRatio(), planPassRatio(), REPLAN_FROM,
                    millis(median(replanNanos)), replanRatio());
        }
    }

    /** One household of the flat, shuffled list the baseline sorts. */
    private record Row(RtRef rt, int position, long id) {
    }

    private static final Comparator<Row> LIST_ORDER = Comparator.comparing(Row::rt).thenComparingInt(Row::position);

    private PlannerBenchmark() {
    }

    public static void main(String[] args) {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 15;
        System.out.print(measure(runs).report());
    }

    public static Result measure(int runs) {
        List<RtList> city = city(20260604L, RTS, HOUSEHOLDS);
        Row[] shuffled = flatShuffled(city, 7L);
        Planner planner = new Planner();
        Plan plan = planner.plan(CITY_INPUTS, city);
        List<RtList> progressed = halfRegistered(city);
        long sink = 0;
        for (int i = 0; i < WARM_UP_RUNS; i++) {
            sink += baseline(shuffled);
            sink += onePass(city);
            sink += planner.plan(CITY_INPUTS, city).plannedHouseholds();
            sink += planner.replan(CITY_INPUTS, plan, REPLAN_FROM, progressed).plannedHouseholds();
        }
        List<Long> baseline = new ArrayList<>();
        List<Long> pass = new ArrayList<>();
        List<Long> planning = new ArrayList<>();
        List<Long> replanning = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            sink += baseline(shuffled);
            baseline.add(System.nanoTime() - start);

            start = System.nanoTime();
            sink += onePass(city);
            pass.add(System.nanoTime() - start);

            start = System.nanoTime();
            Plan again = planner.plan(CITY_INPUTS, city);
            planning.add(System.nanoTime() - start);
            sink += again.plannedHouseholds();

            start = System.nanoTime();
            Plan replanned = planner.replan(CITY_INPUTS, plan, REPLAN_FROM, progressed);
            replanning.add(System.nanoTime() - start);
            sink += replanned.plannedHouseholds();
        }
        if (sink == 42) {
            // Uses the results so the JIT cannot drop the work; never true for these sizes.
            System.out.println("sink");
        }
        return new Result(city.size(), households(city), CITY_INPUTS.serviceDays().size(), plan.allFit(),
                baseline, pass, planning, replanning);
    }

    /** Sorts a copy of the shuffled households into list order and returns a checksum of the result. */
    private static long baseline(Row[] shuffled) {
        Row[] rows = shuffled.clone();
        Arrays.sort(rows, LIST_ORDER);
        return rows[0].id() + rows[rows.length - 1].id();
    }

    /** Copies every household id of the lists, in order, into one array and returns a checksum. */
    private static long onePass(List<RtList> city) {
        long[] ids = new long[HOUSEHOLDS];
        int n = 0;
        for (RtList list : city) {
            for (ListedHousehold household : list.households()) {
                if (!household.registered()) {
                    ids[n++] = household.id();
                }
            }
        }
        return ids[0] + ids[n - 1];
    }

    /**
     * A made-up city, the same for the same seed: RWs of 3 to 9 RTs, RTs of uneven size (now and then
     * two or three times the average), 5 to 30 % desil 1–2 / PKH households per RW, none registered.
     */
    static List<RtList> city(long seed, int rtCount, int householdCount) {
        Random random = new Random(seed);
        double[] weights = new double[rtCount];
        double sum = 0;
        for (int i = 0; i < rtCount; i++) {
            weights[i] = random.nextInt(10) == 0 ? 2 + random.nextDouble() : 0.5 + random.nextDouble();
            sum += weights[i];
        }
        int[] sizes = new int[rtCount];
        int given = 0;
        for (int i = 0; i < rtCount; i++) {
            sizes[i] = Math.max(1, (int) (weights[i] / sum * householdCount));
            given += sizes[i];
        }
        for (int i = 0; given < householdCount; i = (i + 1) % rtCount) {
            sizes[i]++;
            given++;
        }
        List<RtList> lists = new ArrayList<>(rtCount);
        long id = 1;
        int rw = 1;
        int rt = 1;
        int rtsInRw = 3 + random.nextInt(7);
        int priorityPercent = 5 + random.nextInt(26);
        for (int size : sizes) {
            List<ListedHousehold> households = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                households.add(new ListedHousehold(id++, random.nextInt(100) < priorityPercent, false));
            }
            lists.add(new RtList(RtRef.of(String.valueOf(rw), String.valueOf(rt)), households));
            if (++rt > rtsInRw) {
                rw++;
                rt = 1;
                rtsInRw = 3 + random.nextInt(7);
                priorityPercent = 5 + random.nextInt(26);
            }
        }
        return lists;
    }

    private static Row[] flatShuffled(List<RtList> city, long seed) {
        List<Row> rows = new ArrayList<>(HOUSEHOLDS);
        for (RtList list : city) {
            for (int i = 0; i < list.households().size(); i++) {
                rows.add(new Row(list.rt(), i + 1, list.households().get(i).id()));
            }
        }
        Collections.shuffle(rows, new Random(seed));
        return rows.toArray(new Row[0]);
    }

    /** The city two weeks on: every other household registered, so the re-plan has catch-up to do. */
    private static List<RtList> halfRegistered(List<RtList> city) {
        List<RtList> progressed = new ArrayList<>(city.size());
        for (RtList list : city) {
            List<ListedHousehold> households = new ArrayList<>(list.households().size());
            for (ListedHousehold h : list.households()) {
                households.add(new ListedHousehold(h.id(), h.priority(), h.id() % 2 == 0));
            }
            progressed.add(new RtList(list.rt(), households));
        }
        return progressed;
    }

    static int households(List<RtList> city) {
        return city.stream().mapToInt(list -> list.households().size()).sum();
    }

    static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    private static double millis(long nanos) {
        return nanos / 1_000_000.0;
    }
}
