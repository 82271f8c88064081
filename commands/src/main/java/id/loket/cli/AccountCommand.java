package id.loket.cli;

import id.loket.domain.account.Agent;
import id.loket.domain.account.Role;
import id.loket.domain.text.Message;
import id.loket.domain.text.Texts;
import id.loket.service.security.AccountService;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code loket account add|list|deactivate|reset-pin}: the office's accounts without a window, so a
 * PC set up over SSH gets its first supervisor from the terminal. The same service as the office
 * screen's accounts tab, audited the same way; every command but the very first {@code add} runs
 * as a supervisor ({@code --user}).
 */
@Command(name = "account", mixinStandardHelpOptions = true,
        description = "The office's accounts: add, list, deactivate, reactivate, reset-pin. The first account of a new "
                + "install is added without --user (it must be a supervisor); after that, a supervisor runs these.",
        subcommands = {AccountCommand.Add.class, AccountCommand.ListAccounts.class, AccountCommand.Deactivate.class,
                AccountCommand.Reactivate.class, AccountCommand.ResetPin.class})
final class AccountCommand {

    record Needs(AccountService accounts) {
    }

    @ParentCommand
    LoketCommand root;

    /** The new PIN, typed twice (read from standard input when there is no terminal); null when not given. */
    private char[][] newPin(String username) {
        Texts texts = root.texts();
        char[] pin = root.input().secret(texts.text("cli.account.newPin", username));
        char[] again = pin == null ? null : root.input().secret(texts.text("cli.account.pinAgain"));
        if (pin == null || again == null) {
            throw new LoketCommand.SupervisorRefused(texts.text("cli.account.noPin"));
        }
        return new char[][] {pin, again};
    }

    private AccountService.Row named(Needs needs, String username) {
        return needs.accounts().find(username.strip().toLowerCase(Locale.ROOT))
                .orElseThrow(() -> new LoketCommand.SupervisorRefused(
                        root.texts().text("cli.account.unknown", username)));
    }

    /** Prints the problems, or the done message; the exit status. */
    private int report(CommandLine.Model.CommandSpec spec, List<Message> problems, String done) {
        Texts texts = root.texts();
        if (problems.isEmpty()) {
            spec.commandLine().getOut().println(done);
            return 0;
        }
        PrintWriter err = spec.commandLine().getErr();
        problems.forEach(problem -> err.println(texts.text(problem)));
        return 1;
    }

    private static void wipe(char[][] pins) {
        for (char[] pin : pins) {
            Arrays.fill(pin, '\0');
        }
    }

    /** {@code loket account add NAME --role supervisor|agent [--full-name TEXT]}. */
    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Adds an account; its PIN is asked twice (or read from standard input, one line each).")
    static final class Add implements Callable<Integer> {

        @ParentCommand
        AccountCommand account;

        @Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(index = "0", paramLabel = "NAME", description = "User name: 3-30 lower-case letters, digits, . _ -")
        String username;

        @Option(names = "--role", required = true, paramLabel = "ROLE", description = "supervisor or agent")
        String role;

        @Option(names = "--full-name", paramLabel = "TEXT",
                description = "The holder's full name, as the screens show it (default: NAME).")
        String fullName;

        @Override
        public Integer call() {
            LoketCommand root = account.root;
            Role chosen = switch (role.strip().toLowerCase(Locale.ROOT)) {
                case "supervisor" -> Role.SUPERVISOR;
                case "agent" -> Role.AGENT;
                default -> throw new CommandLine.ParameterException(spec.commandLine(),
                        root.texts().text("cli.account.role", role));
            };
            String displayName = fullName == null ? username : fullName;
            try (var opened = root.open(CommandWiring.ACCOUNTS)) {
                AccountService accounts = opened.needs().accounts();
                List<Message> problems;
                if (accounts.noAccounts()) {
                    // A new install: nobody can give a supervisor's PIN yet. The screen's first start
                    // asks for a supervisor the same way, through the same door.
                    if (chosen != Role.SUPERVISOR) {
                        throw new LoketCommand.SupervisorRefused(root.texts().text("cli.account.firstSupervisor"));
                    }
                    char[][] pins = account.newPin(username);
                    problems = accounts.createFirstSupervisor(username, displayName, pins[0], pins[1]);
                    wipe(pins);
                } else {
                    Agent supervisor = root.supervisor(opened, spec);
                    char[][] pins = account.newPin(username);
                    problems = accounts.create(username, displayName, chosen, pins[0], pins[1], supervisor.username());
                    wipe(pins);
                }
                return account.report(spec, problems, root.texts().text("account.created", displayName));
            }
        }
    }

