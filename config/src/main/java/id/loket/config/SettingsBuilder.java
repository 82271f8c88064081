package id.loket.config;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

import static id.loket.config.SettingKeys.*;

/** Turns the layered raw settings into {@link LoketSettings}, one group at a time. */
final class SettingsBuilder {

    /** The code used as an example in error messages; a test checks it is in the built-in catalog. */
    static final String EXAMPLE_KELURAHAN = "64.71.05.1006";

    private static final Pattern DRIVER_ID = Pattern.compile("[a-z0-9][a-z0-9._-]*");
    // "C:\Loket\data" loses its backslashes to .properties escaping and arrives as "C:Loketdata".
    private static final Pattern WINDOWS_PATH_WITHOUT_SEPARATOR = Pattern.compile("[A-Za-z]:[^/\\\\].*");

    private final SettingsReader reader;
    private final KelurahanCatalog catalog;
    private final Path workingDir;

    SettingsBuilder(SettingsReader reader, KelurahanCatalog catalog, Path workingDir) {
        this.reader = reader;
        this.catalog = catalog;
        this.workingDir = workingDir;
    }

    LoketSettings build(Optional<Path> sourceFile) {
        OfficeSettings office = office();
        DataSettings data = data();
        return new LoketSettings(office, data, ui(), counter(), new QueueSettingsBuilder(reader).build(),
                print(), devices(), security(data.dataDir()), backup(data.dataDir()), lan(), registration(),
                ssn(), dailyFile(data.dataDir()), complaints(), new JkkSettingsBuilder(reader).build(), sourceFile);
    }

    private OfficeSettings office() {
        Allowed allowed = Allowed.of(Allowed.Rule.KELURAHAN_CODE, String.join(", ", catalog.cityNames()),
                EXAMPLE_KELURAHAN);
        String code = reader.required(OFFICE_KELURAHAN, allowed);
        Kelurahan kelurahan = catalog.find(code).orElseThrow(() -> reader.invalid(OFFICE_KELURAHAN, allowed));
        String name = reader.optional(OFFICE_NAME).orElse("Kelurahan " + kelurahan.name());
        String address = reader.optional(OFFICE_ADDRESS).orElse("");
        return new OfficeSettings(kelurahan.code(), kelurahan.name(), kelurahan.kecamatanName(),
                kelurahan.cityName(), name, address);
    }

    private DataSettings data() {
        Allowed allowed = Allowed.of(Allowed.Rule.FOLDER);
        String dir = reader.required(DATA_DIR, allowed);
        if (WINDOWS_PATH_WITHOUT_SEPARATOR.matcher(dir).matches()) {
            throw reader.invalid(DATA_DIR, Allowed.of(Allowed.Rule.PATH_WITH_SLASHES));
        }
        Path dataDir;
        try {
            dataDir = workingDir.resolve(Path.of(dir)).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            throw reader.invalid(DATA_DIR, allowed);
        }
        Optional<String> url = reader.optional(DATABASE_URL);
        if (url.isPresent() && !url.get().startsWith(DataSettings.H2_URL_PREFIX)) {
            throw reader.invalid(DATABASE_URL, Allowed.of(Allowed.Rule.DATABASE_URL, DataSettings.H2_URL_PREFIX));
        }
        boolean demo = reader.choice(DATA_DEMO_WHEN_EMPTY, new Boolean[] {true, false}, String::valueOf);
        return new DataSettings(dataDir, url, demo);
    }

