package id.loket.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import id.loket.wiring.AppContext;
import id.loket.cli.HeadlessMain;
import id.loket.cli.ConsoleInput;
import id.loket.storage.Database;
import id.loket.storage.DatabaseKey;
import id.loket.storage.DatabaseRestore;
import id.loket.storage.Jdbc;
import id.loket.support.TestApps;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Power cut during a restore: a separate JVM runs {@code loket --user lurah restore} of a backup of
 * a few MB and is killed with SIGKILL, one trial at each of 11 moments from the confirmation to
 * the audit entry after the switch (during the unpacking, the checks, the keeping of the old
 * database, the switch itself), each told by what the restore has visibly done. After every kill the data folder must hold a whole database that
 * opens with the key: the old one or the new one (told apart by their household counts), never
 * none, an empty one or a broken one; and when it is the new one, the old one is kept beside it.
 */
class KillDuringRestoreTest {

    private static final String CONFIRMED = "CONFIRMED";
    private static final String FINISHED = "FINISHED ";
    private static final int OLD_HOUSEHOLDS = 40;
    /** Enough for a backup of a few MB, so that the restore takes a while to kill in. */
    private static final int NEW_HOUSEHOLDS = 4000;

    @TempDir
    Path dir;

    @Test
    void aRestoreKilledAtAnyMomentLeavesTheOldDatabaseOrTheNewOne() throws Exception {
        Path pristine = dir.resolve("pristine");
        try (AppContext app = TestApps.withDemoData(pristine, OLD_HOUSEHOLDS)) {
            assertThat(app.reporting().progress().current().kelurahan().households()).isEqualTo(OLD_HOUSEHOLDS);
        }
        Path backup = bigBackup(TestApps.keyFile(pristine));

        Trial calibration = new Trial(dir.resolve("calibration"), pristine, backup);
        long restoreMillis = calibration.runToTheEnd();
        assertThat(calibration.households()).as("an unhindered restore").isEqualTo(NEW_HOUSEHOLDS);
        long restoredSize = Files.size(calibration.liveFile());
        System.out.printf("Kill-during-restore: backup %d bytes, restored database %d bytes, restore %d ms%n",
                Files.size(backup), restoredSize, restoreMillis);

        List<KillPoint> points = killPoints(restoredSize);
        long trialsStarted = System.nanoTime();
        int old = 0;
        int restored = 0;
        Optional<Trial> withLeftovers = Optional.empty();
        for (int i = 0; i < points.size(); i++) {
            KillPoint point = points.get(i);
            Trial trial = new Trial(dir.resolve("trial-" + i), pristine, backup);
            boolean killedThere = trial.killAt(point);
            String what = "trial " + i + ", killed " + point.name();
            assertThat(trial.liveFile()).as("%s: the database file", what).exists();
            long households = trial.households();
            assertThat(households).as("%s: households", what).isIn((long) OLD_HOUSEHOLDS, (long) NEW_HOUSEHOLDS);
            if (households == NEW_HOUSEHOLDS) {
                restored++;
                assertThat(trial.keptHouseholds()).as("%s: the replaced database, kept", what).isEqualTo(OLD_HOUSEHOLDS);
            } else {
                old++;
            }
            System.out.printf("Kill-during-restore: %-45s -> %s%s%n", point.name(),
                    households == NEW_HOUSEHOLDS ? "new" : "old", killedThere ? "" : " (ended before that moment)");
            if (withLeftovers.isEmpty() && trial.hasWorkFolder()) {
                withLeftovers = Optional.of(trial);
            }
        }
        System.out.printf("Kill-during-restore: %d trials in %d s: %d left the old database, %d the new one%n",
                points.size(), (System.nanoTime() - trialsStarted) / 1_000_000_000, old, restored);

        if (withLeftovers.isPresent()) {
            Trial trial = withLeftovers.get();
            DatabaseRestore.restore(backup, trial.data, trial.key(),
                    TestApps.settings(trial.data).office().kelurahanCode(), LocalDateTime.now());
            assertThat(trial.hasWorkFolder()).as("the next restore removes what the killed one left").isFalse();
            assertThat(trial.households()).isEqualTo(NEW_HOUSEHOLDS);
        }
    }