    /** {@code loket account list}: user name, role and state of every active account. */
    @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists the active accounts.")
    static final class ListAccounts implements Callable<Integer> {

        @ParentCommand
        AccountCommand account;

        @Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            LoketCommand root = account.root;
            Texts texts = root.texts();
            PrintWriter out = spec.commandLine().getOut();
            try (var opened = root.open(CommandWiring.ACCOUNTS)) {
                root.supervisor(opened, spec);
                out.printf("%-30s %-12s %-40s %s%n", texts.text("account.column.username"),
                        texts.text("account.column.role"), texts.text("account.column.name"),
                        texts.text("account.column.state"));
                for (AccountService.Row row : opened.needs().accounts().list()) {
                    Agent agent = row.agent();
                    String state = !row.active() ? texts.text("account.state.inactive")
                            : row.lockedNow() ? texts.text("account.state.locked")
                            : agent.demo() ? texts.text("account.state.demo") : texts.text("account.state.active");
                    out.printf("%-30s %-12s %-40s %s%n", agent.username(), texts.text("role." + agent.role().name()),
                            agent.displayName(), state);
                }
                return 0;
            }
        }
    }

    /**
     * A change to one named account, made by a supervisor: the commands below say only what the change
     * is. The account is found whether it is active or not (a deactivated one can be reactivated).
     */
    abstract static class OneAccount implements Callable<Integer> {

        @ParentCommand
        AccountCommand account;

        @Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(index = "0", paramLabel = "NAME")
        String username;

        @Override
        public final Integer call() {
            LoketCommand root = account.root;
            try (var opened = root.open(CommandWiring.ACCOUNTS)) {
                Agent supervisor = root.supervisor(opened, spec);
                AccountService.Row target = account.named(opened.needs(), username);
                return change(opened.needs(), supervisor, target, root.texts());
            }
        }

        abstract int change(Needs needs, Agent supervisor, AccountService.Row target, Texts texts);

        final int report(List<Message> problems, String done) {
            return account.report(spec, problems, done);
        }
    }

    /** {@code loket account deactivate NAME}: the account can no longer log in. */
    @Command(name = "deactivate", mixinStandardHelpOptions = true,
            description = "The account can no longer log in; its past work stays in the records. "
                    + "The last active supervisor, and one's own account, cannot be deactivated.")
    static final class Deactivate extends OneAccount {

        @Override
        int change(Needs needs, Agent supervisor, AccountService.Row target, Texts texts) {
            String name = target.agent().displayName();
            if (!target.active()) {
                return report(List.of(Message.of("account.alreadyInactive", name)), "");
            }
            return report(needs.accounts().deactivate(target.agent(), supervisor.username()),
                    texts.text("account.deactivated", name));
        }
    }

    /** {@code loket account reactivate NAME}: a deactivated account logs in again, with its old PIN. */
    @Command(name = "reactivate", mixinStandardHelpOptions = true,
            description = "A deactivated account can log in again, with the PIN it had (reset-pin sets a new one).")
    static final class Reactivate extends OneAccount {

        @Override
        int change(Needs needs, Agent supervisor, AccountService.Row target, Texts texts) {
            String name = target.agent().displayName();
            if (target.active()) {
                return report(List.of(Message.of("account.alreadyActive", name)), "");
            }
            needs.accounts().reactivate(target.agent(), supervisor.username());
            return report(List.of(), texts.text("account.reactivated", name));
        }
    }

    /** {@code loket account reset-pin NAME}: a new PIN, asked twice; a locked account opens again. */
    @Command(name = "reset-pin", mixinStandardHelpOptions = true,
            description = "Sets a new PIN for the account (asked twice, or read from standard input); "
                    + "a locked account opens again.")
    static final class ResetPin extends OneAccount {

        @Override
        int change(Needs needs, Agent supervisor, AccountService.Row target, Texts texts) {
            char[][] pins = account.newPin(target.agent().username());
            List<Message> problems = needs.accounts().setPin(target.agent(), pins[0], pins[1], supervisor.username());
            wipe(pins);
            return report(problems, texts.text("account.pinSet", target.agent().displayName()));
        }
    }
}
