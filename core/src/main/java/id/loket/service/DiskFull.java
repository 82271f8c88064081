package id.loket.service;

import java.nio.file.FileSystemException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells a failure caused by a full disk, and in which folder, from the exception and its causes. The
 * operating system says it in the message of an {@code IOException} ("No space left on device" on
 * Linux, "There is not enough space on the disk" on Windows); H2 wraps it in its own errors (a general
 * error 50000 around "Writing to FILE failed", or an IO error 90028/90031), naming the file there.
 */
final class DiskFull {

    private static final List<String> OPERATING_SYSTEM_WORDS = List.of("no space left on device",
            "not enough space on the disk", "disk quota exceeded");
    /** A database file as H2 names it in its messages: a path ending in .db, maybe after our file system's prefix. */
    private static final Pattern DATABASE_FILE = Pattern.compile("((?:[A-Za-z]:)?[\\\\/][^\\s\"';]*?\\.db)\\b");

    /** The disk was full; {@code folder} is where, when the failure names a file. */
    record Found(Optional<Path> folder) {
    }

    private DiskFull() {
    }

    static Optional<Found> in(Throwable failure) {
        boolean full = false;
        Optional<Path> folder = Optional.empty();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage());
            full |= OPERATING_SYSTEM_WORDS.stream().anyMatch(message.toLowerCase(java.util.Locale.ROOT)::contains);
            if (folder.isEmpty()) {
                folder = folderNamedBy(t, message);
            }
        }
        return full ? Optional.of(new Found(folder)) : Optional.empty();
    }

    private static Optional<Path> folderNamedBy(Throwable t, String message) {
        try {
            if (t instanceof FileSystemException files && files.getFile() != null) {
                return Optional.ofNullable(Path.of(files.getFile()).toAbsolutePath().getParent());
            }
            Matcher file = DATABASE_FILE.matcher(message);
            if (file.find()) {
                return Optional.ofNullable(Path.of(file.group(1)).getParent());
            }
        } catch (InvalidPathException e) {
            // A message that only looked like a path: the folder stays unknown and the words say so.
            return Optional.empty();
        }
        return Optional.empty();
    }
}
