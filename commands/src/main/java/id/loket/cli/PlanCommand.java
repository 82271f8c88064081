package id.loket.cli;

import id.loket.service.schedule.RePlan;
import id.loket.service.schedule.PlanSchedule;
import id.loket.domain.schedule.DayExplanation;
import id.loket.domain.schedule.PlanDay;
import id.loket.domain.schedule.PlanInputs;
import id.loket.domain.schedule.SessionTemplate;
import id.loket.domain.schedule.Shortfall;
import id.loket.domain.schedule.WorkingDays;
import id.loket.domain.text.Message;
import id.loket.domain.text.Texts;
import id.loket.service.schedule.NoPlanException;
import id.loket.service.schedule.PlanOutcome;
import java.io.PrintWriter;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code loket --user NAME plan --capacity-per-day N [...]}: makes the per-RT schedule, saves it as the
 * schedule in force and prints it per day. Exit status 0 when every household fits, 3 when some do not (the
 * fullest plan is saved all the same and what did not fit is listed), 2 on misuse, 1 when there is no
 * schedule to re-plan.
 */
@Command(name = "plan", mixinStandardHelpOptions = true,
        description = {"Plans the registration schedule per RT and saves it as the schedule in force. Supervisor "
                + "only (--user NAME before the command); audited.",
                "Exit status 0 when every household fits, 3 when some do not (the fullest plan is saved and "
                        + "what did not fit is listed), 2 on misuse, 1 when there is no schedule to re-plan."})
final class PlanCommand implements Callable<Integer> {

    record Needs(PlanSchedule plan, RePlan rePlan) {
    }

    static final int SOME_DID_NOT_FIT = 3;
    private static final Pattern SESSION = Pattern.compile("(\\d{1,2})[.:](\\d{2})-(\\d{1,2})[.:](\\d{2})");

    @ParentCommand
    LoketCommand root;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--from", paramLabel = "DATE", defaultValue = "2026-06-04",
            description = "First day of the window, YYYY-MM-DD (default ${DEFAULT-VALUE}).")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", defaultValue = "2026-07-03",
            description = "Last day of the window, YYYY-MM-DD (default ${DEFAULT-VALUE}).")
    LocalDate to;

    @Option(names = "--capacity-per-day", paramLabel = "N", required = true,
            description = "Households the office can serve in a day, all counters together.")
    int capacityPerDay;

    @Option(names = "--walk-in-reserve", paramLabel = "PCT", defaultValue = "10",
            description = "Percent of the daily capacity kept free for walk-ins, 0 to 90 (default ${DEFAULT-VALUE}).")
    int walkInReserve;

    @Option(names = "--holidays", paramLabel = "DATE", split = ",",
            description = "Days without service, YYYY-MM-DD separated by commas.")
    List<LocalDate> holidays = new ArrayList<>();

    @Option(names = "--working-days", paramLabel = "DAYS", defaultValue = "MON-FRI",
            description = "Service days of the week: MON-FRI, MON-THU,SAT, SEN-JUM (default ${DEFAULT-VALUE}).")
    String workingDays;

    @Option(names = "--sessions", paramLabel = "HH.MM-HH.MM", split = ",", defaultValue = "08.00-12.00,13.00-15.00",
            description = "Sessions of a day; each gets a share of the capacity by its length "
                    + "(default ${DEFAULT-VALUE}).")
    List<String> sessions;

    @Option(names = "--desil-first", description = "Plan DTSEN desil 1-2 and PKH households first, at the start of the window.")
    boolean desilFirst;

    @Option(names = "--replan-from", paramLabel = "DATE",
            description = "Keep the schedule in force before DATE and plan the households not yet registered "
                    + "again from DATE; households whose day has passed come first.")
    LocalDate replanFrom;

    @Override
    public Integer call() {
        Texts texts = root.texts();
        PlanInputs inputs = inputs(texts);
        PrintWriter out = spec.commandLine().getOut();
        try (var opened = root.open(CommandWiring.PLAN)) {
            String actor = root.supervisor(opened, spec).username();
            PlanOutcome outcome = replanFrom == null
                    ? opened.needs().plan().plan(inputs, actor)
                    : opened.needs().rePlan().replan(inputs, replanFrom, actor);
            print(out, texts, outcome);
            out.flush();
            return outcome.allFit() ? 0 : SOME_DID_NOT_FIT;
        } catch (NoPlanException e) {
            spec.commandLine().getErr().println(texts.text("schedule.cli.noPlanToReplan"));
            return 1;
        }
    }

    /** The inputs from the options; anything unusable is a usage error (exit status 2) that says why. */
    private PlanInputs inputs(Texts texts) {
        Set<DayOfWeek> days = WorkingDays.parse(workingDays).orElseThrow(() -> misuse(
                texts.text("schedule.cli.badWorkingDays", workingDays)));
        List<SessionTemplate> templates = new ArrayList<>();
        for (String session : sessions) {
            templates.add(session(texts, session));
        }
        PlanInputs inputs = new PlanInputs(from, to, days, new TreeSet<>(holidays), templates,
                capacityPerDay, walkInReserve, desilFirst);
        List<Message> problems = inputs.problems();
        if (!problems.isEmpty()) {
            throw misuse(String.join(System.lineSeparator(), problems.stream().map(texts::text).toList()));
        }
        return inputs;
    }

    private SessionTemplate session(Texts texts, String text) {
        Matcher matcher = SESSION.matcher(text.strip());
        try {
            if (matcher.matches()) {
                LocalTime start = LocalTime.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
                LocalTime end = LocalTime.of(Integer.parseInt(matcher.group(3)), Integer.parseInt(matcher.group(4)));
                if (start.isBefore(end)) {
                    return SessionTemplate.ofTimes(start, end);
                }
            }
        } catch (DateTimeException e) {
            throw misuse(texts.text("schedule.cli.badSession", text));
        }
        throw misuse(texts.text("schedule.cli.badSession", text));
    }

    private CommandLine.ParameterException misuse(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }

    private void print(PrintWriter out, Texts texts, PlanOutcome outcome) {
        DateTimeFormatter dayFormat = DateTimeFormatter.ofPattern(texts.text("schedule.format.day"), texts.locale());
        out.println(texts.text("schedule.cli.saved", String.valueOf(outcome.planId())));
        outcome.plan().replannedFrom().ifPresent(first -> {
            long kept = outcome.plan().days().stream().filter(d -> d.date().isBefore(first)).count();
            out.println(texts.text("schedule.cli.kept", kept, dayFormat.format(first)));
        });
        List<PlanDay> newDays = outcome.plan().newDays();
        for (DayExplanation day : outcome.explanation()) {
            if (newDays.stream().noneMatch(d -> d.date().equals(day.date()))) {
                continue;
            }
            out.println();
            out.println(texts.text("schedule.cli.day", dayFormat.format(day.date()), texts.text(day.headline())));
            for (Message line : day.lines()) {
                boolean sessionLine = line.key().equals("schedule.explain.session");
                out.println((sessionLine ? "  " : "    ") + texts.text(line));
            }
        }
        out.println();
        out.println(texts.text(outcome.summary()));
        if (!outcome.allFit()) {
            out.println(texts.text("schedule.cli.shortfallHeading"));
            for (Shortfall shortfall : outcome.plan().shortfalls()) {
                out.println("  " + texts.text("schedule.cli.shortfall", shortfall.rt().rt(), shortfall.rt().rw(),
                        shortfall.households()));
            }
            out.println(texts.text("schedule.cli.shortfallAdvice"));
        }
    }
}
