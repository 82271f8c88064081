package id.loket.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import id.loket.wiring.AppContext;
import id.loket.domain.account.Role;
import id.loket.domain.text.Texts;
import id.loket.service.Failures;
import id.loket.support.TestApps;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A data folder on a disk that fills up: a save is refused with words that say the disk is full and
 * which folder, not "cannot save right now". The disk is a real tmpfs mounted for the test (needs
 * root, as the build machine runs): 32 MB, room for the new database with all its migrations (which
 * outgrew 4 MB on a busy machine) and not much more.
 */
class DiskFullTest {

    @TempDir
    Path temp;
    private Path disk;
    private boolean mounted;

    @BeforeEach
    void smallDisk() throws Exception {
        disk = Files.createDirectories(temp.resolve("disk"));
        mounted = run("mount", "-t", "tmpfs", "-o", "size=32m", "tmpfs", disk.toString());
        assumeTrue(mounted, "cannot mount a tmpfs here (needs root and mount): the full-disk case is not tested");
    }

    @AfterEach
    void unmount() throws Exception {
        if (mounted) {
            // Lazily: the log file in the data folder stays open in this JVM.
            run("umount", "-l", disk.toString());
        }
    }

    @Test
    void aSaveOnAFullDiskSaysTheDiskIsFullAndWhichFolder() throws Exception {
        Path data = disk.resolve("data");
        // The key outside the small disk, as on a real install.
        AppContext app = AppContext.open(TestApps.settings(data, "security.key-file",
                temp.resolve("loket.key").toString()), TestApps.FIRST_DAY);
        try {
            fill(disk.resolve("filler.bin"));

            RuntimeException failure = null;
            for (int i = 0; i < 50 && failure == null; i++) {
                try {
                    app.security().accounts().create("agen" + (10 + i), "Agen " + i, Role.AGENT, "472915".toCharArray(),
                            "472915".toCharArray(), "lurah");
                } catch (RuntimeException e) {
                    failure = e;
                }
            }

            assertThat(failure).as("a save on a full disk must fail").isNotNull();
            String indonesian = Texts.indonesian().text(Failures.describe(failure));
            String english = Texts.forLocale(Texts.ENGLISH).text(Failures.describe(failure));
            assertThat(indonesian).contains("Disk penuh").contains(data.toString());
            assertThat(english).contains("disk is full").contains(data.toString());
        } finally {
            Files.deleteIfExists(disk.resolve("filler.bin"));
            app.close();
        }
    }

    /** Writes until the disk has no byte left. */
    private static void fill(Path file) {
        byte[] block = new byte[64 * 1024];
        try (OutputStream out = Files.newOutputStream(file)) {
            while (true) {
                out.write(block);
            }
        } catch (IOException e) {
            // "No space left on device": the disk is full, which is what was wanted.
            assertThat(e.getMessage()).contains("No space left on device");
        }
    }

    private static boolean run(String... command) throws Exception {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            process.getInputStream().transferTo(OutputStream.nullOutputStream());
            return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        }
    }
}
