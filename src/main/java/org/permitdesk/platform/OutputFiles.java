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

    /**
     * The one line for a failure to write {@code target}: on a full disk, that the disk is full and nothing was
     * written (the temporary file is removed by the caller); otherwise what the system said.
     */
    public static UserFacingException writeFailed(Path target, Throwable failure) {
        if (diskFull(failure)) {
            return new UserFacingException("Cannot write " + target + ": the disk holding " + folderOf(target)
                    + " is full; nothing was written. Free some space there or write the file elsewhere.", failure);
        }
        IOException io = ioFailure(failure);
        String why = io == null ? UserMessages.describe(failure) : io.getMessage();
        return new UserFacingException("Cannot write " + target + ": " + why, failure);
    }

    /**
     * The I/O failure behind {@code failure} (itself, a cause or a suppressed exception, as libraries such as the
     * PDF writer wrap it), or null when there is none.
     */
    public static IOException ioFailure(Throwable failure) {
        return find(failure, 0);
    }

    /** Whether {@code failure} comes from a full disk ("No space left on device"). */
    public static boolean diskFull(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (isDiskFull(t)) {
                return true;
            }
            for (Throwable suppressed : t.getSuppressed()) {
                if (diskFull(suppressed)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isDiskFull(Throwable t) {
        String message = t.getMessage();
        if (t instanceof java.nio.file.FileSystemException fs && fs.getReason() != null) {
            message = fs.getReason();
        }
        return message != null && (message.contains("No space left on device")
                || message.contains("not enough space on the disk") || message.contains("Disk quota exceeded"));
    }

    private static IOException find(Throwable failure, int depth) {
        if (failure == null || depth > 20) {
            return null;
        }
        if (failure instanceof IOException io) {
            return io;
        }
        for (Throwable suppressed : failure.getSuppressed()) {
            IOException io = find(suppressed, depth + 1);
            if (io != null) {
                return io;
            }
        }
        return failure.getCause() == failure ? null : find(failure.getCause(), depth + 1);
    }

    private static Path folderOf(Path target) {
        Path parent = target.toAbsolutePath().getParent();
        return parent == null ? target.toAbsolutePath().getRoot() : parent;
    }
}
