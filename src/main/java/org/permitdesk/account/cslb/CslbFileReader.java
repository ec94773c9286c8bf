package org.permitdesk.account.cslb;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.permitdesk.platform.RowLengthLimit;
import org.permitdesk.platform.TextFiles;

/**
 * Reads a master file line by line (headerless CSV, UTF-8 with or without a byte-order mark or, failing that,
 * Windows-1252), counting the
 * bytes read for progress. {@link #open} refuses a file that is missing, empty, binary or whose first
 * lines are not licence lines, before anything is changed in the database.
 */
final class CslbFileReader implements AutoCloseable {

    /** The lines {@link #open} looks at to tell a master file from something else. */
    static final int SNIFFED_LINES = 100;

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).get();

    private final Path file;
    private final long size;
    private final CountingStream bytes;
    private final CSVParser parser;
    /** A quote left open would otherwise read the rest of the file into one row. */
    private final RowLengthLimit rowLimit;
    private final Iterator<CSVRecord> records;
    private long lastLine;

    /** One line of the file: its number (from 1) and its values. */
    record Line(long number, List<String> values) {
    }

    private CslbFileReader(Path file, Charset charset) throws IOException {
        this.file = file;
        this.size = Files.size(file);
        this.bytes = new CountingStream(Files.newInputStream(file));
        Reader reader = TextFiles.reader(bytes, charset);
        this.rowLimit = new RowLengthLimit(reader, RowLengthLimit.DEFAULT_CHARS);
        this.parser = CSVParser.builder().setReader(rowLimit).setFormat(FORMAT).get();
        this.records = parser.iterator();
    }

    /** Opens a file that looks like a master file; otherwise says why it is not one. */
    static CslbFileReader open(Path file) {
        try {
            requireTextFile(file);
            Charset charset = TextFiles.charsetOf(file);
            try (CslbFileReader sniffer = new CslbFileReader(file, charset)) {
                sniffer.requireLicenceLines();
            }
            return new CslbFileReader(file, charset);
        } catch (NoSuchFileException e) {
            throw new NotAMasterFileException(file + ": no such file.", e);
        } catch (AccessDeniedException e) {
            throw new NotAMasterFileException(file + ": cannot read the file (permission denied).", e);
        } catch (IOException e) {
            throw new NotAMasterFileException(file + ": cannot read the file: " + e.getMessage(), e);
        }
    }

    /** The next line, or null at the end of the file. */
    Line next() {
        try {
            if (!records.hasNext()) {
                return null;
            }
            CSVRecord record = records.next();
            rowLimit.rowDone();
            lastLine = parser.getCurrentLineNumber();
            return new Line(lastLine, record.toList());
        } catch (UncheckedIOException | IllegalStateException e) {
            throw new NotAMasterFileException(file + " is not a valid CSV file: " + describe(e), e);
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

    long bytesRead() {
        return bytes.count;
    }

    long size() {
        return size;
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }

    private static void requireTextFile(Path file) throws IOException {
        var problem = TextFiles.whyNotText(file);
        if (problem.isPresent()) {
            throw new NotAMasterFileException(file + " " + problem.get() + (problem.get().equals(TextFiles.UTF16) ? "."
                    : ", not a CSLB licence master file" + (problem.get().startsWith("is a binary") ? " (CSV text)." : ".")));
        }
    }

    /** At least half of the first lines must be licence lines; otherwise the first bad line says why. */
    private void requireLicenceLines() {
        int seen = 0;
        int good = 0;
        RejectedLine firstBad = null;
        for (Line line = next(); line != null && seen < SNIFFED_LINES; line = next()) {
            seen++;
            try {
                CslbLineParser.parse(line.values());
                good++;
            } catch (CslbLineParser.Rejected e) {
                firstBad = firstBad != null ? firstBad : new RejectedLine(line.number(), e.getMessage());
            }
        }
        if (good * 2 < seen) {
            throw new NotAMasterFileException(file + " is not a CSLB licence master file: " + good + " of its first "
                    + seen + " lines are licence lines (" + firstBad + ").");
        }
    }

    private static final class CountingStream extends FilterInputStream {
        private long count;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count += b < 0 ? 0 : 1;
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            count += Math.max(n, 0);
            return n;
        }
    }
}
