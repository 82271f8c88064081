package id.loket.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Kept printouts on a real disk: sealed, opened only with the key, refused when touched, purged by day. */
class DocumentFolderTest {

    private static final LocalDate DAY = LocalDate.of(2026, 6, 4);
    private static final byte[] RECEIPT = ("%PDF-1.7 Bukti pendaftaran SITI AMINAH NIK 6471054107800011 "
            + "Jl. Mawar No. 3").getBytes(StandardCharsets.ISO_8859_1);

    @TempDir
    Path dir;
    private Path data;
    private DocumentFolder documents;

    @BeforeEach
    void open() {
        data = dir.resolve("data");
        documents = new DocumentFolder(data, key("loket.key"));
    }

    @Test
    void aKeptDocumentIsSealedOnDiskAndReadsBackAsTheSameBytes() throws IOException {
        Path kept = documents.save("receipts", DAY, "REG-000001", RECEIPT);

        assertThat(kept).hasFileName("REG-000001.pdf.enc");
        String onDisk = new String(Files.readAllBytes(kept), StandardCharsets.ISO_8859_1);
        assertThat(onDisk).doesNotContain("%PDF", "SITI AMINAH", "6471054107800011", "Mawar").startsWith("LOKETDOC");
        assertThat(documents.read(kept)).hasValue(RECEIPT);
    }

    @Test
    void theSameDocumentSealedTwiceLooksDifferentOnDisk() throws IOException {
        Path first = documents.save("receipts", DAY, "REG-000001", RECEIPT);
        byte[] firstBytes = Files.readAllBytes(first);
        documents.save("receipts", DAY, "REG-000001", RECEIPT);

        assertThat(Files.readAllBytes(first)).as("a fresh nonce per file").isNotEqualTo(firstBytes);
    }

    @Test
    void aChangedByteIsRefused() throws IOException {
        Path kept = documents.save("receipts", DAY, "REG-000001", RECEIPT);
        byte[] bytes = Files.readAllBytes(kept);
        bytes[bytes.length - 20] ^= 1;
        Files.write(kept, bytes);

        assertRefused(kept);
    }

    @Test
    void aCutOffFileIsRefused() throws IOException {
        Path kept = documents.save("receipts", DAY, "REG-000001", RECEIPT);
        byte[] bytes = Files.readAllBytes(kept);
        Files.write(kept, java.util.Arrays.copyOf(bytes, 30));

        assertRefused(kept);
    }