    private UiSettings ui() {
        Language language = reader.choice(UI_LANGUAGE, Language.values(), Language::settingValue);
        Theme theme = reader.choice(UI_THEME, Theme.values(), Theme::settingValue);
        StartFace startFace = reader.choice(UI_START_FACE, StartFace.values(), StartFace::settingValue);
        int residentSeconds = reader.integer(UI_RESIDENT_IDLE_SECONDS,
                (int) UiSettings.MIN_RESIDENT_IDLE.toSeconds(), (int) UiSettings.MAX_RESIDENT_IDLE.toSeconds());
        int agentMinutes = reader.integer(UI_AGENT_IDLE_LOCK_MINUTES,
                (int) UiSettings.MIN_AGENT_IDLE_LOCK.toMinutes(), (int) UiSettings.MAX_AGENT_IDLE_LOCK.toMinutes());
        boolean kioskMode = reader.choice(UI_KIOSK_MODE, new Boolean[] {true, false}, String::valueOf);
        boolean spokenPrompts = reader.choice(UI_SPOKEN_PROMPTS, new Boolean[] {true, false}, String::valueOf);
        return new UiSettings(language, theme, startFace, Duration.ofSeconds(residentSeconds),
                Duration.ofMinutes(agentMinutes), kioskMode, spokenPrompts);
    }

    private CounterSettings counter() {
        int officeCounters = reader.integer(OFFICE_COUNTERS, 1, CounterSettings.MAX_COUNTERS);
        int number = reader.integer(COUNTER_NUMBER, 1, CounterSettings.MAX_COUNTERS);
        if (number > officeCounters) {
            // Blame whichever of the two was changed last: that change made them disagree.
            if (reader.layerOf(OFFICE_COUNTERS) > reader.layerOf(COUNTER_NUMBER)) {
                throw reader.invalid(OFFICE_COUNTERS,
                        Allowed.of(Allowed.Rule.COUNTERS_AT_LEAST_COUNTER, number, CounterSettings.MAX_COUNTERS));
            }
            throw reader.invalid(COUNTER_NUMBER, Allowed.of(Allowed.Rule.COUNTER_AT_MOST_COUNTERS, officeCounters));
        }
        return new CounterSettings(number, officeCounters);
    }

    private PrintSettings print() {
        return new PrintSettings(reader.oneOf(PRINT_TICKET_PAPER, PrintSettings.PAPER_SIZES),
                reader.oneOf(PRINT_RECEIPT_PAPER, PrintSettings.PAPER_SIZES));
    }

    private DeviceSettings devices() {
        Allowed allowed = Allowed.of(Allowed.Rule.DRIVER_ID);
        Map<String, DeviceChoice> byRole = new TreeMap<>();
        for (String role : DeviceSettings.ROLES) {
            String key = deviceDriver(role);
            String driver = reader.required(key, allowed);
            if (!DRIVER_ID.matcher(driver).matches()) {
                throw reader.invalid(key, allowed);
            }
            byRole.put(role, new DeviceChoice(driver, reader.withPrefix(deviceParameterPrefix(role))));
        }
        return new DeviceSettings(byRole);
    }

    private SecuritySettings security(Path dataDir) {
        int pinLength = reader.integer(SECURITY_PIN_MIN_LENGTH,
                SecuritySettings.MIN_PIN_LENGTH, SecuritySettings.MAX_PIN_LENGTH);
        int iterations = reader.integerAtLeast(SECURITY_PIN_HASH_ITERATIONS, SecuritySettings.MIN_HASH_ITERATIONS);
        Path keyFile = reader.optional(SECURITY_KEY_FILE)
                .map(value -> path(SECURITY_KEY_FILE, value, Allowed.of(Allowed.Rule.KEY_FILE)))
                .orElseGet(() -> defaultKeyFile(dataDir));
        // On the real paths: a data folder reached through a link holds the key as surely as a folder named plainly.
        if (FolderContainment.isInside(keyFile, dataDir)) {
            throw reader.invalid(SECURITY_KEY_FILE, Allowed.of(Allowed.Rule.KEY_FILE_OUTSIDE, dataDir));
        }
        int retention = reader.integerAtLeast(SECURITY_RETENTION_DAYS, SecuritySettings.MIN_RETENTION_DAYS);
        return new SecuritySettings(pinLength, iterations, keyFile, retention);
    }

    /**
     * The key's home when none is set: the user's own folder, one key per data folder, so the data
     * folder can be copied (or stolen) without it.
     */
    private static Path defaultKeyFile(Path dataDir) {
        String id = Integer.toHexString(dataDir.toString().hashCode() & 0x7fffffff);
        return Path.of(System.getProperty("user.home"), ".loket", "keys", id + ".key").toAbsolutePath();
    }

