package org.permitdesk.permit.blds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.permitdesk.platform.db.Database;
import org.permitdesk.platform.UserFacingException;
import org.permitdesk.testing.DatabaseTest;
import org.permitdesk.testing.Mounts;
import org.permitdesk.testing.TestDb;
import org.permitdesk.testing.TestUsers;

class BldsExportServiceTest {

    /** What must survive a round trip, one line per permit in number order. */
    private static final String PERMITS = """
            SELECT p.permit_number, p.status, p.status_text, p.applied_date, p.issued_date, p.finaled_date,
                   p.expires_date, p.void_date, p.void_reason, p.valuation, p.description, t.code, t.name,
                   s.address_line, s.city, s.state, s.zip, s.parcel_number, s.latitude, s.longitude,
                   (SELECT MIN(c.business_name) FROM permit_contact c WHERE c.permit_id = p.id),
                   (SELECT MIN(c.license_number) FROM permit_contact c WHERE c.permit_id = p.id),
                   (SELECT COUNT(*) FROM permit_status_change h WHERE h.permit_id = p.id),
                   (SELECT COUNT(*) FROM permit_search_term k WHERE k.permit_id = p.id)
            FROM permit p JOIN permit_type t ON t.id = p.permit_type_id JOIN site s ON s.id = p.site_id
            ORDER BY p.permit_number""";

    @TempDir
    Path folder;

    @DatabaseTest
    void exportThenImportIntoAnEmptyDatabaseKeepsThePermits(TestDb db) throws Exception {
        Database source = db.database();
        BldsImportService importer = new BldsImportService(source, Clock.systemUTC());
        importer.importFile(BldsFiles.BURLINGTON, false, rows -> { }, TestUsers.ADMIN);
        importer.importFile(BldsFiles.NASHVILLE, false, rows -> { }, TestUsers.ADMIN);
        Path withdrawn = BldsFiles.write(folder, "odd.csv",
                BldsFiles.row("RT-VOID", "1 Gone Ln").replace("Issued,Permit Issued", "Withdrawn,"),
                BldsFiles.row("RT-EXP", "2 Late Ln").replace("Issued,Permit Issued", "Expired,"),
                BldsFiles.row("RT-NOCOST", "3 Free Ln").replace("\"12,500.00\"", "").replace("33.7221,-116.3745", ","),
                BldsFiles.row("RT-FORMULA", "=1+2 MAIN ST").replace("Reroof 24 squares", "\"=HYPERLINK(\"\"http://x.example\"\",\"\"y\"\")\"")
                        .replace(",RR,", ",=CMD,").replace("Desert Sun Roofing Inc", "@SUM(A1)"));
        assertEquals(4, importer.importFile(withdrawn, false, rows -> { }, TestUsers.ADMIN).imported());
        Path exported = folder.resolve("all.blds.csv");

        long count = new BldsExportService(source).export(exported, null, null, TestUsers.ADMIN);

        assertEquals(4_670 + 5_994 + 4, count);
        String formulaRow = Files.readAllLines(exported).stream().filter(line -> line.startsWith("RT-FORMULA,"))
                .findFirst().orElseThrow();
        assertTrue(formulaRow.startsWith("RT-FORMULA,\"'=HYPERLINK(\"\"http://x.example\"\",\"\"y\"\")\","), formulaRow);
        assertTrue(formulaRow.contains(",'=1+2 MAIN ST,") && formulaRow.contains(",'=CMD,")
                && formulaRow.contains(",'@SUM(A1),"), formulaRow);
        assertTrue(formulaRow.contains(",33.7221,-116.3745,"), "numbers stay numbers: " + formulaRow);
        try (TestDb empty = TestDb.create(db.kind())) {
            BldsImportResult again = new BldsImportService(empty.database(), Clock.systemUTC())
                    .importFile(exported, false, rows -> { }, TestUsers.ADMIN);
            assertEquals(count, again.imported(), again.rejected().toString());
            assertEquals(permits(source), permits(empty.database()));
        }
    }

    /** Issue 17 item 14: a full disk names the file and says the disk is full; nothing is left behind. */
    @DatabaseTest
    void aFullDiskSaysSoAndLeavesNoFile(TestDb db) throws IOException {
        Path file = BldsFiles.write(folder, "full.csv", BldsFiles.row("FULL-1", "1 Full Rd"));
        new BldsImportService(db.database(), Clock.systemUTC()).importFile(file, false, rows -> { }, TestUsers.ADMIN);
        try (Mounts mounts = Mounts.available()) {
            Path full = mounts.fullDisk(folder.resolve("full"));
            Path out = full.resolve("permits.csv");

            UserFacingException refused = assertThrows(UserFacingException.class,
                    () -> new BldsExportService(db.database()).export(out, null, null, TestUsers.ADMIN));

            assertEquals("Cannot write " + out + ": the disk holding " + full + " is full; nothing was written."
                    + " Free some space there or write the file elsewhere.", refused.getMessage());
            try (var left = Files.list(full)) {
                assertEquals(List.of("filler"), left.map(p -> p.getFileName().toString()).toList());
            }
        }
    }

    @DatabaseTest
    void aDateRangeIncludesBothEndDays(TestDb db) throws IOException {
        Path file = BldsFiles.write(folder, "range.csv",
                BldsFiles.row("RANGE-1", "1 Range Rd").replace("2025-03-03", "2025-05-31"),
                BldsFiles.row("RANGE-2", "2 Range Rd").replace("2025-03-03", "2025-06-01"),
                BldsFiles.row("RANGE-3", "3 Range Rd").replace("2025-03-03", "2025-06-30"),
                BldsFiles.row("RANGE-4", "4 Range Rd").replace("2025-03-03", "2025-07-01"));
        new BldsImportService(db.database(), Clock.systemUTC()).importFile(file, false, rows -> { }, TestUsers.ADMIN);
        Path june = folder.resolve("june.csv");

        long count = new BldsExportService(db.database()).export(june, LocalDate.of(2025, 6, 1),
                LocalDate.of(2025, 6, 30), TestUsers.ADMIN);

        List<String> lines = Files.readAllLines(june);
        assertTrue(lines.get(0).startsWith("PermitNum,Description,AppliedDate,IssuedDate,CompletedDate,StatusCurrent,"),
                lines.get(0));
        List<String> numbers = lines.subList(1, lines.size()).stream().map(line -> line.split(",")[0])
                .filter(number -> number.startsWith("RANGE")).toList();
        assertEquals(List.of("RANGE-2", "RANGE-3"), numbers);
        assertEquals(lines.size() - 1, count);
        assertEquals("RANGE-2,Reroof 24 squares,2025-06-01,2025-03-10,,Issued,Permit Issued,2025-03-10,2 Range Rd,,"
                + "Palm Valley,CA,92260,RR,Residential Reroof,12500.00,007-123-045,33.7221,-116.3745,"
                + "Desert Sun Roofing Inc,,1009988,,,,", lines.stream().filter(line -> line.startsWith("RANGE-2,"))
                .findFirst().orElseThrow());
    }

    private static List<String> permits(Database database) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection connection = database.dataSource().getConnection();
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(PERMITS)) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= columns; i++) {
                    row.append(rs.getString(i)).append('|');
                }
                rows.add(row.toString());
            }
        }
        return rows;
    }
}