    @Test
    void anotherResidentsReceiptPutInItsPlaceIsRefused() throws IOException {
        Path mine = documents.save("receipts", DAY, "REG-000001", RECEIPT);
        Path theirs = documents.save("receipts", DAY, "REG-000002", "%PDF other".getBytes(StandardCharsets.US_ASCII));
        Files.copy(theirs, mine, java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        assertRefused(mine);
    }

    @Test
    void aTicketOfAnotherDayUnderTheSameNumberIsRefused() throws IOException {
        Path today = documents.save("tickets", DAY, "A-001", RECEIPT);
        Path yesterday = documents.save("tickets", DAY.minusDays(1), "A-001", "%PDF old".getBytes(StandardCharsets.US_ASCII));
        Files.copy(yesterday, today, java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        assertRefused(today);
    }

    @Test
    void aPlainPdfPutInPlaceOfASealedOneIsRefused() throws IOException {
        Path kept = documents.save("receipts", DAY, "REG-000001", RECEIPT);
        Files.write(kept, RECEIPT);

        assertRefused(kept);
    }

    @Test
    void aDocumentSealedWithAnotherPcsKeyIsRefused() {
        Path kept = new DocumentFolder(data, key("other.key")).save("receipts", DAY, "REG-000001", RECEIPT);

        assertRefused(kept);
    }

    @Test
    void aGoneDocumentOrOneOutsideTheFolderIsNotRead() throws IOException {
        Path outside = Files.write(dir.resolve("elsewhere.pdf"), RECEIPT);

        assertThat(documents.read(data.resolve("documents/receipts/2026-06-04/REG-000009.pdf.enc"))).isEmpty();
        assertThat(documents.read(outside)).as("a path from the database never reads any file").isEmpty();
        assertThat(documents.read(data.resolve("documents/receipts/../../../elsewhere.pdf"))).isEmpty();
    }

    @Test
    void plainDocumentsOfAnEarlierVersionAreSealedInPlaceAndStillFoundByTheirOldPath() throws IOException {
        Path oldReceipt = write("documents/receipts/2026-06-01/REG-000001.pdf", RECEIPT);
        Path oldReport = write("documents/reports/2026-06-01/checklist-RW001-RT001.pdf", RECEIPT);
        Path halfWritten = write("documents/tickets/2026-06-01/A-0011234.part", RECEIPT);
        Path printed = write("documents/printed/A-001.pdf", RECEIPT);

        assertThat(documents.sealEarlierDocuments()).isEqualTo(2);

        assertThat(oldReceipt).doesNotExist();
        assertThat(oldReport).doesNotExist();
        assertThat(halfWritten).as("a half-written plain file is removed").doesNotExist();
        assertThat(printed).as("the PDF printer's output is left to the purge").exists();
        assertThat(documents.read(oldReceipt)).as("the path an earlier version recorded").hasValue(RECEIPT);
        assertThat(plainFilesBelow(data.resolve("documents"))).containsExactly(printed);
    }

    @Test
    void sealingEarlierDocumentsWalksTheFolderOnlyUntilItIsDone() throws IOException {
        documents.save("receipts", DAY, "REG-000001", RECEIPT);
        assertThat(documents.sealEarlierDocuments()).isZero();
        Path strayPlain = write("documents/receipts/2026-06-01/REG-000002.pdf", RECEIPT);

        assertThat(documents.sealEarlierDocuments()).as("once done, later starts skip the walk").isZero();
        assertThat(strayPlain).exists();
        assertThat(documents.read(strayPlain)).as("a plain file is never taken for a kept document").isEmpty();
    }

    @Test
    void thePurgeRemovesTheDaysBeforeTheCutoffAndKeepsTheRest() throws IOException {
        Path old = documents.save("receipts", LocalDate.of(2024, 5, 31), "REG-000001", RECEIPT);
        Path oldTicket = documents.save("tickets", LocalDate.of(2024, 5, 31), "A-001", RECEIPT);
        Path kept = documents.save("receipts", LocalDate.of(2024, 6, 1), "REG-000002", RECEIPT);
        Path oldPrinted = write("documents/printed/A-001.pdf", RECEIPT);
        Files.setLastModifiedTime(oldPrinted, FileTime.from(LocalDate.of(2024, 5, 30)
                .atStartOfDay(ZoneId.systemDefault()).toInstant()));
        Path newPrinted = write("documents/printed/A-002.pdf", RECEIPT);
        Path notOurs = write("documents/receipts/arsip/catatan.txt", RECEIPT);

        assertThat(documents.countOlderThan(LocalDate.of(2024, 6, 1))).isEqualTo(3);
        assertThat(documents.purgeOlderThan(LocalDate.of(2024, 6, 1))).isEqualTo(3);

        assertThat(old).doesNotExist();
        assertThat(old.getParent()).as("the emptied day folder goes too").doesNotExist();
        assertThat(oldTicket).doesNotExist();
        assertThat(oldPrinted).doesNotExist();
        assertThat(kept).exists();
        assertThat(newPrinted).exists();
        assertThat(notOurs).as("a folder Loket did not make is not guessed at").exists();
        assertThat(documents.countOlderThan(LocalDate.of(2024, 6, 1))).isZero();
    }

    @Test
    void aDocumentCannotBeKeptWhereThePdfPrinterWritesOrOutsideItsFolder() {
        assertThatThrownBy(() -> documents.save("printed", DAY, "A-001", RECEIPT))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> documents.save("../x", DAY, "A-001", RECEIPT))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> documents.save("receipts", DAY, "../A-001", RECEIPT))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private void assertRefused(Path kept) {
        assertThatThrownBy(() -> documents.read(kept))
                .isInstanceOfSatisfying(StorageException.class,
                        e -> assertThat(e.reason()).isEqualTo(StorageException.Reason.DOCUMENT_UNREADABLE));
    }

    private DatabaseKey key(String name) {
        return DatabaseKey.loadOrCreate(dir.resolve(name));
    }

    private Path write(String relative, byte[] content) throws IOException {
        Path file = data.resolve(relative);
        Files.createDirectories(file.getParent());
        return Files.write(file, content);
    }

    private static java.util.List<Path> plainFilesBelow(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile)
                    .filter(f -> !f.getFileName().toString().startsWith("."))
                    .filter(f -> {
                        try {
                            return !new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1).startsWith("LOKETDOC");
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    }).toList();
        }
    }
}
