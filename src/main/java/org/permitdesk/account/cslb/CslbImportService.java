package org.permitdesk.account.cslb;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.BatchUpdateException;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.permitdesk.platform.UserFacingException;
import org.permitdesk.platform.db.Database;
import org.permitdesk.platform.db.ImportSafetyCopy;
import org.permitdesk.staff.Permission;
import org.permitdesk.staff.SignedInUser;

/**
 * Imports the CSLB licence master file: all or nothing. The stored licences are replaced in one
 * transaction, so everyone sees either the old licences or all the new ones; a file that is not a master
 * file, or that the database cannot take, leaves the old licences as they were (ADR 0006).
 */
public final class CslbImportService {

    private static final int PROGRESS_EVERY = 10_000;

    private final Database database;
    private final Clock clock;

    public CslbImportService(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /**
     * Replaces the stored licences with those of {@code file}. Lines that cannot be stored are skipped
     * and reported with their line number and reason.
     *
     * @throws NotAMasterFileException when the file cannot be read, is not a master file, or most of its
     *                                 lines are not licence lines; nothing is changed
     * @throws UserFacingException     when the database refuses the licences; nothing is changed
     */
    public CslbImportResult importFile(Path file, CslbImportProgress progress, SignedInUser who) {
        who.require(Permission.IMPORT_DATA);
        long start = System.nanoTime();
        try (CslbFileReader reader = CslbFileReader.open(file);
             ImportSafetyCopy safety = ImportSafetyCopy.take(database);
             CslbLicenceWriter writer = new CslbLicenceWriter(database, clock.instant())) {
            try {
                writer.deleteAll();
                Tally tally = copyLines(reader, writer, progress);
                tally.requireMostLinesImported(file);
                writer.recordImport(who.username(), tally.imported);
                writer.commit();
                safety.committed();
                return new CslbImportResult(tally.imported, tally.rejectedCount, tally.rejected,
                        Duration.ofNanos(System.nanoTime() - start));
            } catch (SQLException | RuntimeException e) {
                if (safety.filledTheDisk(e)) {
                    throw safety.diskFull(e); // before the writer's rollback, which a full disk wedges on H2
                }
                throw e;
            }
        } catch (SQLException e) {
            throw new UserFacingException("The licences could not be stored in " + database.settings().displayUrl()
                    + ": " + databaseMessage(e), e);
        } catch (IOException e) {
            throw new NotAMasterFileException(file + ": cannot read the file: " + e.getMessage(), e);
        }
    }

    private static Tally copyLines(CslbFileReader reader, CslbLicenceWriter writer, CslbImportProgress progress)
            throws SQLException {
        Tally tally = new Tally();
        BitSet seen = new BitSet();
        long lines = 0;
        for (CslbFileReader.Line line = reader.next(); line != null; line = reader.next()) {
            try {
                CslbRow row = CslbLineParser.parse(line.values());
                if (seen.get(row.licenceNumber())) {
                    throw new CslbLineParser.Rejected("licence number " + row.licenceNumber()
                            + " is listed again (its first line was imported)");
                }
                seen.set(row.licenceNumber());
                writer.add(row);
                tally.imported++;
            } catch (CslbLineParser.Rejected e) {
                tally.reject(new RejectedLine(line.number(), e.getMessage()));
            }
            if (++lines % PROGRESS_EVERY == 0) {
                progress.update(lines, reader.bytesRead(), reader.size());
            }
        }
        tally.lines = lines;
        progress.update(lines, reader.size(), reader.size());
        return tally;
    }

    private static String databaseMessage(SQLException e) {
        SQLException cause = e instanceof BatchUpdateException && e.getNextException() != null ? e.getNextException() : e;
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage().strip();
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline).strip();
    }

    /** What the lines of one import came to. */
    private static final class Tally {
        private long lines;
        private int imported;
        private long rejectedCount;
        private final List<RejectedLine> rejected = new ArrayList<>();

        void reject(RejectedLine line) {
            rejectedCount++;
            if (rejected.size() < CslbImportResult.MAX_DETAILS) {
                rejected.add(line);
            }
        }

        /** A file whose lines are mostly not licences is not a master file, whatever its first lines were. */
        void requireMostLinesImported(Path file) {
            if (imported == 0 || rejectedCount > imported) {
                throw new NotAMasterFileException(file + " is not a CSLB licence master file: " + rejectedCount
                        + " of its " + lines + " lines are not licence lines"
                        + (rejected.isEmpty() ? "" : " (first: " + rejected.get(0) + ")") + ".");
            }
        }
    }
}
