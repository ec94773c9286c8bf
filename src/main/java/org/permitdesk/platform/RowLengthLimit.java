package org.permitdesk.platform;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * A reader for a CSV parser that refuses a row longer than any real one: the parser holds a whole row (a quoted
 * field left open runs to the end of the file) in memory, so a 200 MB file with one open quote ran out of memory.
 * The parser's user calls {@link #rowDone()} after each row; reading more than the limit since then fails with
 * {@link TooLongException}. The count includes what the parser reads ahead, so the limit is approximate by a
 * buffer (a few KB).
 */
public final class RowLengthLimit extends FilterReader {

    /** No CSV row PermitDesk reads is anywhere near this: its rows are a few hundred characters. */
    public static final int DEFAULT_CHARS = 1024 * 1024;

    private final long limit;
    private long sinceRow;

    public RowLengthLimit(Reader in, long limit) {
        super(in);
        this.limit = limit;
    }

    /** A row ended: the count starts again. */
    public void rowDone() {
        sinceRow = 0;
    }

    @Override
    public int read() throws IOException {
        int c = super.read();
        count(c < 0 ? 0 : 1);
        return c;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        count(Math.max(n, 0));
        return n;
    }

    private void count(int chars) throws TooLongException {
        sinceRow += chars;
        if (sinceRow > limit) {
            throw new TooLongException("a row is longer than " + limit + " characters");
        }
    }

    /** The row being read is longer than the limit. */
    public static final class TooLongException extends IOException {
        TooLongException(String message) {
            super(message);
        }
    }
}
