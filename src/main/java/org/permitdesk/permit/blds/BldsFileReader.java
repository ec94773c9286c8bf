package org.permitdesk.permit.blds;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.permitdesk.platform.CsvCells;
import org.permitdesk.platform.RowLengthLimit;
import org.permitdesk.platform.ShownText;
import org.permitdesk.platform.TextFiles;

/**
 * Reads a BLDS file (CSV with a header row; UTF-8 or, failing that, Windows-1252) row by row, with the line
 * each row starts on. {@link #open} refuses a file that is missing, empty, binary, or whose header has no
 * {@code PermitNum} column, no date column or no address column, before anything is changed.
 * Column names are matched ignoring case; empty lines are skipped.
 */
final class BldsFileReader implements AutoCloseable {

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).get();

    private final Path file;
    private final CSVParser parser;
    /** A quote left open would otherwise read the rest of the file into one row. */
    private final RowLengthLimit rowLimit;
    private final Iterator<CSVRecord> records;
    private final List<String> header;
    private final Map<String, Integer> columns = new HashMap<>();
    private long lastLine;

    /** One row: the line it starts on and its values as written. */
    record Row(long line, List<String> values) {
    }

    private BldsFileReader(Path file, Charset charset) throws IOException {
        this.file = file;
        Reader reader = TextFiles.reader(Files.newInputStream(file), charset);
        this.rowLimit = new RowLengthLimit(reader, RowLengthLimit.DEFAULT_CHARS);
        this.parser = CSVParser.builder().setReader(rowLimit).setFormat(FORMAT).get();
        this.records = parser.iterator();
        Row first = next();
        this.header = first == null ? List.of() : first.values().stream().map(BldsFileReader::headerName).toList();
        for (int i = 0; i < header.size(); i++) {
            columns.putIfAbsent(header.get(i).toLowerCase(Locale.ROOT), i);
        }
    }

    /** Opens a file that looks like a BLDS permit file; otherwise says why it is not one. */
    static BldsFileReader open(Path file) {
        try {
            requireTextFile(file);
            BldsFileReader reader = new BldsFileReader(file, TextFiles.charsetOf(file));
            try {
                reader.requireBldsHeader();
                return reader;
            } catch (RuntimeException e) {
                reader.close();
                throw e;
            }
        } catch (NoSuchFileException e) {
            throw new NotBldsFileException(file + ": no such file.", e);
        } catch (AccessDeniedException e) {
            throw new NotBldsFileException(file + ": cannot read the file (permission denied).", e);
        } catch (IOException e) {
            throw new NotBldsFileException(file + ": cannot read the file: " + e.getMessage(), e);
        }
    }

    /** The header's column names as written (a byte-order mark and surrounding spaces removed). */
    List<String> header() {
        return header;
    }

    boolean hasColumn(String name) {
        return columns.containsKey(name.toLowerCase(Locale.ROOT));
    }

    /** The value of {@code column} in {@code row}, stripped; empty when the file has no such column. */
    String value(Row row, String column) {
        Integer index = columns.get(column.toLowerCase(Locale.ROOT));
        if (index == null || index >= row.values().size()) {
            return "";
        }
        return row.values().get(index).strip();
    }

    /** The next row that is not an empty line, or null at the end of the file. */
    Row next() {
        try {
            while (records.hasNext()) {
                CSVRecord record = records.next();
                rowLimit.rowDone();
            rowLimit.rowDone();
                long line = lastLine + 1;
                lastLine = parser.getCurrentLineNumber();
                if (record.size() == 1 && record.get(0).isBlank()) {
                    continue;
                }
                return new Row(line, record.stream().map(CsvCells::unquoted).toList());
            }
            return null;
        } catch (UncheckedIOException | IllegalStateException e) {
            throw new NotBldsFileException(file + " is not a valid CSV file: " + describe(e), e);
        }
    }

    @Override
    public void close() {
        try {
            parser.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void requireBldsHeader() {
        if (header.isEmpty()) {
            throw new NotBldsFileException(file + " is empty, not a BLDS permit file.");
        }
        String missing = !hasColumn(BldsColumns.PERMIT_NUM) ? BldsColumns.PERMIT_NUM
                : !hasColumn(BldsColumns.APPLIED_DATE) && !hasColumn(BldsColumns.ISSUED_DATE)
                ? BldsColumns.APPLIED_DATE + " or " + BldsColumns.ISSUED_DATE
                : !hasColumn(BldsColumns.ADDRESS1) && !hasColumn(BldsColumns.PIN)
                ? BldsColumns.ADDRESS1 + " or " + BldsColumns.PIN : null;
        if (missing != null) {
            String first = String.join(",", header);
            throw new NotBldsFileException(file + " is not a BLDS permit file: its first line has no " + missing
                    + " column (it starts \"" + ShownText.escaped(first, 61) + "\").");
        }
    }

    private String describe(RuntimeException failure) {
        Throwable cause = failure.getCause() == null ? failure : failure.getCause();
        String message = String.valueOf(cause.getMessage());
        if (cause instanceof RowLengthLimit.TooLongException) {
            return "the row starting on line " + (lastLine + 1) + " is longer than "
                    + RowLengthLimit.DEFAULT_CHARS / (1024 * 1024) + " MB: is a quote (\") left open?";
        }
        if (message.contains("encapsulated token")) {
            return "a quote opened on line " + (lastLine + 1) + " is never closed.";
        }
        return "after line " + lastLine + ", " + message;
    }

    private static String headerName(String raw) {
        return raw.replace("\uFEFF", "").strip();
    }

    private static void requireTextFile(Path file) throws IOException {
        var problem = TextFiles.whyNotText(file);
        if (problem.isPresent()) {
            throw new NotBldsFileException(file + " " + problem.get() + (problem.get().equals(TextFiles.UTF16) ? "."
                    : ", not a BLDS permit file" + (problem.get().startsWith("is a binary") ? " (CSV text)." : ".")));
        }
    }
}