    /** The moments to kill at, each told by what the restore has visibly done by then. */
    private static List<KillPoint> killPoints(long restoredSize) {
        List<KillPoint> points = new ArrayList<>();
        points.add(new KillPoint("at the confirmation", seen -> true, 0));
        for (int percent : new int[] {10, 35, 65, 90}) {
            points.add(new KillPoint("with " + percent + "% unpacked",
                    seen -> seen.workFileSize() >= restoredSize * percent / 100, 0));
        }
        points.add(new KillPoint("as the checks begin", seen -> seen.logged("Restore: unpacked"), 0));
        points.add(new KillPoint("during the checks", seen -> seen.logged("Restore: unpacked"), 100));
        points.add(new KillPoint("checked, before keeping the old one", seen -> seen.logged("Restore: checked"), 0));
        points.add(new KillPoint("old one kept, at the switch", seen -> seen.logged("Restore: current database kept"), 0));
        points.add(new KillPoint("just after the switch", Observed::switched, 0));
        points.add(new KillPoint("while the audit entry is written", seen -> seen.logged("Restored "), 0));
        return points;
    }

    /** A backup of a big office of the same kelurahan, encrypted with the office's key. */
    private Path bigBackup(Path keyFile) {
        try (AppContext app = TestApps.withDemoData(dir.resolve("source"), NEW_HOUSEHOLDS,
                "security.key-file", keyFile.toString())) {
            return app.security().backups().backupNow("test", Optional.of(dir.resolve("backups")));
        }
    }

    /** Where to kill: when {@code reached} first holds, and {@code thenMillis} later. */
    private record KillPoint(String name, Predicate<Observed> reached, long thenMillis) {
    }

    /** What the parent sees of a running restore: its log and its files. */
    private interface Observed {
        boolean logged(String text);

        long workFileSize();

        boolean switched();
    }

    /** One office's data folder, a copy of the pristine one, and one restore run on it. */
    private static final class Trial {

        final Path data;
        private final Path root;
        private final Path backup;
        private final Object oldFile;

        Trial(Path root, Path pristine, Path backup) throws IOException {
            this.root = root;
            this.data = root.resolve("data");
            this.backup = backup;
            Files.createDirectories(data);
            Files.copy(pristine.resolve("loket.mv.db"), liveFile());
            Files.copy(TestApps.keyFile(pristine), TestApps.keyFile(data));
            this.oldFile = fileKey(liveFile());
        }

        Path liveFile() {
            return data.resolve("loket.mv.db");
        }

        DatabaseKey key() {
            return DatabaseKey.loadOrCreate(TestApps.keyFile(data));
        }

        /** Runs the restore to its end; returns how long it took from the confirmation on. */
        long runToTheEnd() throws Exception {
            Running running = new Running(start());
            running.awaitConfirmation();
            long started = System.nanoTime();
            assertThat(running.child.waitFor(120, TimeUnit.SECONDS)).isTrue();
            long took = (System.nanoTime() - started) / 1_000_000;
            assertThat(running.output()).as("the restore's exit status").contains(FINISHED + "0");
            return took;
        }

        /** Kills the restore at {@code point}; false when it had ended before getting there. */
        boolean killAt(KillPoint point) throws Exception {
            Running running = new Running(start());
            running.awaitConfirmation();
            Observed seen = new Observed() {
                @Override
                public boolean logged(String text) {
                    return running.linesSoFar().stream().anyMatch(line -> line.contains(text));
                }

                @Override
                public long workFileSize() {
                    return Trial.this.workFileSize();
                }

                @Override
                public boolean switched() {
                    return !Objects.equals(fileKey(liveFile()), oldFile);
                }
            };
            while (running.child.isAlive() && !point.reached().test(seen)) {
                TimeUnit.MILLISECONDS.sleep(1);
            }
            TimeUnit.MILLISECONDS.sleep(point.thenMillis());
            boolean alive = running.child.isAlive();
            // SIGKILL: no shutdown hook, no flush, no close; as near to pulling the plug as a test gets.
            running.child.destroyForcibly();
            assertThat(running.child.waitFor(60, TimeUnit.SECONDS)).isTrue();
            return alive;
        }

