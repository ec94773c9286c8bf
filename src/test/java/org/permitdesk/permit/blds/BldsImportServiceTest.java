package org.permitdesk.permit.blds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.io.TempDir;
import org.permitdesk.permit.ContactRole;
import org.permitdesk.history.PermitChangeLog;
import org.permitdesk.permit.PermitContact;
import org.permitdesk.permit.PermitDetails;
import org.permitdesk.permit.PermitSearchResult;
import org.permitdesk.permit.PermitSearchService;
import org.permitdesk.permit.PermitStatus;
import org.permitdesk.permit.PermitSummary;
import org.permitdesk.platform.db.Database;
import org.permitdesk.testing.DatabaseTest;
import org.permitdesk.testing.TestDb;
import org.permitdesk.testing.TestUsers;

/** Each test uses its own permit numbers: the tests of this class share one database per kind. */
class BldsImportServiceTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T18:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path folder;

    @DatabaseTest
    void importsBothOpenDataFilesAndTheSearchFindsTheirPermitsByNumberAddressAndParcel(TestDb db) {
        Database database = db.database();
        BldsImportResult burlington = service(db).importFile(BldsFiles.BURLINGTON, false, rows -> { }, TestUsers.ADMIN);
        BldsImportResult nashville = service(db).importFile(BldsFiles.NASHVILLE, false, rows -> { }, TestUsers.ADMIN);

        assertEquals(4_670, burlington.imported(), burlington.rejected().toString());
        assertEquals(5_994, nashville.imported(), nashville.rejected().toString());
        assertEquals(0, burlington.rejectedCount() + nashville.rejectedCount());
        assertTrue(burlington.newTypes().contains("SO Other Single Detached Dwelling"), burlington.newTypes().toString());
        PermitSearchService search = new PermitSearchService(database);

        PermitDetails deck = only(search, "24-019651", "24-019651");
        assertEquals("1268 ABBEY CRT.", deck.permit().site().addressLine());
        assertEquals(PermitStatus.FINALED, deck.permit().status());
        assertEquals("Final", deck.permit().statusText());
        assertEquals(LocalDate.of(2024, 11, 4), deck.permit().finaledDate());
        assertEquals(new BigDecimal("20000.00"), deck.permit().valuation());
        assertEquals("Other Single Detached Dwelling", deck.permit().typeName());
        assertEquals(List.of(PermitStatus.APPLIED, PermitStatus.ISSUED, PermitStatus.FINALED),
                deck.history().stream().map(PermitDetails.StatusChange::toStatus).toList());
        assertTrue(numbers(search.search("1268 abbey")).contains("24-019651"));

        PermitDetails addition = only(search, "D2020068970", "D2020068970");
        assertEquals("06308004200", addition.permit().site().parcelNumber(), "leading zero kept");
        assertEquals(36.22895523, addition.permit().site().latitude());
        assertEquals("Old Hickory", addition.permit().site().city());
        assertEquals(PermitStatus.APPLIED, addition.permit().status());
        assertEquals("Application Entered", addition.permit().statusText());
        assertEquals("MUSIC CITY HANDYMEN LLC", addition.contacts().get(0).businessName());
        assertEquals(ContactRole.CONTRACTOR, addition.contacts().get(0).role());
        assertTrue(numbers(search.search("06308004200")).contains("D2020068970"), "found by parcel");
        assertTrue(numbers(search.search("4004 university")).contains("D2020068970"), "found by address");
        assertTrue(numbers(search.search("music city handymen")).contains("D2020068970"), "found by contractor");
    }

    @DatabaseTest
    void anInvalidRowStopsTheWholeImportAndEveryProblemIsListedWithItsLine(TestDb db) {
        Path file = BldsFiles.write(folder, "bad.csv",
                BldsFiles.row("ZBAD-0001", "1 Good St"),
                BldsFiles.row("ZBAD-0002", "2 Good St").replace("2025-03-03", "2025-02-30"),
                BldsFiles.row("", "3 No Number St"),
                BldsFiles.row("ZBAD-0001", "4 Repeat St"),
                BldsFiles.row("ZBAD-0005", "5 Cost St").replace("\"12,500.00\"", "about 12k"),
                BldsFiles.row("ZBAD-0006", "6 Short St").replace(",1009988", ""),
                BldsFiles.row("ZBAD-0007", "7 Good St"));

        BldsImportResult result = service(db).importFile(file, false, rows -> { }, TestUsers.ADMIN);

        assertTrue(result.refused());
        assertEquals(0, result.imported());
        assertEquals(List.of("line 3: AppliedDate \"2025-02-30\" is not a date (YYYY-MM-DD)",
                "line 4: no PermitNum",
                "line 5: PermitNum \"ZBAD-0001\" is repeated (first on line 2)",
                "line 6: EstProjectCost \"about 12k\" is not an amount",
                "line 7: has 20 values, the header has 21 columns"),
                result.rejected().stream().map(RejectedRow::toString).toList());
        assertEquals(List.of(), numbers(new PermitSearchService(db.database()).search("ZBAD")), "nothing imported");
        assertFalse(Files.exists(folder.resolve("bad.csv.rejects.csv")));
    }

    @DatabaseTest
    void withSkipInvalidTheValidRowsAreImportedAndTheRejectsWrittenBesideTheFile(TestDb db) throws IOException {
        Path file = BldsFiles.write(folder, "skip.csv",
                BldsFiles.row("ZSKIP-01", "1 Valid Way"),
                BldsFiles.row("ZSKIP-02", "2 Valid Way").replace("2025-03-10,,Issued", "03/10/2025,,Issued"),
                BldsFiles.row("ZSKIP-03", "3 Valid Way"));

        BldsImportResult result = service(db).importFile(file, true, rows -> { }, TestUsers.ADMIN);

        assertEquals(2, result.imported());
        assertEquals(1, result.rejectedCount());
        Path rejects = folder.resolve("skip.csv.rejects.csv");
        assertEquals(Optional.of(rejects), result.rejectsFile());
        List<String> lines = Files.readAllLines(rejects);
        assertEquals(BldsFiles.HEADER + ",RejectReason", lines.get(0));
        assertEquals(BldsFiles.row("ZSKIP-02", "2 Valid Way").replace("2025-03-10,,Issued", "03/10/2025,,Issued")
                + ",\"line 3: IssuedDate \"\"03/10/2025\"\" is not a date (YYYY-MM-DD)\"", lines.get(1));
        assertEquals(2, lines.size());
        assertEquals(List.of("ZSKIP-01", "ZSKIP-03"), numbers(new PermitSearchService(db.database()).search("zskip")));
    }

    @DatabaseTest
    void aPermitNumberAlreadyStoredIsRejected(TestDb db) {
        service(db).importFile(BldsFiles.write(folder, "first.csv", BldsFiles.row("ZAGAIN-1", "9 Once Rd")), false,
                rows -> { }, TestUsers.ADMIN);
        Path second = BldsFiles.write(folder, "second.csv", BldsFiles.row("ZAGAIN-2", "9 Once Rd"),
                BldsFiles.row("ZAGAIN-1", "9 Once Rd"));

        BldsImportResult result = service(db).importFile(second, false, rows -> { }, TestUsers.ADMIN);

        assertEquals(List.of(new RejectedRow(3, "PermitNum \"ZAGAIN-1\" is already in the database")), result.rejected());
        assertEquals(List.of("ZAGAIN-1"), numbers(new PermitSearchService(db.database()).search("zagain")));
    }

    @DatabaseTest
    void filesThatAreNotBldsAreRefusedBeforeAnythingIsStored(TestDb db) throws IOException {
        Path noNumber = Files.write(folder.resolve("cslb.csv"), List.of("LicenseNo,BusinessName", "1009988,Desert Sun"));
        Path noDates = Files.write(folder.resolve("nodates.csv"), List.of("PermitNum,OriginalAddress1", "X-1,1 Main"));
        Path binary = Files.write(folder.resolve("permits.xlsx"), new byte[] {0x50, 0x4b, 3, 4, 0, 0, 8, 0});
        Path unclosed = Files.write(folder.resolve("quote.csv"),
                List.of(BldsFiles.HEADER, "Q-1,\"Reroof, never closed,2025-03-03"));

        assertEquals(noNumber + " is not a BLDS permit file: its first line has no PermitNum column (it starts"
                + " \"LicenseNo,BusinessName\").", refusal(db, noNumber));
        assertTrue(refusal(db, noDates).contains("has no AppliedDate or IssuedDate column"), refusal(db, noDates));
        assertTrue(refusal(db, binary).contains("is a binary file"), refusal(db, binary));
        assertTrue(refusal(db, unclosed).startsWith(unclosed + " is not a valid CSV file: a quote opened on line 2"),
                refusal(db, unclosed));
        assertEquals(List.of(), numbers(new PermitSearchService(db.database()).search("Q-1")));

        // Issue 17, item 12: a quote left open is not read to the end of a huge file (it ran out of memory).
        Path openQuote = Files.write(folder.resolve("open-quote.csv"),
                List.of(BldsFiles.HEADER, "Q-2,\"Reroof " + "x".repeat(3_000_000), "Q-3,Reroof,2025-03-03"));
        assertEquals(openQuote + " is not a valid CSV file: the row starting on line 2 is longer than 1 MB: is a quote"
                + " (\") left open?", refusal(db, openQuote));
    }

    private String refusal(TestDb db, Path file) {
        return assertThrows(NotBldsFileException.class, () -> service(db).importFile(file, true, rows -> { }, TestUsers.ADMIN))
                .getMessage();
    }

    @DatabaseTest
    void anImportedPermitHasACreatingRevisionAndALaterChangeToItsContractorShowsTheImportedValue(TestDb db) {
        Database database = db.database();
        service(db).importFile(BldsFiles.write(folder, "audit.csv", BldsFiles.row("ZAUDIT-1", "3 Trail Rd")), false,
                rows -> { }, TestUsers.ADMIN);
        long id = database.fromTransaction(session -> session.createSelectionQuery(
                "select p.id from Permit p where p.number = 'ZAUDIT-1'", Long.class).getSingleResult());
        database.inTransaction(session -> {
            PermitContact contractor = session.createSelectionQuery("from PermitContact c where c.permit.id = :id",
                    PermitContact.class).setParameter("id", id).getSingleResult();
            contractor.changeContactDetails("office@desertsun.example", contractor.getPhone(),
                    contractor.getMailingAddress());
            Database.stampAuditUser(session, "carmen");
        });

        List<PermitChangeLog.Change> changes = new PermitChangeLog(database).changes(id);

        assertTrue(changes.stream().anyMatch(c -> c.field().equals("Number") && c.newValue().equals("ZAUDIT-1")
                && c.by().equals("blds-import") && c.at().equals(CLOCK.instant())), changes.toString());
        assertTrue(changes.stream().anyMatch(c -> c.field().equals("Contact Contractor: email")
                && c.oldValue().equals("—") && c.newValue().equals("office@desertsun.example")
                && c.by().equals("carmen")), changes.toString());
        assertTrue(changes.stream().anyMatch(c -> c.field().equals("Contact Contractor") && c.oldValue().equals("—")
                && c.newValue().contains("Desert Sun Roofing Inc") && c.by().equals("blds-import")),
                "the imported contractor is listed as added with the permit: " + changes);
    }

    private static BldsImportService service(TestDb db) {
        return new BldsImportService(db.database(), CLOCK);
    }

    private static PermitDetails only(PermitSearchService search, String typed, String number) {
        PermitSearchResult result = search.search(typed);
        PermitSummary found = result.permits().stream().filter(p -> p.number().equals(number)).findFirst()
                .orElseThrow(() -> new AssertionError(typed + " did not find " + number + ": " + result.permits()));
        return search.open(found.id()).orElseThrow();
    }

    private static List<String> numbers(PermitSearchResult result) {
        return result.permits().stream().map(PermitSummary::number).sorted().toList();
    }
}
