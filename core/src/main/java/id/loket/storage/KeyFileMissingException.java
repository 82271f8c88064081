package id.loket.storage;

import java.nio.file.Path;

/**
 * The data folder holds an encrypted database but its key file is not where the settings say. Only
 * that very key opens the database, so none is made: the saved copy must be put back.
 */
public final class KeyFileMissingException extends StorageException {

    private final Path keyFile;
    private final Path dataDir;

    public KeyFileMissingException(Path keyFile, Path dataDir) {
        super(Reason.KEY_UNUSABLE, "No key file at " + keyFile + " for the database in " + dataDir
                + "; no new key was made", null);
        this.keyFile = keyFile;
        this.dataDir = dataDir;
    }

    /** Where the key file was expected (setting {@code security.key-file}). */
    public Path keyFile() {
        return keyFile;
    }

    public Path dataDir() {
        return dataDir;
    }
}
