package org.permitdesk.account.cslb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.io.TempDir;
import org.permitdesk.testing.DatabaseTest;
import org.permitdesk.testing.MutableClock;
import org.permitdesk.testing.TestDb;
import org.permitdesk.testing.TestUsers;

class CslbImportServiceTest {

    static final String SAMPLE = "MasterLicenseData-sample.csv";

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-29T08:00:00Z"));

    @TempDir
    Path folder;

    @DatabaseTest
    void importsEveryLicenceOfTheRealSampleAndFindsThemByNumber(TestDb db) throws IOException {
        List<long[]> progress = new ArrayList<>();
        CslbImportResult result = importer(db).importFile(write("sample.csv", sampleLines()),
                (lines, bytes, total) -> progress.add(new long[] {lines, bytes, total}), TestUsers.ADMIN);

        assertEquals(123, result.imported());
        assertEquals(0, result.rejectedCount());
        assertEquals(123, licences(db).count());
        assertEquals("123 licences", db.database().text("SELECT new_value FROM audit_change WHERE subject ="
                + " 'CSLB licence file imported' ORDER BY id DESC").orElse("no trace of the import"));
        long[] last = progress.get(progress.size() - 1);
        assertEquals(123, last[0]);
        assertEquals(last[2], last[1], "the last report says the whole file was read");

        LicenceStatus nerelli = licences(db).find("1000015").orElseThrow();
        assertEquals(new LicenceStatus("1000015", "NERELLI WELDING INC", "CLEAR", "C60, C51", LocalDate.of(2021, 1, 31),
                "Leasing Firm, Temp Agency, etc", LocalDate.of(2021, 2, 1), null), nerelli);
        assertEquals(Optional.of(nerelli), licences(db).find("01000015"), "leading zeros do not matter");
        assertEquals("Licence 1000089 is suspended: no valid contractor's bond (CSLB status \"Contr Bond Susp\").",
                licences(db).find("1000089").orElseThrow().problem(LocalDate.of(2020, 11, 20)).orElseThrow());
        assertEquals(Optional.empty(), licences(db).find("1000007").orElseThrow().problem(LocalDate.of(2020, 11, 20)),
                "inactive in 2015, reactivated in 2018: in good standing");
        assertEquals(Optional.empty(), licences(db).find("9999999"));
        assertEquals(Optional.empty(), licences(db).find("10000A5"));
        assertEquals(Optional.empty(), licences(db).find(""));
    }

    @DatabaseTest
    void linesThatCannotBeStoredAreSkippedAndReportedWithTheirLineNumber(TestDb db) throws IOException {
        List<String> lines = sampleLines();
        lines.set(2, lines.get(2).replaceFirst("^1000003,", "10000A3,"));
        lines.set(4, lines.get(4).replaceFirst(",01/31/2021,", ",31/01/2021,"));
        lines.set(6, lines.get(6).substring(0, lines.get(6).indexOf(",CLEAR,")));
        lines.add(9, "");
        lines.add(lines.get(0).replace("STOKES JOHN R", "STOKES JOHN R AGAIN"));

        CslbImportResult result = importer(db).importFile(write("some-bad.csv", lines), CslbImportProgress.NONE, TestUsers.ADMIN);

        assertEquals(120, result.imported());
        assertEquals(4, result.rejectedCount());
        assertEquals(List.of(
                new RejectedLine(3, "licence number \"10000A3\" is not 1 to 8 digits"),
                new RejectedLine(5, "expiration date \"31/01/2021\" is not a date on the calendar (MM/DD/YYYY)"),
                new RejectedLine(7, "has 21 columns, expected 52"),
                new RejectedLine(125, "licence number 1000001 is listed again (its first line was imported)")),
                result.rejected());
        assertEquals(120, licences(db).count());
        assertEquals("STOKES JOHN R", licences(db).find("1000001").orElseThrow().businessName());
        assertEquals(Optional.empty(), licences(db).find("1000005"), "line 5 was not stored");
    }

