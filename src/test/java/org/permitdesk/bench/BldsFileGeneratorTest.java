package org.permitdesk.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.permitdesk.permit.PermitSearchService;
import org.permitdesk.permit.blds.BldsImportResult;
import org.permitdesk.permit.blds.BldsImportService;
import org.permitdesk.testing.TestDb;
import org.permitdesk.testing.TestUsers;

/** The benchmark's file must be a BLDS file the import takes whole. */
class BldsFileGeneratorTest {

    @TempDir
    Path folder;

    @Test
    void writesABldsFileThatImportsWithoutARejectedRow() throws IOException {
        Path file = folder.resolve("generated.blds.csv");
        new BldsFileGenerator(BldsFileGenerator.DEFAULT_SEED).write(file, 3_000);

        try (TestDb db = TestDb.create(TestDb.Kind.H2)) {
            BldsImportResult result = new BldsImportService(db.database(), Clock.systemUTC())
                    .importFile(file, false, rows -> { }, TestUsers.ADMIN);
            assertEquals(3_000, result.imported(), result.rejected().toString());
            assertEquals(0, result.rejectedCount());
            assertTrue(new PermitSearchService(db.database()).search("D2021000000").permits().size() == 1);
        }
    }
}
