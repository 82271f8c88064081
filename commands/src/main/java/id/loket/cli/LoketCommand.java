package id.loket.cli;

import id.loket.config.LoketSettings;
import id.loket.config.SettingsLoader;
import id.loket.domain.account.Agent;
import id.loket.domain.nik.NikValidator;
import id.loket.domain.nik.RegionCodes;
import id.loket.domain.text.Texts;
import id.loket.service.security.LoginService;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code loket [--config FILE] [--data-dir DIR] [COMMAND]}: with no command it opens the kiosk window;
 * the commands are for IT staff and scripts.
 */
@Command(name = "loket", mixinStandardHelpOptions = true, versionProvider = LoketVersion.class,
        description = "Loket: counter kiosk for kelurahan offices. Without a command, opens the kiosk window.",
        subcommands = {NikCommand.class, DemoDataCommand.class, ImportCommand.class, ExportCommand.class,
                PlanCommand.class, DeviceCommand.class, BackupCommand.class, RestoreCommand.class, PurgeCommand.class,
                ServeCommand.class, AccountCommand.class, RekapCommand.class,
                JkkCommand.class})
public final class LoketCommand implements Callable<Integer> {

    /** Opens the kiosk window; supplied by the application's main so the command line knows no JavaFX. */
    @FunctionalInterface
    public interface KioskLauncher {
        int launch(LoketSettings settings);
    }

    @Option(names = "--config", paramLabel = "FILE", description = "Settings file (loket.properties).")
    Path configFile;

    @Option(names = "--data-dir", paramLabel = "DIR", description = "Data folder; overrides data.dir.")
    Path dataDir;

    @Option(names = "--user", paramLabel = "NAME",
            description = "Supervisor who runs a command that changes data or reads personal data (import, plan, "
                    + "export except schedule and office-key, backup, restore, purge, account except the first add); the PIN is asked on the terminal and the "
                    + "command is audited under this name.")
    String user;

    private final KioskLauncher kiosk;
    private final Clock clock;
    private final ConsoleInput input;
    private LoketSettings settings;

    public LoketCommand(KioskLauncher kiosk, Clock clock, ConsoleInput input) {
        this.kiosk = kiosk;
        this.clock = clock;
        this.input = input;
    }

    /**
     * True when {@code args} open the kiosk window: nothing but {@code --config} and {@code --data-dir}
     * with their values. Lets the application start JavaFX before the command line is parsed.
     */
    public static boolean isKioskStart(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.startsWith("--config=") || arg.startsWith("--data-dir=")) {
                continue;
            }
            if ((arg.equals("--config") || arg.equals("--data-dir")) && i + 1 < args.length) {
                i++;
                continue;
            }
            return false;
        }
        return true;
    }

    @Override
    public Integer call() {
        return kiosk.launch(settings());
    }

    /** The settings, loaded once: defaults, then the file, then the command line's overrides. */
    LoketSettings settings() {
        if (settings == null) {
            Map<String, String> overrides = new HashMap<>();
            if (dataDir != null) {
                overrides.put("data.dir", dataDir.toString());
            }
            settings = SettingsLoader.load(Optional.ofNullable(configFile), overrides);
        }
        return settings;
    }

    Texts texts() {
        return Texts.forLocale(settings().ui().language().locale());
    }

    /** Opens the database with what one command needs (its record, picked in {@link CommandWiring}). */
    <N> CommandWiring.Opened<N> open(CommandWiring.Pick<N> pick) {
        return CommandWiring.open(this, pick);
    }

    /** The NIK rules with the region codes shipped in the program: a NIK is checked before any database opens. */
    NikValidator nikValidator() {
        return new NikValidator(RegionCodes.fromClasspath(), clock());
    }

    Clock clock() {
        return clock;
    }

    ConsoleInput input() {
        return input;
    }

    /**
     * The supervisor named by {@code --user}, after their PIN: every command that changes data or
     * reads personal data runs as a supervisor, and its audit entries carry that name. Only
     * {@code nik check}, {@code device}, {@code export schedule} (counts per RT) and
     * {@code demo-data} (an empty database has no accounts to ask) run without one.
     */
    Agent supervisor(CommandWiring.Opened<?> opened, CommandLine.Model.CommandSpec spec) {
        Texts texts = texts();
        if (user == null || user.isBlank()) {
            throw new CommandLine.ParameterException(spec.commandLine(), texts.text("cli.auth.needUser"));
        }
        char[] pin = input.secret(texts.text("cli.auth.pin", user));
        if (pin == null) {
            throw new SupervisorRefused(texts.text("cli.auth.noPin"));
        }
        LoginService.LoginResult result = opened.login().login(user, pin);
        if (result instanceof LoginService.LoggedIn in && in.agent().role().mayUseOffice()) {
            return in.agent();
        }
        if (result instanceof LoginService.LoggedIn) {
            throw new SupervisorRefused(texts.text("cli.auth.supervisorOnly", user));
        }
        if (result instanceof LoginService.Locked locked) {
            throw new SupervisorRefused(texts.text("login.locked",
                    java.time.format.DateTimeFormatter.ofPattern("HH.mm").format(locked.until())));
        }
        throw new SupervisorRefused(texts.text("login.wrongPin", ((LoginService.WrongPin) result).triesLeft()));
    }

    /** The command was refused: not a supervisor, wrong PIN, or locked. Already in the person's words. */
    public static final class SupervisorRefused extends RuntimeException {
        public SupervisorRefused(String message) {
            super(message);
        }
    }
}
