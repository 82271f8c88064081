package id.loket.service;

import static org.assertj.core.api.Assertions.assertThat;

import id.loket.domain.text.Message;
import id.loket.storage.StorageException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** How a full disk is worded, from the exceptions the JDK and H2 give (the real disk: DiskFullTest). */
class DiskFullFailuresTest {

    @Test
    void aFileThatCouldNotBeWrittenNamesItsFolder() {
        Path receipt = Path.of("/srv/loket/data/documents/receipts/2026-06-04/REG-000001.pdf");
        FileSystemException full = new FileSystemException(receipt.toString(), null, "No space left on device");

        assertThat(Failures.describe(new UncheckedIOException(full)))
                .isEqualTo(Message.of("storage.diskFull", receipt.getParent().toString()));
    }

    @Test
    void windowsWordsForAFullDiskAreKnownToo() {
        FileSystemException full = new FileSystemException("C:\\Loket\\data\\x.pdf", null,
                "There is not enough space on the disk");

        assertThat(Failures.describe(full).key()).isEqualTo("storage.diskFull");
    }

    @Test
    void h2sWordingNamesTheDatabaseFolderThroughOurFileSystemsPrefix() {
        Throwable h2 = new IllegalStateException("Writing to loketaes:3f9c01:/srv/loket/data/loket.mv.db failed; "
                + "length 0 at 3244032 [2.2.220/2]", new IOException("No space left on device"));
        StorageException failure = new StorageException(StorageException.Reason.FAILED, "Database statement failed", h2);

        assertThat(Failures.describe(failure)).isEqualTo(Message.of("storage.diskFull", "/srv/loket/data"));
    }

    @Test
    void aFullDiskWithoutAFileNamedStillSaysTheDiskIsFull() {
        StorageException failure = new StorageException(StorageException.Reason.FAILED, "Database statement failed",
                new IOException("No space left on device"));

        assertThat(Failures.describe(failure)).isEqualTo(Message.of("storage.diskFullSomewhere"));
    }

    @Test
    void anotherStorageFailureIsStillTheGeneralOne() {
        StorageException failure = new StorageException(StorageException.Reason.FAILED, "Database statement failed",
                new IOException("Input/output error"));

        assertThat(Failures.describe(failure)).isEqualTo(Message.of("database.failed"));
    }
}
