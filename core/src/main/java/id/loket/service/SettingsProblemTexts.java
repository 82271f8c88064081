package id.loket.service;

import id.loket.config.Allowed;
import id.loket.config.SettingsException;
import id.loket.domain.text.Message;

/**
 * A bad setting in the person's words. What is allowed is worded here in the chosen language from the
 * setting's rule, not taken from the settings module's English, so an Indonesian message stays Indonesian.
 */
final class SettingsProblemTexts {

    private SettingsProblemTexts() {
    }

    static Message describe(SettingsException e) {
        Message allowed = allowed(e.allowedRule());
        return switch (e.kind()) {
            case MISSING_FILE -> Message.of("settings.missingFile", e.source());
            case UNREADABLE_FILE -> Message.of("settings.unreadableFile", e.source());
            case UNKNOWN_KEY -> e.suggestion()
                    .map(meant -> Message.of("settings.unknownKeyNear", e.source(), e.key(), meant))
                    .orElseGet(() -> Message.of("settings.unknownKey", e.source(), e.key(), allowed));
            case BAD_VALUE -> Message.of("settings.badValue", e.source(), e.key(), e.value(), allowed);
        };
    }

    /** The rule with its values; every rule has its own key, so adding one without words does not compile. */
    static Message allowed(Allowed allowed) {
        String key = switch (allowed.rule()) {
            case RANGE -> "settings.allowed.range";
            case AT_LEAST -> "settings.allowed.atLeast";
            case ONE_OF -> "settings.allowed.oneOf";
            case CAPITAL_LETTER -> "settings.allowed.capitalLetter";
            case LETTER_NOT_TAKEN -> "settings.allowed.letterNotTaken";
            case KELURAHAN_CODE -> "settings.allowed.kelurahanCode";
            case FOLDER -> "settings.allowed.folder";
            case PATH_WITH_SLASHES -> "settings.allowed.pathWithSlashes";
            case DATABASE_URL -> "settings.allowed.databaseUrl";
            case COUNTERS_AT_LEAST_COUNTER -> "settings.allowed.countersAtLeastCounter";
            case COUNTER_AT_MOST_COUNTERS -> "settings.allowed.counterAtMostCounters";
            case DRIVER_ID -> "settings.allowed.driverId";
            case KEY_FILE -> "settings.allowed.keyFile";
            case KEY_FILE_OUTSIDE -> "settings.allowed.keyFileOutside";
            case BACKUP_FOLDER -> "settings.allowed.backupFolder";
            case BACKUP_FOLDER_OUTSIDE -> "settings.allowed.backupFolderOutside";
            case LAN_ADDRESSES -> "settings.allowed.lanAddresses";
            case LAN_PASSWORD -> "settings.allowed.lanPassword";
            case ASN_UNITS -> "settings.allowed.asnUnits";
            case SERVICE_NAME -> "settings.allowed.serviceName";
            case CLOSING_TIME -> "settings.allowed.closingTime";
            case SERVICE_COLOUR -> "settings.allowed.serviceColour";
            case SERVICE_DOCUMENTS -> "settings.allowed.serviceDocuments";
            case SERVICE_CODES -> "settings.allowed.serviceCodes";
            case DOCUMENTED_KEY -> "settings.allowed.documentedKey";
            case SERVICE_KEY -> "settings.allowed.serviceKey";
            case DEVICE_KEY -> "settings.allowed.deviceKey";
            case EXISTING_FILE -> "settings.allowed.existingFile";
            case READABLE_FILE -> "settings.allowed.readableFile";
            case OUTBOX_FOLDER -> "settings.allowed.outboxFolder";
            case UMK_YEARS -> "settings.allowed.umkYears";
            case RUPIAH -> "settings.allowed.rupiah";
            case PERCENT -> "settings.allowed.percent";
            case FORM_ADDRESSEE -> "settings.allowed.formAddressee";
        };
        return new Message(key, java.util.List.copyOf(allowed.values()));
    }
}
