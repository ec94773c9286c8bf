package org.permitdesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.permitdesk.platform.AppHome;
import org.permitdesk.testing.DatabaseTest;
import org.permitdesk.testing.TestDb;

/** The application context keeps compiled report templates in {@code cache/reports/} of the data folder. */
class PermitDeskReportCacheTest {

    @TempDir
    Path home;

    @DatabaseTest
    void compiledTemplatesAreKeptInTheDataFoldersCache(TestDb db) throws IOException {
        try (PermitDesk services = PermitDesk.open(db.settings(), Clock.systemUTC(), new AppHome(home))) {
            services.context().reports().report("receipt.jrxml");
        }

        List<String> kept;
        try (Stream<Path> files = Files.list(home.resolve("cache").resolve("reports"))) {
            kept = files.map(file -> file.getFileName().toString()).toList();
        }
        assertEquals(1, kept.size(), kept.toString());
        assertTrue(kept.get(0).matches("receipt-[0-9a-f]{64}\\.jasper"), kept.toString());
    }
}