    private BackupSettings backup(Path dataDir) {
        Path dir = reader.optional(BACKUP_DIR)
                .map(value -> path(BACKUP_DIR, value, Allowed.of(Allowed.Rule.BACKUP_FOLDER)))
                .orElseGet(() -> dataDir.resolveSibling(dataDir.getFileName() + "-backups"));
        if (FolderContainment.isInside(dir, dataDir)) {
            throw reader.invalid(BACKUP_DIR, Allowed.of(Allowed.Rule.BACKUP_FOLDER_OUTSIDE, dataDir));
        }
        int keep = reader.integer(BACKUP_KEEP, 1, BackupSettings.MAX_KEEP);
        boolean daily = reader.choice(BACKUP_DAILY, new Boolean[] {true, false}, String::valueOf);
        return new BackupSettings(dir, keep, daily);
    }

    private LanSettings lan() {
        int port = reader.integer(LAN_PORT, 1024, 65_535);
        List<AddressRule> allowed = new java.util.ArrayList<>();
        for (String entry : reader.list(LAN_ALLOWED_ADDRESSES)) {
            allowed.add(AddressRule.parse(entry).orElseThrow(() -> reader.invalid(LAN_ALLOWED_ADDRESSES,
                    Allowed.of(Allowed.Rule.LAN_ADDRESSES))));
        }
        Optional<String> password = reader.optional(LAN_PASSWORD);
        if (password.isPresent() && password.get().length() < LanSettings.MIN_PASSWORD_LENGTH) {
            throw reader.invalid(LAN_PASSWORD, Allowed.of(Allowed.Rule.LAN_PASSWORD, LanSettings.MIN_PASSWORD_LENGTH));
        }
        return new LanSettings(port, allowed, password);
    }

    private DailyFileSettings dailyFile(Path dataDir) {
        Path outbox = reader.optional(DAILY_FILE_OUTBOX)
                .map(value -> path(DAILY_FILE_OUTBOX, value, Allowed.of(Allowed.Rule.OUTBOX_FOLDER)))
                .orElseGet(() -> dataDir.resolve(DailyFileSettings.DEFAULT_FOLDER));
        return new DailyFileSettings(outbox);
    }

    private RegistrationSettings registration() {
        Allowed allowed = Allowed.of(Allowed.Rule.ASN_UNITS, RegistrationSettings.MAX_UNIT_LENGTH);
        List<String> units = reader.list(REGISTRATION_ASN_UNITS);
        if (units.isEmpty() || units.stream().distinct().count() != units.size()
                || units.stream().anyMatch(unit -> unit.length() > RegistrationSettings.MAX_UNIT_LENGTH)) {
            throw reader.invalid(REGISTRATION_ASN_UNITS, allowed);
        }
        return new RegistrationSettings(units);
    }

    private SsnSettings ssn() {
        boolean requests = reader.choice(SSN_CARD_REQUESTS, new Boolean[] {true, false}, String::valueOf);
        String letter = reader.oneOf(SSN_POLICE_LETTER_FOR, SsnSettings.POLICE_LETTER_WORDS);
        return new SsnSettings(requests, letter.equals("lost") || letter.equals("lost-and-damaged"),
                letter.equals("damaged") || letter.equals("lost-and-damaged"));
    }

    private ComplaintSettings complaints() {
        return new ComplaintSettings(reader.integer(COMPLAINTS_PROMISE_WORKING_DAYS, 1, ComplaintSettings.MAX_PROMISE));
    }

    private Path path(String key, String value, Allowed allowed) {
        if (WINDOWS_PATH_WITHOUT_SEPARATOR.matcher(value).matches()) {
            throw reader.invalid(key, Allowed.of(Allowed.Rule.PATH_WITH_SLASHES));
        }
        try {
            return workingDir.resolve(Path.of(value)).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            throw reader.invalid(key, allowed);
        }
    }
}