    @DatabaseTest
    void aNewImportReplacesEveryStoredLicence(TestDb db) throws IOException {
        importer(db).importFile(write("first.csv", sampleLines()), CslbImportProgress.NONE, TestUsers.ADMIN);
        List<String> fewer = new ArrayList<>(sampleLines().subList(0, 50));
        fewer.set(0, fewer.get(0).replace("STOKES JOHN R", "STOKES CONSTRUCTION"));
        clock.advance(Duration.ofDays(7));

        CslbImportResult result = importer(db).importFile(write("second.csv", fewer), CslbImportProgress.NONE, TestUsers.ADMIN);

        assertEquals(50, result.imported());
        assertEquals(50, licences(db).count());
        assertEquals("STOKES CONSTRUCTION", licences(db).find("1000001").orElseThrow().businessName());
        assertEquals(Optional.empty(), licences(db).find("1000182"), "a licence missing from the new file is gone");
        assertEquals(clock.instant(), db.database().fromTransaction(session -> session.createSelectionQuery(
                "select min(l.importedAt) from CslbLicence l", Instant.class).getSingleResult()));
    }

    @DatabaseTest
    void aFileThatIsNotAMasterFileIsRefusedAndTheStoredLicencesAreKept(TestDb db) throws IOException {
        importer(db).importFile(write("sample.csv", sampleLines()), CslbImportProgress.NONE, TestUsers.ADMIN);

        byte[] zip = {'P', 'K', 3, 4, 20, 0, 6, 0, 8, 0, 0, 0, 33, 0};
        Path spreadsheet = Files.write(folder.resolve("licences.xlsx"), zip);
        assertRefused(db, spreadsheet, "is a binary file");
        assertRefused(db, write("permits.csv", List.of("number,type,address", "B2611-001,Building,1 Main St",
                "B2611-002,Building,2 Main St")), "0 of its first 3 lines are licence lines (line 1: has 3 columns,"
                + " expected 52)");
        assertRefused(db, write("empty.csv", List.of()), "is empty");
        assertRefused(db, folder.resolve("missing.csv"), "no such file");
        assertRefused(db, write("quote.csv", List.of(sampleLines().get(0), "1000002,\"never closed,x")),
                "is not a valid CSV file: a quote opened on line 2 is never closed.");
        // Issue 17, item 12: a quote left open is not read to the end of a huge file (it ran out of memory).
        assertRefused(db, write("open-quote.csv", List.of(sampleLines().get(0), "1000002,\"" + "x".repeat(3_000_000),
                        sampleLines().get(1))),
                "is not a valid CSV file: the row starting on line 2 is longer than 1 MB: is a quote (\") left open?");

        List<String> goodThenBad = new ArrayList<>();
        for (int i = 0; i < 110; i++) {
            goodThenBad.add(sampleLines().get(0).replaceFirst("^1000001,", (5_000_000 + i) + ","));
        }
        for (int i = 0; i < 300; i++) {
            goodThenBad.add((6_000_000 + i) + ",only,four,columns");
        }
        assertRefused(db, write("good-then-bad.csv", goodThenBad), "is not a CSLB licence master file: 300 of its 410"
                + " lines are not licence lines (first: line 111: has 4 columns, expected 52).");
    }

    private void assertRefused(TestDb db, Path file, String expected) {
        NotAMasterFileException refusal = assertThrows(NotAMasterFileException.class,
                () -> importer(db).importFile(file, CslbImportProgress.NONE, TestUsers.ADMIN));
        assertTrue(refusal.getMessage().contains(expected), refusal.getMessage());
        assertEquals(123, licences(db).count(), "the licences stored before are kept");
        assertEquals("STOKES JOHN R", licences(db).find("1000001").orElseThrow().businessName());
        assertEquals(Optional.empty(), licences(db).find("5000000"));
    }

    private CslbImportService importer(TestDb db) {
        return new CslbImportService(db.database(), clock);
    }

    private static CslbLicenceService licences(TestDb db) {
        return new CslbLicenceService(db.database());
    }

    private Path write(String name, List<String> lines) throws IOException {
        return Files.write(folder.resolve(name), lines, StandardCharsets.UTF_8);
    }

    /** The 123 lines of the real sample file. */
    static List<String> sampleLines() {
        try (InputStream in = CslbImportServiceTest.class.getResourceAsStream(SAMPLE)) {
            return new ArrayList<>(new String(in.readAllBytes(), StandardCharsets.US_ASCII).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
