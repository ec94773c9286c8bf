package org.permitdesk.platform;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * Files PermitDesk writes for people (reports, exports, rejected rows): the target must be a regular file or
 * nothing — never a folder, a device or a symbolic link — and is replaced in one atomic step by a complete
 * temporary file written beside it.
 */
public final class OutputFiles {

    private OutputFiles() {
    }

    /**
     * Why {@code target} cannot be written, completing "TARGET …" ("is not a regular file (a folder)"), or empty
     * when it is a regular file or nothing, in a folder that exists and can be written to.
     */
    public static Optional<String> whyNotWritable(Path target) {
        if (Files.isSymbolicLink(target)) {
            return Optional.of("is not a regular file (a symbolic link)");
        }
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
                return Optional.of("is not a regular file (a folder)");
            }
            if (!Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
                return Optional.of("is not a regular file (a device or other special file)");
            }
        }
        Path folder = folderOf(target);
        if (!Files.isDirectory(folder)) {
            return Optional.of("cannot be written: its folder " + folder + " does not exist");
        }
        if (!Files.isWritable(folder)) {
            return Optional.of("cannot be written: its folder " + folder + " is not writable");
        }
        return Optional.empty();
    }

    /** Refuses, with one line naming it, a {@code target} that {@link #whyNotWritable} objects to. */
    public static void checkTarget(Path target) {
        whyNotWritable(target).ifPresent(reason -> {
            throw new UserFacingException(refusal(target.toString(), reason));
        });
    }

    /** The one line refusing {@code named} (a path, or "--out PATH") for {@code reason}. */
    public static String refusal(String named, String reason) {
        return named + " " + reason + ": give the path of a file to write (it is replaced when complete).";
    }

    /** A new empty temporary file in {@code target}'s folder (so that {@link #moveInto} can be atomic). */
    public static Path temporaryBeside(Path target, String suffix) throws IOException {
        return Files.createTempFile(folderOf(target), "." + target.getFileName() + "-", suffix);
    }

    /** Replaces {@code target} by the complete {@code temporary} in one step, after checking it once more. */
    public static void moveInto(Path temporary, Path target) throws IOException {
        checkTarget(target);
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static Path folderOf(Path target) {
        Path parent = target.toAbsolutePath().getParent();
        return parent == null ? target.toAbsolutePath().getRoot() : parent;
    }
}