        private Process start() throws IOException {
            Path config = TestApps.configFor(data);
            return new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), Restorer.class.getName(),
                    "--config", config.toString(), "--data-dir", data.toString(), "--user", "lurah",
                    "restore", "--overwrite-newer", backup.toString())
                    .redirectErrorStream(true)
                    .start();
        }

        private long workFileSize() {
            try (Stream<Path> files = Files.list(data)) {
                return files.filter(f -> f.getFileName().toString().startsWith("restore-in-progress-"))
                        .map(f -> f.resolve("loket.mv.db"))
                        .mapToLong(Trial::sizeOrNothing).max().orElse(-1);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static long sizeOrNothing(Path file) {
            try {
                return Files.size(file);
            } catch (NoSuchFileException gone) {
                return -1;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** Which file (inode) a name points to; null while the name points to none. */
        private static Object fileKey(Path file) {
            try {
                return Files.readAttributes(file, BasicFileAttributes.class).fileKey();
            } catch (NoSuchFileException gone) {
                return null;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        long households() {
            return count(data);
        }

        /** The households of the database kept as {@code loket.mv.db.before-restore-<time>}. */
        long keptHouseholds() throws IOException {
            Path kept;
            try (Stream<Path> files = Files.list(data)) {
                kept = files.filter(f -> f.getFileName().toString().startsWith("loket.mv.db.before-restore-"))
                        .findFirst().orElseThrow(() -> new AssertionError("no kept database in " + data));
            }
            Path opened = Files.createDirectories(root.resolve("kept"));
            Files.copy(kept, opened.resolve("loket.mv.db"));
            return count(opened);
        }

        boolean hasWorkFolder() throws IOException {
            try (Stream<Path> files = Files.list(data)) {
                return files.anyMatch(f -> f.getFileName().toString().startsWith("restore-in-progress-"));
            }
        }

        private long count(Path folder) {
            try (Database database = Database.openEmbedded(folder, key())) {
                return new Jdbc(database.dataSource()).count("SELECT COUNT(*) FROM household");
            }
        }
    }

    /** A restorer's process and every line it wrote (its log included), read on a thread of their own. */
    private static final class Running {

        final Process child;
        private final List<String> lines = new CopyOnWriteArrayList<>();
        private final Thread reader;

        Running(Process child) {
            this.child = child;
            this.reader = new Thread(this::read, "restorer-output");
            reader.setDaemon(true);
            reader.start();
        }

        private void read() {
            try (BufferedReader out = new BufferedReader(
                    new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    lines.add(line);
                }
            } catch (IOException e) {
                // The pipe breaks when the child is killed: what was read so far is all there is.
                lines.add("(output ended: " + e + ")");
            }
        }

        List<String> linesSoFar() {
            return lines;
        }

        /** Every line, once the child has ended. */
        List<String> output() throws InterruptedException {
            child.waitFor();
            reader.join(10_000);
            return lines;
        }

        void awaitConfirmation() throws InterruptedException {
            while (!lines.contains(CONFIRMED)) {
                if (!child.isAlive()) {
                    reader.join(10_000);
                    throw new AssertionError("the restorer ended before the confirmation: " + lines);
                }
                TimeUnit.MILLISECONDS.sleep(1);
            }
        }
    }

    /**
     * The office PC: runs the command line as IT staff would, the supervisor's PIN typed and YA
     * answered; says when it is confirmed (the restore starts right after) and how it ended.
     */
    public static final class Restorer {
        public static void main(String[] args) {
            ConsoleInput typist = new ConsoleInput() {
                @Override
                public char[] secret(String prompt) {
                    return "999999".toCharArray();
                }

                @Override
                public String line(String prompt) {
                    System.out.println(CONFIRMED);
                    System.out.flush();
                    return "ya";
                }
            };
            int status = HeadlessMain.run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true), typist);
            System.out.println(FINISHED + status);
            System.out.flush();
        }
    }
}
