package org.permitdesk.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.permitdesk.account.cslb.CslbImportProgress;
import org.permitdesk.account.cslb.CslbImportResult;
import org.permitdesk.account.cslb.CslbImportService;
import org.permitdesk.testing.TestDb;
import org.permitdesk.testing.TestUsers;

/** The benchmark's file must be a master file the import takes whole, shaped like the real sample. */
class CslbFileGeneratorTest {

    @TempDir
    Path folder;

    @Test
    void writesAMasterFileThatImportsWithoutARejectedLine() throws IOException {
        Path file = folder.resolve("generated.csv");
        new CslbFileGenerator(CslbFileGenerator.DEFAULT_SEED).write(file, 3_000);

        String text = Files.readString(file, StandardCharsets.US_ASCII);
        assertEquals(2_999, text.split("\r\n", -1).length - 1, "CRLF between lines, none after the last");
        try (TestDb db = TestDb.create(TestDb.Kind.H2)) {
            CslbImportResult result = new CslbImportService(db.database(), Clock.systemUTC())
                    .importFile(file, CslbImportProgress.NONE, TestUsers.ADMIN);
            assertEquals(3_000, result.imported(), result.rejected().toString());
            assertEquals(0, result.rejectedCount());
        }
    }
}
