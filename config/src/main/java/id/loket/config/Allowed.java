package id.loket.config;

import java.util.List;
import java.util.Objects;

/**
 * What a setting may hold, as a rule and its values (a range's ends, the choices, a folder), so the
 * application can say it in the screen's language; {@link #english()} words it for logs and tests.
 */
public record Allowed(Rule rule, List<String> values) {

    /** The kinds of "what is allowed"; {0}, {1} in the English wording stand for the values. */
    public enum Rule {
        RANGE("{0}–{1}"),
        AT_LEAST("a whole number, at least {0}"),
        ONE_OF("{0}"),
        CAPITAL_LETTER("one capital letter A–Z"),
        LETTER_NOT_TAKEN("one capital letter A–Z not taken by another lane; taken: {0}"),
        KELURAHAN_CODE("a kelurahan code of {0}, e.g. {1}"),
        FOLDER("a folder path, relative to the working folder or absolute, e.g. data or C:/Loket/data"),
        PATH_WITH_SLASHES("a path written with / or \\, e.g. C:/Loket/data"),
        DATABASE_URL("empty (the embedded database in data.dir) or an H2 URL starting with {0}, "
                + "e.g. jdbc:h2:tcp://192.168.1.10/loket"),
        COUNTERS_AT_LEAST_COUNTER("{0}–{1}, at least counter.number"),
        COUNTER_AT_MOST_COUNTERS("1–{0}, at most office.counters"),
        DRIVER_ID("a driver id of lowercase letters, digits, dots, underscores and hyphens, e.g. simulated"),
        KEY_FILE("a file path outside the data folder, e.g. C:/Loket/kunci/loket.key"),
        KEY_FILE_OUTSIDE("a file OUTSIDE the data folder {0}: a key kept beside the database protects nothing"),
        BACKUP_FOLDER("a folder path outside the data folder, e.g. D:/LoketBackup"),
        BACKUP_FOLDER_OUTSIDE("a folder OUTSIDE the data folder {0}: a backup on the same folder is lost with it"),
        LAN_ADDRESSES("a comma-separated list of IP addresses or networks, e.g. 192.168.1.21,192.168.1.0/24"),
        LAN_PASSWORD("empty, or at least {0} characters"),
        ASN_UNITS("a comma-separated list of Perangkat Daerah names, each once and at most {0} characters, "
                + "e.g. Dinas Sosial,Kecamatan Balikpapan Kota"),
        SERVICE_NAME("the service's name in Indonesian, e.g. Aktivasi IKD"),
        CLOSING_TIME("a time HH:MM on the 24-hour clock from 08:00 to 23:59, e.g. 16:00"),
        SERVICE_COLOUR("empty, or a colour #RRGGBB dark enough for white text at 7:1 (WCAG AAA), e.g. #1F4E79"),
        SERVICE_DOCUMENTS("a comma-separated list of at most {0} items, each at most {1} characters"),
        SERVICE_CODES("comma-separated service codes of capital letters, digits and _, each once, e.g. PERLINSOS,IKD"),
        DOCUMENTED_KEY("a key documented in config/defaults/loket.properties"),
        SERVICE_KEY("queue.service.<CODE>.letter, .name, .name.en, .colour, .documents and .documents.en only "
                + "for a code listed in queue.services ({0})"),
        DEVICE_KEY("device.<role> and device.<role>.<parameter> with role {0}"),
        EXISTING_FILE("the path of an existing settings file"),
        READABLE_FILE("a readable UTF-8 text file of key=value lines"),
        OUTBOX_FOLDER("empty (the folder kotak-keluar in data.dir), or a folder path, e.g. D:/LoketKirim or "
                + "//server-kecamatan/harian"),
        UMK_YEARS("empty, or a comma-separated list of YEAR:RUPIAH, each year once, the rupiah with a dot before "
                + "the cents and no thousands separator, e.g. 2025:3701508.68,2026:3856694.43"),
        RUPIAH("an amount in rupiah from 0 to {0}, a dot before the cents and no thousands separator, e.g. {1}"),
        PERCENT("a percentage from 0 to 100, a dot for decimals, e.g. 1 or 0.24"),
        FORM_ADDRESSEE("who the form is addressed to, 1–{0} characters, e.g. Lurah or Kepala Dinas Sosial");

        private final String english;

        Rule(String english) {
            this.english = english;
        }
    }

    public Allowed {
        Objects.requireNonNull(rule, "rule");
        values = List.copyOf(values);
    }

    static Allowed of(Rule rule, Object... values) {
        return new Allowed(rule, java.util.Arrays.stream(values).map(String::valueOf).toList());
    }

    /** The rule in English with its values filled in. */
    public String english() {
        String text = rule.english;
        for (int i = 0; i < values.size(); i++) {
            text = text.replace("{" + i + "}", values.get(i));
        }
        return text;
    }
}
