package org.permitdesk.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextFilesTest {

    @TempDir
    Path folder;

    @Test
    void utf16WithOrWithoutAByteOrderMarkIsNamedAsAnEncodingToConvert() throws IOException {
        Path littleEndian = Files.writeString(folder.resolve("le.csv"), "\uFEFF1000002,ACME", StandardCharsets.UTF_16LE);
        Path bigEndian = Files.writeString(folder.resolve("be.csv"), "\uFEFF1000002,ACME", StandardCharsets.UTF_16BE);
        Path noMark = Files.writeString(folder.resolve("no-mark.csv"), "1000002,ACME,ACTIVE", StandardCharsets.UTF_16LE);

        for (Path file : new Path[] {littleEndian, bigEndian, noMark}) {
            assertEquals(Optional.of(TextFiles.UTF16), TextFiles.whyNotText(file), file.toString());
        }
        assertEquals(Optional.of("is a binary file (a spreadsheet, archive or the like)"),
                TextFiles.whyNotText(Files.write(folder.resolve("x.xlsx"), new byte[] {'P', 'K', 3, 4, 0, 0, 8, 0})));
    }

    @Test
    void theReaderSkipsAUtf8ByteOrderMark() throws IOException {
        byte[] withMark = "\uFEFF1000002,ACME".getBytes(StandardCharsets.UTF_8);
        try (Reader reader = TextFiles.reader(new ByteArrayInputStream(withMark), StandardCharsets.UTF_8)) {
            char[] buffer = new char[64];
            assertEquals("1000002,ACME", new String(buffer, 0, reader.read(buffer)));
        }
        try (Reader reader = TextFiles.reader(new ByteArrayInputStream("ab".getBytes(StandardCharsets.UTF_8)),
                StandardCharsets.UTF_8)) {
            char[] buffer = new char[64];
            assertEquals("ab", new String(buffer, 0, reader.read(buffer)));
        }
    }
}
