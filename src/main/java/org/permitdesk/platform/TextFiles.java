package org.permitdesk.platform;

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

    private TextFiles() {
    }

    /**
     * Why {@code file} is not a text file, completing "FILE …": "is a folder", "is empty" or "is a binary
     * file (a spreadsheet, archive or the like)"; empty when its first 64 KB look like text.
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
