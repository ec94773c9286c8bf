package org.permitdesk.platform;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Set;

/**
 * Folders and files only their owner may open (0700 and 0600), whatever the umask: the data folder holds the
 * embedded database, its password, logs and outbox mails. On file systems without POSIX permissions (Windows) the
 * modes are skipped: there the per-user data folder is already private.
 */
public final class PrivateFiles {

    public static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
    public static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

    private PrivateFiles() {
    }

    /** Whether the file system of {@code path} knows POSIX permissions. */
    public static boolean posix(Path path) {
        return path.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    /** For {@code Files.createFile(file, ownerOnlyFile(file))}: mode 0600 from the start (none where not POSIX). */
    public static FileAttribute<?>[] ownerOnlyFile(Path file) {
        return posix(file) ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(FILE)}
                : new FileAttribute<?>[0];
    }

    /** Creates {@code folder} (and missing parents) as 0700, or takes the group's and others' access to it away. */
    public static Path folder(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            Path parent = folder.toAbsolutePath().getParent();
            if (parent != null && !Files.isDirectory(parent)) {
                Files.createDirectories(parent);
            }
            try {
                if (posix(folder)) {
                    Files.createDirectory(folder, PosixFilePermissions.asFileAttribute(FOLDER));
                } else {
                    Files.createDirectory(folder);
                }
            } catch (FileAlreadyExistsException createdMeanwhile) {
                // another PermitDesk starting at the same moment: made private below
            }
        }
        restrict(folder, FOLDER);
        return folder;
    }

    /** Takes the group's and others' access to an existing file away (0644 becomes 0600); nothing when missing. */
    public static void file(Path file) throws IOException {
        if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            restrict(file, FILE);
        }
    }

    /** {@link #folder}'s and {@link #file}'s restriction for an existing folder and all it holds. */
    public static void tree(Path folder) throws IOException {
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        restrict(folder, FOLDER);
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            for (Path entry : entries) {
                if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
                    tree(entry);
                } else {
                    file(entry);
                }
            }
        }
    }

    /**
     * Takes every permission of the group and others away; the owner's are kept (a folder the owner made read-only
     * stays read-only).
     */
    private static void restrict(Path path, Set<PosixFilePermission> mode) throws IOException {
        if (!posix(path)) {
            return;
        }
        Set<PosixFilePermission> now = Files.getPosixFilePermissions(path, LinkOption.NOFOLLOW_LINKS);
        Set<PosixFilePermission> ownerOnly = EnumSet.noneOf(PosixFilePermission.class);
        for (PosixFilePermission permission : now) {
            if (mode.contains(permission) || permission == PosixFilePermission.OWNER_EXECUTE) {
                ownerOnly.add(permission);
            }
        }
        if (!ownerOnly.equals(now)) {
            Files.setPosixFilePermissions(path, ownerOnly);
        }
    }
}
