package id.loket.config;

import java.util.Set;
import java.util.TreeSet;

/**
 * The keys of {@code loket.properties}. Each one is documented in {@code config/defaults/loket.properties};
 * a test fails if a key is read here but not documented there, or documented there but never read.
 */
public final class SettingKeys {

    public static final String OFFICE_KELURAHAN = "office.kelurahan";
    public static final String OFFICE_NAME = "office.name";
    public static final String OFFICE_ADDRESS = "office.address";
    public static final String OFFICE_COUNTERS = "office.counters";
    /** The command line's {@code --data-dir} is passed to the loader as an override of this key. */
    public static final String DATA_DIR = "data.dir";
    public static final String DATABASE_URL = "database.url";
    public static final String UI_LANGUAGE = "ui.language";
    public static final String UI_THEME = "ui.theme";
    public static final String UI_START_FACE = "ui.start-face";
    public static final String UI_RESIDENT_IDLE_SECONDS = "ui.resident-idle-seconds";
    public static final String UI_AGENT_IDLE_LOCK_MINUTES = "ui.agent-idle-lock-minutes";
    public static final String UI_KIOSK_MODE = "ui.kiosk-mode";
    public static final String UI_SPOKEN_PROMPTS = "ui.spoken-prompts";
    public static final String COUNTER_NUMBER = "counter.number";
    public static final String QUEUE_SERVICES = "queue.services";
    public static final String QUEUE_PRIORITY_LETTER = "queue.priority-letter";
    public static final String QUEUE_NO_SHOW_CALLS = "queue.no-show.calls";
    public static final String QUEUE_NO_SHOW_RETURN_AFTER = "queue.no-show.return-after";
    public static final String QUEUE_PRIORITY_MAX_IN_ROW = "queue.priority.max-in-row";
    public static final String QUEUE_DEFAULT_SERVICE_MINUTES = "queue.default-service-minutes";
    public static final String QUEUE_DAY_CLOSES_AT = "queue.day-closes-at";
    public static final String PRINT_TICKET_PAPER = "print.ticket-paper";
    public static final String PRINT_RECEIPT_PAPER = "print.receipt-paper";
    public static final String SECURITY_PIN_MIN_LENGTH = "security.pin-min-length";
    public static final String SECURITY_PIN_HASH_ITERATIONS = "security.pin-hash-iterations";
    public static final String SECURITY_KEY_FILE = "security.key-file";
    public static final String DATA_DEMO_WHEN_EMPTY = "data.demo-when-empty";
    public static final String SECURITY_RETENTION_DAYS = "security.retention-days";
    public static final String BACKUP_DIR = "backup.dir";
    public static final String BACKUP_KEEP = "backup.keep";
    public static final String BACKUP_DAILY = "backup.daily";
    public static final String LAN_PORT = "lan.port";
    public static final String LAN_ALLOWED_ADDRESSES = "lan.allowed-addresses";
    public static final String LAN_PASSWORD = "lan.password";
    public static final String REGISTRATION_ASN_UNITS = "registration.asn-units";
    // SSN card requests (Perwali Samarinda 70/2025)
    public static final String SSN_CARD_REQUESTS = "ssn.card-requests";
    public static final String SSN_POLICE_LETTER_FOR = "ssn.police-letter-for";
    public static final String DAILY_FILE_OUTBOX = "dailyfile.outbox";
    public static final String COMPLAINTS_PROMISE_WORKING_DAYS = "complaints.promise-working-days";
    // Pekerja rentan (JKK/JKM): one UMK key per city of the region catalog, jkk.umk.<city code>.
    public static final String JKK_UMK_PREFIX = "jkk.umk.";
    public static final String JKK_UMK_BALIKPAPAN = JKK_UMK_PREFIX + "64.71";
    public static final String JKK_UMK_SAMARINDA = JKK_UMK_PREFIX + "64.72";
    public static final String JKK_INCOME_RULE = "jkk.income-rule";
    public static final String JKK_PREMIUM_JKK_PERCENT = "jkk.premium.jkk-percent";
    public static final String JKK_PREMIUM_BASE = "jkk.premium.base";
    public static final String JKK_PREMIUM_JKM = "jkk.premium.jkm";
    public static final String JKK_COVER_UNTIL_YEARS = "jkk.cover-until.years";
    public static final String JKK_COVER_UNTIL_MONTHS = "jkk.cover-until.months";
    public static final String JKK_FORM_ADDRESSEE = "jkk.form.addressee";

