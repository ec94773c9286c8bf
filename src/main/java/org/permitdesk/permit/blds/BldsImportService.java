package org.permitdesk.permit.blds;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.BatchUpdateException;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongConsumer;
import org.permitdesk.platform.ShownText;
import org.permitdesk.platform.UserFacingException;
import org.permitdesk.platform.db.Database;
import org.permitdesk.platform.db.ImportSafetyCopy;
import org.permitdesk.staff.Permission;
import org.permitdesk.staff.SignedInUser;

/**
 * Imports permits from a BLDS file (the open-data format cities publish permits in) in one transaction
 * (ADR 0007). Every row is checked; a row that is invalid, or whose permit number is repeated in the file
 * or already stored, is rejected with its line number and reason. Without {@code skipInvalid} any rejected
 * row means nothing is imported; with it the valid rows are imported and the rejected ones written to
 * {@code FILE.rejects.csv}. Imported permits are found by the permit search like any other.
 */
public final class BldsImportService {

    /** Rows checked against the database and sent together. */
    private static final int CHUNK = 500;
    private static final int PROGRESS_EVERY = 10_000;

    private final Database database;
    private final Clock clock;

    public BldsImportService(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /**
     * Imports {@code file}; {@code progress} hears the number of rows read every 10,000 rows.
     *
     * @throws NotBldsFileException when the file cannot be read or is not a BLDS file; nothing is imported
     * @throws UserFacingException  when the database refuses the permits; nothing is imported
     */
    public BldsImportResult importFile(Path file, boolean skipInvalid, LongConsumer progress, SignedInUser who) {
        who.require(Permission.IMPORT_DATA);
        long start = System.nanoTime();
        try (BldsFileReader reader = BldsFileReader.open(file);
             ImportSafetyCopy safety = ImportSafetyCopy.take(database);
             BldsPermitWriter writer = new BldsPermitWriter(database, clock.instant());
             RejectsFile rejects = new RejectsFile(RejectsFile.besides(file), reader.header())) {
            try {
                if (skipInvalid) {
                    rejects.open();
                }
                Run run = new Run(new BldsRowParser(reader), writer, skipInvalid ? rejects : null);
                run.copyRows(reader, progress);
                boolean refused = run.rejectedCount > 0 && !skipInvalid;
                // The rejects file is put in place before the commit: an import is never committed with it unwritten.
                Optional<Path> rejectsFile = skipInvalid && rejects.finish() ? Optional.of(rejects.target()) : Optional.empty();
                if (!refused) {
                    commit(writer, rejectsFile);
                    safety.committed();
                }
                return new BldsImportResult(refused ? 0 : run.imported, run.rows, run.rejectedCount, run.rejected,
                        refused ? List.of() : writer.newTypes(), rejectsFile, Duration.ofNanos(System.nanoTime() - start));
            } catch (SQLException | RuntimeException e) {
                if (safety.filledTheDisk(e)) {
                    throw safety.diskFull(e); // before the writer's rollback, which a full disk wedges on H2
                }
                throw e;
            }
        } catch (SQLException e) {
            throw new UserFacingException("The permits could not be stored in " + database.settings().displayUrl()
                    + ": " + databaseMessage(e), e);
        } catch (IOException e) {
            throw new NotBldsFileException("Cannot write " + RejectsFile.besides(file) + ": " + e.getMessage(), e);
        }
    }

    /** Commits the permits; if that fails, the rejects file just written goes too (nothing was imported). */
    private static void commit(BldsPermitWriter writer, Optional<Path> rejectsFile) throws SQLException {
        try {
            writer.commit();
        } catch (SQLException | RuntimeException e) {
            try {
                if (rejectsFile.isPresent()) {
                    Files.deleteIfExists(rejectsFile.get());
                }
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
    }

    private static String databaseMessage(SQLException e) {
        SQLException cause = e instanceof BatchUpdateException && e.getNextException() != null ? e.getNextException() : e;
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage().strip();
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline).strip();
    }

    /** One import's rows: checked, stored in chunks, rejected with reasons. */
    private static final class Run {
        private final BldsRowParser parser;
        private final BldsPermitWriter writer;
        private final RejectsFile rejects;
        private final Map<String, Long> firstLines = new HashMap<>();
        private final List<BldsRow> chunk = new ArrayList<>();
        private final List<BldsFileReader.Row> chunkRows = new ArrayList<>();
        private final List<Rejection> chunkRejects = new ArrayList<>();
        private final List<RejectedRow> rejected = new ArrayList<>();
        private long rows;
        private long rejectedCount;
        private int imported;

        private record Rejection(RejectedRow row, List<String> values) {
        }

        Run(BldsRowParser parser, BldsPermitWriter writer, RejectsFile rejects) {
            this.parser = parser;
            this.writer = writer;
            this.rejects = rejects;
        }

        void copyRows(BldsFileReader reader, LongConsumer progress) throws SQLException, IOException {
            for (BldsFileReader.Row row = reader.next(); row != null; row = reader.next()) {
                check(row);
                if (chunk.size() == CHUNK) {
                    store();
                }
                if (++rows % PROGRESS_EVERY == 0) {
                    progress.accept(rows);
                }
            }
            store();
        }

        private void check(BldsFileReader.Row row) {
            try {
                BldsRow parsed = parser.parse(row);
                Long first = firstLines.putIfAbsent(parsed.number(), row.line());
                if (first != null) {
                    throw new BldsRowParser.Rejected("PermitNum \"" + ShownText.cell(parsed.number()) + "\" is repeated (first on line "
                            + first + ")");
                }
                chunk.add(parsed);
                chunkRows.add(row);
            } catch (BldsRowParser.Rejected e) {
                chunkRejects.add(new Rejection(new RejectedRow(row.line(), e.getMessage()), row.values()));
            }
        }

        /** Rejects the chunk's permits that are already stored, sends the others, records the rejections. */
        private void store() throws SQLException, IOException {
            Set<String> stored = writer.existing(chunk.stream().map(BldsRow::number).toList());
            for (int i = 0; i < chunk.size(); i++) {
                BldsRow row = chunk.get(i);
                if (stored.contains(row.number())) {
                    BldsFileReader.Row original = chunkRows.get(i);
                    chunkRejects.add(new Rejection(new RejectedRow(original.line(), "PermitNum \"" + ShownText.cell(row.number())
                            + "\" is already in the database"), original.values()));
                } else if (rejectedCount + chunkRejects.size() == 0 || rejects != null) {
                    writer.add(row);
                    imported++;
                }
            }
            chunk.clear();
            chunkRows.clear();
            recordRejections();
            if (rejectedCount > 0 && rejects == null) {
                writer.discard();
            } else {
                writer.flush();
            }
        }

        private void recordRejections() throws IOException {
            chunkRejects.sort(Comparator.comparingLong(r -> r.row().line()));
            for (Rejection rejection : chunkRejects) {
                rejectedCount++;
                if (rejected.size() < BldsImportResult.MAX_DETAILS) {
                    rejected.add(rejection.row());
                }
                if (rejects != null) {
                    rejects.add(rejection.row(), rejection.values());
                }
            }
            chunkRejects.clear();
        }
    }
}
