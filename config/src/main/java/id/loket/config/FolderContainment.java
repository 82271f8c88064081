package id.loket.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Whether a path lies inside a folder as the disk sees it, not as the text reads: a data folder
 * reached through a symbolic link (or a key file that is a link into the data folder) is inside all
 * the same. Paths that do not exist yet are placed by the real path of their nearest existing parent.
 */
final class FolderContainment {

    private FolderContainment() {
    }

    static boolean isInside(Path path, Path folder) {
        return path.startsWith(folder) || real(path).startsWith(real(folder));
    }

    /**
     * The path with every link resolved: the real path of its nearest existing ancestor, followed by
     * the names below it that do not exist yet.
     */
    static Path real(Path path) {
        Path existing = path.toAbsolutePath();
        Deque<Path> missing = new ArrayDeque<>();
        while (existing != null && !Files.exists(existing)) {
            missing.push(existing.getFileName());
            existing = existing.getParent();
        }
        if (existing == null) {
            return path.toAbsolutePath().normalize();
        }
        Path real;
        try {
            real = existing.toRealPath();
        } catch (IOException e) {
            // Not readable by this user (a folder without x permission): the text is all there is to compare.
            return path.toAbsolutePath().normalize();
        }
        for (Path name : missing) {
            real = real.resolve(name);
        }
        return real.normalize();
    }
}