    /** Prefix of the three keys that define one service: {@code queue.service.<CODE>.*}. */
    static final String SERVICE_PREFIX = "queue.service.";
    /** Prefix of a device role's driver key and its free parameters. */
    static final String DEVICE_PREFIX = "device.";

    /** Keys whose names do not depend on other settings. */
    static final Set<String> FIXED = fixedKeys();

    private SettingKeys() {
    }

    /** {@code queue.service.<code>.letter}: the service's ticket letter. */
    public static String serviceLetter(String code) {
        return SERVICE_PREFIX + code + ".letter";
    }

    /** {@code queue.service.<code>.name}: the service's Indonesian name. */
    public static String serviceName(String code) {
        return SERVICE_PREFIX + code + ".name";
    }

    /** {@code queue.service.<code>.name.en}: the service's English name. */
    public static String serviceNameEn(String code) {
        return SERVICE_PREFIX + code + ".name.en";
    }

    /** {@code queue.service.<code>.colour}: the service's colour on the ticket screen and the board. */
    public static String serviceColour(String code) {
        return SERVICE_PREFIX + code + ".colour";
    }

    /** {@code queue.service.<code>.documents}: what to bring, in Indonesian. */
    public static String serviceDocuments(String code) {
        return SERVICE_PREFIX + code + ".documents";
    }

    /** {@code queue.service.<code>.documents.en}: what to bring, in English. */
    public static String serviceDocumentsEn(String code) {
        return SERVICE_PREFIX + code + ".documents.en";
    }

    /** {@code device.<role>}: the driver id for a role of {@link DeviceSettings#ROLES}. */
    public static String deviceDriver(String role) {
        return DEVICE_PREFIX + role;
    }

    /** {@code device.<role>.}: the prefix of a role's free driver parameters. */
    public static String deviceParameterPrefix(String role) {
        return DEVICE_PREFIX + role + ".";
    }

    private static Set<String> fixedKeys() {
        Set<String> keys = new TreeSet<>(Set.of(OFFICE_KELURAHAN, OFFICE_NAME, OFFICE_ADDRESS, OFFICE_COUNTERS,
                DATA_DIR, DATABASE_URL, DATA_DEMO_WHEN_EMPTY, UI_LANGUAGE, UI_THEME, UI_START_FACE, UI_RESIDENT_IDLE_SECONDS,
                UI_AGENT_IDLE_LOCK_MINUTES, UI_KIOSK_MODE, UI_SPOKEN_PROMPTS, COUNTER_NUMBER, QUEUE_SERVICES, QUEUE_PRIORITY_LETTER,
                QUEUE_NO_SHOW_CALLS, QUEUE_NO_SHOW_RETURN_AFTER, QUEUE_PRIORITY_MAX_IN_ROW,
                QUEUE_DEFAULT_SERVICE_MINUTES, QUEUE_DAY_CLOSES_AT,
                PRINT_TICKET_PAPER, PRINT_RECEIPT_PAPER, SECURITY_PIN_MIN_LENGTH, SECURITY_PIN_HASH_ITERATIONS,
                SECURITY_KEY_FILE, SECURITY_RETENTION_DAYS, BACKUP_DIR, BACKUP_KEEP, BACKUP_DAILY,
                LAN_PORT, LAN_ALLOWED_ADDRESSES, LAN_PASSWORD));
        keys.add(REGISTRATION_ASN_UNITS);
        keys.add(SSN_CARD_REQUESTS);
        keys.add(SSN_POLICE_LETTER_FOR);
        keys.add(DAILY_FILE_OUTBOX);
        keys.add(COMPLAINTS_PROMISE_WORKING_DAYS);
        keys.addAll(Set.of(JKK_UMK_BALIKPAPAN, JKK_UMK_SAMARINDA, JKK_INCOME_RULE, JKK_PREMIUM_JKK_PERCENT,
                JKK_PREMIUM_BASE, JKK_PREMIUM_JKM, JKK_COVER_UNTIL_YEARS, JKK_COVER_UNTIL_MONTHS, JKK_FORM_ADDRESSEE));
        DeviceSettings.ROLES.forEach(role -> keys.add(deviceDriver(role)));
        return Set.copyOf(keys);
    }
}
