package org.permitdesk.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputFilesTest {

    @TempDir
    Path folder;

    @Test
    void aRegularFileOrNothingMayBeWritten() throws IOException {
        assertEquals(Optional.empty(), OutputFiles.whyNotWritable(folder.resolve("new.csv")));
        assertEquals(Optional.empty(), OutputFiles.whyNotWritable(Files.writeString(folder.resolve("old.csv"), "x")));
    }

    @Test
    void aFolderALinkADeviceOrAMissingFolderIsRefusedAndLeftAlone() throws IOException {
        Path target = Files.writeString(folder.resolve("target.csv"), "keep");
        Path link = Files.createSymbolicLink(folder.resolve("link.csv"), target);

        assertEquals(Optional.of("is not a regular file (a folder)"), OutputFiles.whyNotWritable(folder));
        assertEquals(Optional.of("is not a regular file (a symbolic link)"), OutputFiles.whyNotWritable(link));
        assertEquals(Optional.of("cannot be written: its folder " + folder.resolve("nowhere") + " does not exist"),
                OutputFiles.whyNotWritable(folder.resolve("nowhere/x.csv")));
        if (Files.exists(Path.of("/dev/full"))) {
            assertEquals(Optional.of("is not a regular file (a device or other special file)"),
                    OutputFiles.whyNotWritable(Path.of("/dev/full")));
        }
        Path temporary = OutputFiles.temporaryBeside(link, ".csv");
        UserFacingException refused = assertThrows(UserFacingException.class, () -> OutputFiles.moveInto(temporary, link));
        assertEquals(link + " is not a regular file (a symbolic link): give the path of a file to write (it is"
                + " replaced when complete).", refused.getMessage());
        assertTrue(Files.isSymbolicLink(link));
        assertEquals("keep", Files.readString(target));
    }

    @Test
    void moveIntoReplacesTheFileWithTheCompleteTemporaryOne() throws IOException {
        Path target = Files.writeString(folder.resolve("report.csv"), "old");
        Path temporary = OutputFiles.temporaryBeside(target, ".csv");
        Files.writeString(temporary, "new");

        OutputFiles.moveInto(temporary, target);

        assertEquals("new", Files.readString(target));
        assertEquals(1, Files.list(folder).count());
    }
}
