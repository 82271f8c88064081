package id.loket.storage;

import id.loket.storage.crypt.DocumentCipher;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.GeneralSecurityException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Printouts kept in the data folder ({@code documents/<kind>/<day>/<name>.pdf.enc}), so any ticket or
 * receipt can be printed again. They name residents, so they are sealed like the database is encrypted
 * (AES-GCM under a key derived from the database key, see {@link DocumentCipher}) and opened only in
 * memory, to print. Written to a temporary file and moved into place, so a power cut never leaves half
 * a document under the real name.
 *
 * <p>{@code documents/printed/} is not sealed: it is where the PDF-folder printer puts what it
 * "prints" for a person to open (see docs/SECURITY.md); the retention purge covers it all the same.
 */
public final class DocumentFolder {

    private static final Logger LOG = LoggerFactory.getLogger(DocumentFolder.class);
    static final String SEALED_SUFFIX = ".enc";
    /** The PDF-folder printer's default folder: its output is meant to be opened, so it stays plain. */
    public static final String PRINTED = "printed";
    /** Present once every document of an earlier version has been sealed: later starts skip the walk. */
    private static final String ALL_SEALED_MARKER = ".all-sealed-v1";

    private final Path root;
    private final DocumentCipher cipher;

    public DocumentFolder(Path dataDir, DatabaseKey key) {
        this.root = dataDir.resolve("documents").toAbsolutePath().normalize();
        this.cipher = new DocumentCipher(key.documentKey());
    }

    /** The folder of the PDF-folder printer when no other is configured. */
    public static Path printedFolder(Path dataDir) {
        return dataDir.resolve("documents").resolve(PRINTED);
    }

    public Path save(String kind, LocalDate day, String name, byte[] pdf) {
        return save(kind, day, name, pdf, "pdf");
    }

    /** Keeps a document of another type (a CSV export) the same way. */
    public Path save(String kind, LocalDate day, String name, byte[] content, String extension) {
        if (!name.matches("[A-Za-z0-9-]+") || !kind.matches("[a-z]+") || kind.equals(PRINTED)) {
            throw new IllegalArgumentException("unsafe document name: " + kind + "/" + name);
        }
        Path plainName = root.resolve(kind).resolve(day.toString()).resolve(name + "." + extension);
        Path target = sealedPath(plainName);
        try {
            writeAtomically(target, cipher.seal(content, nameOf(plainName)));
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot save " + target, e);
        }
    }

    /**
     * The content of a kept document, opened in memory; empty when it is gone or lies outside this
     * folder (a path from another PC's data folder). A path recorded by an earlier version
     * ({@code A-001.pdf}) finds the document sealed in its place ({@code A-001.pdf.enc}).
     *
     * @throws StorageException {@link StorageException.Reason#DOCUMENT_UNREADABLE} when the file was
     *                          changed, replaced by a plain one, or sealed under another key
     */
    public Optional<byte[]> read(Path kept) {
        Path file = kept.toAbsolutePath().normalize();
        if (!file.startsWith(root) || file.startsWith(root.resolve(PRINTED))) {
            return Optional.empty();
        }
        if (!file.getFileName().toString().endsWith(SEALED_SUFFIX)) {
            file = sealedPath(file);
        }
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(cipher.open(Files.readAllBytes(file), nameOf(plainPath(file))));
        } catch (GeneralSecurityException e) {
            throw new StorageException(StorageException.Reason.DOCUMENT_UNREADABLE,
                    "The kept document " + file + " does not open with this PC's key: changed, replaced or "
                            + "made with another key file", e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the kept document " + file, e);
        }
    }

