package id.loket.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;

/**
 * Printouts kept in the data folder ({@code documents/<kind>/<day>/<name>.pdf}), so any ticket or
 * receipt can be shown or printed again. Written to a temporary file and moved into place, so a
 * power cut never leaves half a PDF under the real name.
 */
public final class DocumentFolder {

    private final Path root;

    public DocumentFolder(Path dataDir) {
        this.root = dataDir.resolve("documents");
    }

    public Path save(String kind, LocalDate day, String name, byte[] pdf) {
        return save(kind, day, name, pdf, "pdf");
    }

    /** Keeps a document of another type (a CSV export) the same way. */
    public Path save(String kind, LocalDate day, String name, byte[] content, String extension) {
        if (!name.matches("[A-Za-z0-9-]+")) {
            throw new IllegalArgumentException("unsafe document name: " + name);
        }
        Path dir = root.resolve(kind).resolve(day.toString());
        Path target = dir.resolve(name + "." + extension);
        try {
            Files.createDirectories(dir);
            Path temp = Files.createTempFile(dir, name, ".part");
            Files.write(temp, content);
            try {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot save " + target, e);
        }
    }
}
