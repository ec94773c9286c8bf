package org.permitdesk.permit.blds;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.permitdesk.platform.CsvCells;
import org.permitdesk.platform.OutputFiles;

/**
 * {@code FILE.rejects.csv}: the rejected rows with the file's own header and values, plus a
 * {@code RejectReason} column ("line 12: AppliedDate "2023-13-01" is not a date (YYYY-MM-DD)"), so they can
 * be fixed and imported again (the reason column is ignored then). Cells a spreadsheet would take for a formula
 * get a leading quote ({@link CsvCells}). {@link #open} checks the target and starts a temporary file beside it
 * before anything is imported; {@link #finish()} moves it into place (before the import commits); nothing is left
 * behind when the import fails.
 */
final class RejectsFile implements AutoCloseable {

    static final String REASON_COLUMN = "RejectReason";

    private final Path target;
    private final List<String> header;
    private Path temporary;
    private CSVPrinter printer;
    private long rows;

    RejectsFile(Path target, List<String> header) {
        this.target = target;
        this.header = header;
    }

    static Path besides(Path file) {
        return file.resolveSibling(file.getFileName() + ".rejects.csv");
    }

    Path target() {
        return target;
    }

    /**
     * Refuses a target that is not a regular file or nothing, or in a folder that can't be written to, and starts
     * the temporary file — before the import begins, so an import is never committed with its rejects unwritten.
     */
    void open() throws IOException {
        OutputFiles.whyNotWritable(target).ifPresent(reason -> {
            String why = reason.startsWith("cannot be written: ") ? reason.substring("cannot be written: ".length())
                    : "it " + reason;
            throw new NotBldsFileException("The rejected rows cannot be written to " + target + ": " + why
                    + " (move the file to import into a folder you can write to).");
        });
        temporary = OutputFiles.temporaryBeside(target, ".csv");
        BufferedWriter out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8);
        printer = new CSVPrinter(out, CSVFormat.DEFAULT);
        List<String> columns = new ArrayList<>(header);
        columns.add(REASON_COLUMN);
        printer.printRecord(CsvCells.safe(columns));
    }

    void add(RejectedRow rejected, List<String> values) throws IOException {
        if (printer == null) {
            open();
        }
        List<String> row = new ArrayList<>(values);
        while (row.size() < header.size()) {
            row.add("");
        }
        row.add(rejected.toString());
        printer.printRecord(CsvCells.safe(row));
        rows++;
    }

    /** Moves the rejected rows into place; returns false when there were none (no file is written). */
    boolean finish() throws IOException {
        if (printer != null) {
            printer.close();
            printer = null;
        }
        if (temporary == null) {
            return false;
        }
        if (rows == 0) {
            Files.deleteIfExists(temporary);
            temporary = null;
            return false;
        }
        OutputFiles.moveInto(temporary, target);
        temporary = null;
        return true;
    }

    @Override
    public void close() throws IOException {
        if (printer != null) {
            printer.close();
        }
        if (temporary != null) {
            Files.deleteIfExists(temporary);
        }
    }
}
