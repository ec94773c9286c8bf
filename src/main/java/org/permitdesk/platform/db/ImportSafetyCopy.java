package org.permitdesk.platform.db;

import java.io.IOException;
import java.io.BufferedOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.permitdesk.platform.PrivateFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * All or nothing for a bulk import into the embedded H2 database, also when the process is killed or the disk
 * fills up. H2 commits one large transaction in many steps (each changed row is rewritten as committed, and its
 * background writer saves the file meanwhile), so a {@code kill -9} during the commit of a large import left part of
 * it, and a full disk wedged H2's rollback at 100 % CPU. PostgreSQL needs none of this.
 * <p>
 * Before the import, a consistent copy of the database (H2's online backup, {@code BACKUP TO}, uncompressed) is written to
 * {@code before-import.zip} beside the database file, then a marker {@code import-in-progress} is created and locked
 * for as long as the import runs. A commit that returns deletes both. A start that finds the marker unlocked (its
 * process is gone: the import never finished) puts the copy back before H2 opens the file
 * ({@link #restoreIfInterrupted}). A full disk during the import closes the database at once (no rollback) and puts
 * the copy back there and then.
 * <p>
 * Only the process that has the file open needs this: an import run while the desktop holds the database goes
 * through the desktop's automatic server, which rolls a dead client's transaction back as usual.
 */
public final class ImportSafetyCopy implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ImportSafetyCopy.class);
    static final String MARKER = "import-in-progress";
    static final String COPY = "before-import.zip";

    private final Path databaseFile;
    private final FileChannel markerChannel;
    private final FileLock markerLock;
    private final SessionLocal session;
    private final Database database;
    private boolean finished;
    private boolean abandoned;

    private ImportSafetyCopy(Database database, Path databaseFile, FileChannel markerChannel, FileLock markerLock,
                             SessionLocal session) {
        this.database = database;
        this.databaseFile = databaseFile;
        this.markerChannel = markerChannel;
        this.markerLock = markerLock;
        this.session = session;
    }

    /**
     * Takes the safety copy before an import into {@code database}, or nothing when {@code database} is not the
     * embedded one held by this process (PostgreSQL, an H2 URL of one's own, the desktop's automatic server).
     *
     * @throws DiskFullException when there is no room for the copy (nothing is imported)
     * @throws SQLException      when the database cannot make the copy
     */
    public static ImportSafetyCopy take(Database database) throws SQLException {
        DatabaseSettings settings = database.settings();
        Path folder = EmbeddedDatabase.folderOf(settings);
        if (!settings.embeddedDefault() || folder == null) {
            return none();
        }
        try (Connection connection = database.dataSource().getConnection()) {
            SessionLocal session = localSession(connection);
            if (session == null) {
                return none();
            }
            Path databaseFile = EmbeddedDatabase.databaseFileOf(settings);
            Path copy = folder.resolve(COPY);
            Path partial = folder.resolve(COPY + ".tmp");
            try {
                Files.deleteIfExists(partial);
                try {
                    backup(session, partial);
                } catch (IOException | RuntimeException e) {
                    Files.deleteIfExists(partial);
                    if (DiskFullException.isDiskFull(e)) {
                        throw new DiskFullException(folder, e);
                    }
                    throw e;
                }
                PrivateFiles.file(partial);
                Files.move(partial, copy, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                Path marker = folder.resolve(MARKER);
                FileChannel channel = FileChannel.open(marker, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                try {
                    PrivateFiles.file(marker);
                    return new ImportSafetyCopy(database, databaseFile, channel, channel.lock(), session);
                } catch (IOException | RuntimeException e) {
                    channel.close();
                    throw e;
                }
            } catch (IOException e) {
                Files.deleteIfExists(copy);
                if (DiskFullException.isDiskFull(e)) {
                    throw new DiskFullException(folder, e);
                }
                throw new SQLException("Cannot keep a copy of the database in " + folder + ": " + e.getMessage(), e);
            }
        } catch (IOException e) {
            throw new SQLException("Cannot keep a copy of the database in " + folder + ": " + e.getMessage(), e);
        }
    }

    /**
     * What H2's {@code BACKUP TO} does (save the open changes, then copy the file while H2 only appends to it), into
     * an uncompressed zip: compressing took 210 s for a 467 MB database on a busy two-core machine, copying a few.
     */
    private static void backup(SessionLocal session, Path target) throws IOException {
        org.h2.engine.Database h2 = session.getDatabase();
        h2.getStore().flush();
        try (OutputStream file = Files.newOutputStream(target, StandardOpenOption.CREATE_NEW);
             ZipOutputStream zip = new ZipOutputStream(new BufferedOutputStream(file, 1 << 16))) {
            zip.setLevel(Deflater.NO_COMPRESSION);
            h2.flush();
            synchronized (h2.getLobSyncObject()) {
                h2.getStore().getMvStore().getFileStore().backup(zip);
            }
            zip.finish();
            zip.flush();
            file.flush();
        }
        try (FileChannel written = FileChannel.open(target, StandardOpenOption.WRITE)) {
            written.force(true);
        }
    }

    private static ImportSafetyCopy none() {
        return new ImportSafetyCopy(null, null, null, null, null);
    }

    /** The H2 session behind {@code connection} when this process has the database file open, else null. */
    private static SessionLocal localSession(Connection connection) throws SQLException {
        if (!connection.isWrapperFor(JdbcConnection.class)) {
            return null;
        }
        return connection.unwrap(JdbcConnection.class).getSession() instanceof SessionLocal local ? local : null;
    }

    /** Room left on a disk below which a failing import is taken to have filled it. */
    private static final long NEARLY_FULL = 8L << 20;

    /**
     * Whether {@code failure} of the import came from a full disk: it says so, or (H2 reports a short write as a
     * failed read, "read 0, remaining …") the disk holding the database has next to no room left.
     */
    public boolean filledTheDisk(Throwable failure) {
        if (DiskFullException.isDiskFull(failure)) {
            return true;
        }
        if (databaseFile == null) {
            return false;
        }
        try {
            return Files.getFileStore(databaseFile.getParent()).getUsableSpace() < NEARLY_FULL;
        } catch (IOException e) {
            return false;
        }
    }

    /** The import committed: the copy and the marker go. */
    public void committed() {
        finish();
    }

    /**
     * The import failed because the disk is full: the database is closed at once, without the rollback that would
     * wedge H2, and the copy taken before the import is put back. Returns the exception to throw; this process must
     * not use the database again (the command ends).
     */
    public DiskFullException diskFull(Throwable failure) {
        if (DiskFullException.isDiskFull(failure) && failure instanceof DiskFullException taken) {
            return taken;
        }
        Path folder = databaseFile == null ? null : databaseFile.getParent();
        DiskFullException full = new DiskFullException(folder, failure);
        if (session != null && !finished) {
            try {
                abandoned = true;
                database.abandon();
                session.getDatabase().shutdownImmediately();
                // Any statement on this database from now on fails at once instead of spinning
                session.getDatabase().setPowerOffCount(1);
                restore(databaseFile);
                finish();
            } catch (IOException | RuntimeException e) {
                full.addSuppressed(e);
                LOG.error("The copy taken before the import could not be put back now; it is put back at the next"
                        + " start", e);
            }
        }
        return full;
    }

    /** Whether the database was closed after a full disk (nothing may be done with it any more). */
    public boolean abandoned() {
        return abandoned;
    }

    /** The import ended without a commit (a refusal or an error, rolled back as usual): the copy goes too. */
    @Override
    public void close() {
        finish();
    }

    private void finish() {
        if (databaseFile == null || finished) {
            return;
        }
        finished = true;
        Path folder = databaseFile.getParent();
        try {
            Files.deleteIfExists(folder.resolve(MARKER));
            markerLock.release();
            markerChannel.close();
            Files.deleteIfExists(folder.resolve(COPY));
        } catch (IOException e) {
            LOG.warn("Could not remove the import's safety copy in {}", folder, e);
        }
    }

    /**
     * Before H2 opens {@code databaseFile}: when an import into it was interrupted (its marker is there and no process
     * holds it), puts back the copy taken before that import. Returns whether it did.
     */
    public static boolean restoreIfInterrupted(Path databaseFile) throws IOException {
        Path folder = databaseFile.toAbsolutePath().getParent();
        Path marker = folder.resolve(MARKER);
        if (!Files.exists(marker)) {
            Files.deleteIfExists(folder.resolve(COPY)); // a copy whose import ended (killed before its marker)
            return false;
        }
        try (FileChannel channel = FileChannel.open(marker, StandardOpenOption.WRITE)) {
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException thisProcessImports) {
                return false;
            }
            if (lock == null) {
                return false; // the import is still running in another process
            }
            try {
                if (!Files.exists(folder.resolve(COPY))) {
                    Files.delete(marker);
                    return false;
                }
                if (heldByH2(databaseFile)) {
                    return false; // opened meanwhile without this check: left for a later start
                }
                long start = System.nanoTime();
                restore(databaseFile.toAbsolutePath());
                Files.delete(marker);
                LOG.warn("An import into {} was interrupted; the database was put back as it was before it ({} ms)",
                        databaseFile, (System.nanoTime() - start) / 1_000_000);
            } finally {
                lock.release();
            }
        }
        Files.deleteIfExists(folder.resolve(COPY));
        return true;
    }

    /** Whether a process has the database file open (H2 locks the whole file while it has it). */
    private static boolean heldByH2(Path databaseFile) throws IOException {
        Path mvFile = databaseFile.toAbsolutePath().resolveSibling(databaseFile.getFileName() + ".mv.db");
        if (!Files.exists(mvFile)) {
            return false;
        }
        try (FileChannel channel = FileChannel.open(mvFile, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                return true;
            }
            lock.release();
            return false;
        } catch (OverlappingFileLockException openHere) {
            return true;
        }
    }

    /** Replaces the database file by the one in the copy, atomically (a kill meanwhile leaves one or the other). */
    private static void restore(Path databaseFile) throws IOException {
        Path folder = databaseFile.getParent();
        Path mvFile = folder.resolve(databaseFile.getFileName() + ".mv.db");
        Path partial = folder.resolve(mvFile.getFileName() + ".restoring");
        try (InputStream in = Files.newInputStream(folder.resolve(COPY));
             ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().toLowerCase(Locale.ROOT).endsWith(".mv.db")) {
                    Files.deleteIfExists(partial);
                    Files.createFile(partial, PrivateFiles.ownerOnlyFile(partial));
                    Files.copy(zip, partial, StandardCopyOption.REPLACE_EXISTING);
                    try (FileChannel written = FileChannel.open(partial, StandardOpenOption.WRITE)) {
                        written.force(true);
                    }
                    Files.move(partial, mvFile, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                    return;
                }
            }
        }
        throw new IOException(folder.resolve(COPY) + " holds no database file");
    }
}
