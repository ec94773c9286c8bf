package org.permitdesk.platform;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Checks for text files people import (CSV exports): is it text at all, and in which encoding. */
public final class TextFiles {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** Completes "FILE …" for a file in UTF-16, which Excel writes as "Unicode Text". */
    public static final String UTF16 = "is UTF-16 text: save it as UTF-8 (in Excel: Save As → CSV UTF-8) and import again";

    private TextFiles() {
    }

    /**
     * Why {@code file} is not a text file, completing "FILE …": "is a folder", "is empty", {@link #UTF16} or "is a
     * binary file (a spreadsheet, archive or the like)"; empty when its first 64 KB look like text.
     */
    public static Optional<String> whyNotText(Path file) throws IOException {
        if (Files.isDirectory(file)) {
            return Optional.of("is a folder");
        }
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(64 * 1024);
        }
        if (head.length == 0) {
            return Optional.of("is empty");
        }
        if (isUtf16(head)) {
            return Optional.of(UTF16);
        }
        for (byte b : head) {
            if (b == 0) {
                return Optional.of("is a binary file (a spreadsheet, archive or the like)");
            }
        }
        return Optional.empty();
    }

    /** A file that holds more than a reader wants: {@link #readAtMost} stopped reading it there. */
    public static final class TooLargeException extends IOException {
        private final long limit;

        TooLargeException(Path file, long limit) {
            super(file + " holds more than " + limit + " bytes");
            this.limit = limit;
        }

        /** The limit in whole megabytes, for messages ("larger than 25 MB"). */
        public long limitMegabytes() {
            return limit / (1024 * 1024);
        }
    }

    /**
     * The whole content of {@code file}, read up to {@code maxBytes}: whatever the file says its size is (a
     * device such as /dev/zero, a pipe or a file still growing says 0), reading stops one byte past the limit.
     *
     * @throws TooLargeException when the file holds more than {@code maxBytes}
     */
    public static byte[] readAtMost(Path file, long maxBytes) throws IOException {
        if (Files.isDirectory(file)) {
            throw new IOException(file + " is a folder");
        }
        int limit = (int) Math.min(maxBytes, Integer.MAX_VALUE - 16);
        try (InputStream in = Files.newInputStream(file)) {
            byte[] content = in.readNBytes(limit);
            if (content.length == limit && in.read() >= 0) {
                throw new TooLargeException(file, maxBytes);
            }
            return content;
        }
    }

    /**
     * A UTF-16 byte-order mark (FF FE or FE FF), or — without one — text whose every other byte is NUL (at least
     * nine in ten of the even or of the odd bytes), as UTF-16 makes of Latin text.
     */
    private static boolean isUtf16(byte[] head) {
        if (head.length >= 2 && ((head[0] == (byte) 0xFF && head[1] == (byte) 0xFE)
                || (head[0] == (byte) 0xFE && head[1] == (byte) 0xFF))) {
            return true;
        }
        int pairs = head.length / 2;
        if (pairs < 2) {
            return false;
        }
        int evenNuls = 0;
        int oddNuls = 0;
        for (int i = 0; i + 1 < head.length; i += 2) {
            evenNuls += head[i] == 0 ? 1 : 0;
            oddNuls += head[i + 1] == 0 ? 1 : 0;
        }
        return (evenNuls * 10 >= pairs * 9 && oddNuls == 0) || (oddNuls * 10 >= pairs * 9 && evenNuls == 0);
    }

    /**
     * A reader of {@code in} in {@code charset} that skips a UTF-8 byte-order mark at the start (Excel's "CSV UTF-8"
     * writes one), so the first cell reads as written; malformed bytes become U+FFFD.
     */
    public static Reader reader(InputStream in, Charset charset) throws IOException {
        BufferedInputStream buffered = new BufferedInputStream(in);
        buffered.mark(3);
        byte[] start = buffered.readNBytes(3);
        if (!(start.length == 3 && start[0] == (byte) 0xEF && start[1] == (byte) 0xBB && start[2] == (byte) 0xBF)) {
            buffered.reset();
        }
        CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        return new InputStreamReader(buffered, decoder);
    }

    /** UTF-8 when the whole file is valid UTF-8 (plain ASCII is), otherwise Windows-1252. */
    public static Charset charsetOf(Path file) throws IOException {
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (Reader reader = new InputStreamReader(Files.newInputStream(file), utf8)) {
            char[] buffer = new char[64 * 1024];
            while (reader.read(buffer) >= 0) {
                // only decoding
            }
            return StandardCharsets.UTF_8;
        } catch (CharacterCodingException e) {
            return WINDOWS_1252;
        }
    }
}
