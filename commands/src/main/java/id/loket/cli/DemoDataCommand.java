package id.loket.cli;

import id.loket.domain.office.OfficeProfile;
import id.loket.domain.text.Texts;
import id.loket.service.demo.DemoDataService;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code loket demo-data [--households N]}: a fictional office in an empty database. */
@Command(name = "demo-data", mixinStandardHelpOptions = true,
        description = "Fills an EMPTY database (no households, no accounts) with a fictional kelurahan (real region "
                + "code, invented people). Needs no --user: an empty database has no supervisor to ask, and a "
                + "database with any account or household is refused.")
final class DemoDataCommand implements Callable<Integer> {

    /** The demo data, and the office it fills. */
    record Needs(DemoDataService demoData, OfficeProfile office) {
    }

    @ParentCommand
    LoketCommand root;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--households", paramLabel = "N", defaultValue = "1500",
            description = "How many households (default ${DEFAULT-VALUE}, at most 300000).")
    int households;

    @Override
    public Integer call() {
        if (households < 1 || households > 300_000) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--households must be 1 to 300000");
        }
        Texts texts = root.texts();
        PrintWriter out = spec.commandLine().getOut();
        try (var opened = root.open(CommandWiring.DEMO_DATA)) {
            DemoDataService.Summary summary = opened.needs().demoData().fill(opened.needs().office(), households);
            out.println(texts.text("cli.demo.done", summary.households(), summary.rts(), summary.registrations()));
            out.println(texts.text("cli.demo.accounts"));
            for (DemoDataService.DemoAccount account : DemoDataService.DEMO_ACCOUNTS) {
                out.println("  " + account.username() + " / " + account.pin() + "  (" + account.role() + ")");
            }
            return 0;
        } catch (DemoDataService.NotEmptyException e) {
            spec.commandLine().getErr().println(texts.text("cli.demo.notEmpty"));
            return 1;
        }
    }
}
