package org.permitdesk.permit.blds;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * {@code FILE.rejects.csv}: the rejected rows with the file's own header and values, plus a
 * {@code RejectReason} column ("line 12: AppliedDate "2023-13-01" is not a date (YYYY-MM-DD)"), so they can
 * be fixed and imported again (the reason column is ignored then). Written to a temporary file first and
 * moved into place by {@link #finish()}; nothing is left behind when the import fails.
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

    void add(RejectedRow rejected, List<String> values) throws IOException {
        if (printer == null) {
            temporary = Files.createTempFile(target.toAbsolutePath().getParent(), ".rejects-", ".csv");
            BufferedWriter out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8);
            printer = new CSVPrinter(out, CSVFormat.DEFAULT);
            List<String> columns = new ArrayList<>(header);
            columns.add(REASON_COLUMN);
            printer.printRecord(columns);
        }
        List<String> row = new ArrayList<>(values);
        while (row.size() < header.size()) {
            row.add("");
        }
        row.add(rejected.toString());
        printer.printRecord(row);
        rows++;
    }

    /** Moves the rejected rows into place; returns false when there were none (no file is written). */
    boolean finish() throws IOException {
        if (printer == null) {
            return false;
        }
        printer.close();
        printer = null;
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        temporary = null;
        return rows > 0;
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
