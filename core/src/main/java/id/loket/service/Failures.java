package id.loket.service;

import id.loket.config.SettingsException;
import id.loket.domain.text.Message;
import id.loket.storage.KeyFileMissingException;
import id.loket.storage.StorageException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * Turns what went wrong into words for the person in front of the screen: what happened and what to
 * do next. The technical detail stays in the exception, for the log, never on screen.
 */
public final class Failures {

    private Failures() {
    }

    public static Message describe(Throwable failure) {
        if (failure instanceof SettingsException settings) {
            return SettingsProblemTexts.describe(settings);
        }
        if (failure instanceof id.loket.device.api.DeviceConfigurationException device) {
            return DeviceProblemTexts.configuration(device);
        }
        Optional<DiskFull.Found> diskFull = DiskFull.in(failure);
        if (diskFull.isPresent()) {
            // Before the storage reasons: H2 reports a full disk as a general error, which reads "try again".
            return diskFull.get().folder()
                    .map(folder -> Message.of("storage.diskFull", folder.toString()))
                    .orElseGet(() -> Message.of("storage.diskFullSomewhere"));
        }
        if (failure instanceof KeyFileMissingException missing) {
            return Message.of("database.keyMissing", missing.keyFile().toString(), missing.dataDir().toString());
        }
        if (failure instanceof StorageException storage) {
            return switch (storage.reason()) {
                case DATA_DIR_UNUSABLE -> Message.of("database.dataDirUnusable", storage.getMessage());
                case KEY_UNUSABLE -> Message.of("database.keyUnusable", storage.getMessage());
                case WRONG_KEY -> Message.of("database.wrongKey");
                case BACKUP_FROM_ANOTHER_KEY -> Message.of("backup.anotherKey");
                case BACKUP_DAMAGED -> Message.of("backup.damaged");
                case NOT_A_LOKET_BACKUP -> Message.of("backup.notLoket");
                case BACKUP_WITHOUT_SUPERVISOR -> Message.of("backup.noSupervisor");
                case BACKUP_OF_ANOTHER_OFFICE -> Message.of("backup.anotherOffice", storage.details().toArray());
                case BACKUP_NAMES_NO_OFFICE -> Message.of("backup.noOffice", storage.details().toArray());
                case IN_USE_BY_ANOTHER_PROGRAM -> Message.of("database.inUse");
                case MIGRATION_FAILED -> Message.of("database.migrationFailed");
                case SERVER_UNREACHABLE -> Message.of("lan.serverUnreachable", serverName(storage));
                case LAN_REFUSED -> Message.of("lan.refused");
                case SERVER_SCHEMA_OLDER -> Message.of("lan.serverOlder");
                case DOCUMENT_UNREADABLE -> Message.of("document.unreadable");
                case FAILED -> Message.of("database.failed");
            };
        }
        if (failure instanceof UncheckedIOException || failure instanceof IOException) {
            return Message.of("app.fileProblem", failure.getMessage());
        }
        return Message.of("app.unexpected");
    }

    /** The server PC's address as it appears in the failure, or a plain word for it. */
    private static String serverName(StorageException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            // The URL when opening; H2's "Connection refused: host:port" when a statement finds the server gone.
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?:tcp://|ssl://|refused: )([^/:;\\s\"]+)")
                    .matcher(String.valueOf(t.getMessage()));
            if (m.find()) {
                return m.group(1);
            }
        }
        return "server";
    }
}