    /**
     * Seals, in place, the plain documents an earlier version kept (and removes half-written
     * {@code .part} files a power cut left, which are plain too). Run at every start; after the first
     * complete pass a marker file makes it a single check. Interrupted, it carries on at the next start:
     * a plain file goes only after its sealed copy is in place.
     *
     * @return how many documents were sealed now
     */
    public int sealEarlierDocuments() {
        if (!Files.isDirectory(root) || Files.exists(root.resolve(ALL_SEALED_MARKER))) {
            return 0;
        }
        int sealed = 0;
        try {
            for (Path file : files(root)) {
                if (file.startsWith(root.resolve(PRINTED)) || file.getFileName().toString().endsWith(SEALED_SUFFIX)
                        || file.getParent().equals(root)) {
                    continue;
                }
                try {
                    if (!file.getFileName().toString().endsWith(".part")) {
                        byte[] plain = Files.readAllBytes(file);
                        writeAtomically(sealedPath(file), cipher.seal(plain, nameOf(file)));
                        sealed++;
                    }
                    Files.delete(file);
                } catch (NoSuchFileException e) {
                    // Another Loket on this data folder (a LAN counter's command line) sealed it first.
                    LOG.debug("Already sealed by another process: {}", file);
                }
            }
            Files.writeString(root.resolve(ALL_SEALED_MARKER), "Every document here is sealed (AES-GCM).\n");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot seal the documents kept by an earlier version in " + root, e);
        }
        if (sealed > 0) {
            LOG.info("Sealed {} documents kept in plain by an earlier version in {}", sealed, root);
        }
        return sealed;
    }

    /** How many kept documents (sealed or printed) are from before {@code firstKeptDay}. */
    public int countOlderThan(LocalDate firstKeptDay) {
        return expired(firstKeptDay).size();
    }

    /**
     * Removes the kept documents from before {@code firstKeptDay}: the day folders of every kind by
     * their name, and the printed PDFs by the day they were written (they have no day folder).
     *
     * @return how many files were removed
     */
    public int purgeOlderThan(LocalDate firstKeptDay) {
        List<Path> expired = expired(firstKeptDay);
        try {
            for (Path file : expired) {
                Files.deleteIfExists(file);
                Path folder = file.getParent();
                if (!folder.getParent().equals(root) && isEmpty(folder)) {
                    Files.delete(folder);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot remove the old documents in " + root, e);
        }
        return expired.size();
    }

    private List<Path> expired(LocalDate firstKeptDay) {
        List<Path> expired = new ArrayList<>();
        if (!Files.isDirectory(root)) {
            return expired;
        }
        FileTime start = FileTime.from(firstKeptDay.atStartOfDay(ZoneId.systemDefault()).toInstant());
        try {
            for (Path file : files(root)) {
                Path relative = root.relativize(file);
                if (relative.getNameCount() == 3) {
                    dayOf(relative.getName(1).toString())
                            .filter(day -> day.isBefore(firstKeptDay))
                            .ifPresent(day -> expired.add(file));
                } else if (relative.getNameCount() == 2 && relative.getName(0).toString().equals(PRINTED)
                        && Files.getLastModifiedTime(file).compareTo(start) < 0) {
                    expired.add(file);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the documents in " + root, e);
        }
        return expired;
    }

    private static Optional<LocalDate> dayOf(String folderName) {
        try {
            return Optional.of(LocalDate.parse(folderName));
        } catch (DateTimeParseException e) {
            // Not a day folder Loket made: left alone rather than guessed at.
            return Optional.empty();
        }
    }

    private static List<Path> files(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).sorted(Comparator.naturalOrder()).toList();
        }
    }

    private static boolean isEmpty(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        }
    }

    /** The name a document is sealed under: its place below {@code documents/}, as the plain file. */
    private String nameOf(Path plainFile) {
        return root.relativize(plainFile).toString().replace('\\', '/');
    }

    private static Path sealedPath(Path plainFile) {
        return plainFile.resolveSibling(plainFile.getFileName() + SEALED_SUFFIX);
    }

    private static Path plainPath(Path sealedFile) {
        String name = sealedFile.getFileName().toString();
        return sealedFile.resolveSibling(name.substring(0, name.length() - SEALED_SUFFIX.length()));
    }

    private static void writeAtomically(Path target, byte[] content) throws IOException {
        Files.createDirectories(target.getParent());
        AtomicFile.write(target, content);
    }
}
