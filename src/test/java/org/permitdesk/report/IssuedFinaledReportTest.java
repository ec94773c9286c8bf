package org.permitdesk.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.io.TempDir;
import org.permitdesk.platform.UserFacingException;
import org.permitdesk.platform.report.ReportTemplates;
import org.permitdesk.report.IssuedFinaledData.PermitLine;
import org.permitdesk.report.IssuedFinaledData.Section;
import org.permitdesk.testing.DatabaseTest;
import org.permitdesk.testing.PdfText;
import org.permitdesk.testing.TestDb;
import org.permitdesk.testing.TestUsers;

/**
 * The issued / finaled report against the permit records: counts equal a direct SQL count for the same range
 * (end days included, a permit issued and finaled in the range in both lists), the type filter, the CSV columns,
 * the totals in the PDF, the XLSX rows, a broken template and cancelling. Each test uses its own year.
 */
class IssuedFinaledReportTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2031-06-15T18:00:00Z"), ZoneId.of("America/Los_Angeles"));

    @TempDir
    Path folder;

    static ReportService service(TestDb db) {
        return new ReportService(db.database(), new ReportTemplates(List.of()), "City of Test", CLOCK);
    }

    /** March 2031: issued on both end days, outside on both sides, issued and finaled inside, finaled on both ends. */
    private static void march(TestDb db, int year) {
        String y = Integer.toString(year);
        try (ReportFixtures fixtures = new ReportFixtures(db.database())) {
            fixtures.permit(y + "-B-before", "B", "ISSUED", LocalDate.of(year, 2, 28), null, null, money("1000"), money("10"));
            fixtures.permit(y + "-B-first", "B", "ISSUED", LocalDate.of(year, 3, 1), null, null, money("25000"),
                    money("500"), money("45.50"));
            fixtures.permit(y + "-E-last", "E", "EXPIRED", LocalDate.of(year, 3, 31), null, null, null, money("120"));
            fixtures.permit(y + "-B-after", "B", "ISSUED", LocalDate.of(year, 4, 1), null, null, money("9000"), money("90"));
            fixtures.permit(y + "-E-both", "E", "FINALED", LocalDate.of(year, 3, 10), LocalDate.of(year, 3, 20),
                    null, money("3000"), money("75"));
            fixtures.permit(y + "-B-finlast", "B", "FINALED", LocalDate.of(year, 1, 5), LocalDate.of(year, 3, 31),
                    null, money("80000"), money("900"));
            fixtures.permit(y + "-P-finfirst", "P", "FINALED", LocalDate.of(year - 1, 12, 1), LocalDate.of(year, 3, 1),
                    null, money("4000"), money("60"));
            fixtures.permit(y + "-P-finafter", "P", "FINALED", LocalDate.of(year, 3, 2), LocalDate.of(year, 4, 1),
                    null, money("5000"), money("70"));
        }
    }

    @DatabaseTest
    void countsEqualADirectSqlCountIncludingBothEndDaysAndPermitsIssuedAndFinaledInTheRange(TestDb db)
            throws SQLException {
        march(db, 2031);
        LocalDate from = LocalDate.of(2031, 3, 1);
        LocalDate to = LocalDate.of(2031, 3, 31);

        IssuedFinaledData data = (IssuedFinaledData) service(db).load(ReportRequest.issuedFinaled(from, to, List.of()), TestUsers.SUPERVISOR);

        assertEquals(sqlCount(db, "issued_date", from, to, null), data.issued().size());
        assertEquals(sqlCount(db, "finaled_date", from, to, null), data.finaled().size());
        assertEquals(List.of("2031-B-first", "2031-P-finafter", "2031-E-both", "2031-E-last"), numbers(data.issued()));
        assertEquals(List.of("2031-P-finfirst", "2031-E-both", "2031-B-finlast"), numbers(data.finaled()));
        assertEquals("Expired", data.issued().get(3).status(), "the list shows the status now");
        IssuedFinaledData again = (IssuedFinaledData) service(db).load(ReportRequest.issuedFinaled(from, to, List.of()), TestUsers.SUPERVISOR);
        assertEquals(data, again, "the same range gives the same report");
    }

    @DatabaseTest
    void aTypeFilterCountsOnlyThoseTypesAndTheSummaryAddsUpToTheRecords(TestDb db) throws SQLException {
        march(db, 2032);
        LocalDate from = LocalDate.of(2032, 3, 1);
        LocalDate to = LocalDate.of(2032, 3, 31);

        IssuedFinaledData data = (IssuedFinaledData) service(db)
                .load(ReportRequest.issuedFinaled(from, to, List.of("e", " P ")), TestUsers.SUPERVISOR);

        assertEquals(sqlCount(db, "issued_date", from, to, List.of("E", "P")), data.issued().size());
        assertEquals(sqlCount(db, "finaled_date", from, to, List.of("E", "P")), data.finaled().size());
        assertEquals(List.of("2032-P-finafter", "2032-E-both", "2032-E-last"), numbers(data.issued()));
        assertEquals(List.of("E", "P"), data.byType().stream().map(IssuedFinaledData.TypeTotals::typeCode).toList());
        assertEquals(new BigDecimal("8000.00"), data.issuedValuation());
        assertEquals(new BigDecimal("265.00"), data.issuedFees());
        assertEquals(sqlSum(db, from, to, "p.valuation"), data.issuedValuation());
        assertEquals(sqlSum(db, from, to, "f.amount"), data.issuedFees());
        assertEquals("E Electrical, P Plumbing", data.typesText());
    }

    @DatabaseTest
    void thePublicWebViewsListsHaveTheReportsRowsAndCountsWithoutFees(TestDb db) throws SQLException {
        march(db, 2047);
        ReportRequest request = ReportRequest.issuedFinaled(LocalDate.of(2047, 3, 1), LocalDate.of(2047, 3, 31),
                List.of("E", "P"));
        IssuedFinaledData report = (IssuedFinaledData) service(db).load(request, TestUsers.SUPERVISOR);
        IssuedFinaledData shown;
        try (java.sql.Connection connection = db.database().dataSource().getConnection()) {
            shown = IssuedFinaledData.loadPublic(connection, request);
            connection.rollback();
        }
        assertEquals(report.issued(), shown.issued());
        assertEquals(report.finaled(), shown.finaled());
        assertEquals(report.byType().stream().map(t -> t.typeCode() + " " + t.issued() + " " + t.finaled()).toList(),
                shown.byType().stream().map(t -> t.typeCode() + " " + t.issued() + " " + t.finaled()).toList());
        assertEquals(new BigDecimal("0.00"), shown.issuedFees(), "the public views have no fees");
    }

    @DatabaseTest
    void theCsvHasExactlyTheAgreedColumnsAndOneRowPerPermitPerSection(TestDb db) throws IOException {
        march(db, 2033);
        Path file = folder.resolve("march.csv");

        service(db).write(ReportRequest.issuedFinaled(LocalDate.of(2033, 3, 1), LocalDate.of(2033, 3, 31), List.of()),
                ReportFormat.CSV, file, new FillControl(), TestUsers.SUPERVISOR);

        List<String> lines = Files.readAllLines(file);
        assertEquals("section,permit_number,permit_type,site_address,issued_date,finaled_date,valuation", lines.get(0));
        assertEquals(1 + 4 + 3, lines.size());
        assertTrue(lines.contains("ISSUED,2033-E-both,E," + address(lines, "2033-E-both") + ",2033-03-10,2033-03-20,3000.00"),
                String.join("\n", lines));
        assertTrue(lines.contains("FINALED,2033-E-both,E," + address(lines, "2033-E-both") + ",2033-03-10,2033-03-20,3000.00"));
        assertTrue(lines.contains("ISSUED,2033-E-last,E," + address(lines, "2033-E-last") + ",2033-03-31,,"));
    }

    @DatabaseTest
    void thePdfShowsTheCountsAndTotals(TestDb db) throws IOException {
        march(db, 2034);
        Path file = folder.resolve("march.pdf");

        service(db).write(ReportRequest.issuedFinaled(LocalDate.of(2034, 3, 1), LocalDate.of(2034, 3, 31), List.of()),
                ReportFormat.PDF, file, new FillControl(), TestUsers.SUPERVISOR);

        keepPicture(file, db);
        String text = PdfText.of(Files.readAllBytes(file));
        assertTrue(text.contains("City of Test"), text);
        assertTrue(text.contains("Issued or finaled 2034-03-01 to 2034-03-31 (both days included)"), text);
        assertTrue(text.contains("4 issued · 3 finaled"), text);
        assertTrue(text.contains("Total 4 $33,000.00 $810.50 3"), text);
        assertTrue(text.contains("Permits issued (4)"), text);
        assertTrue(text.contains("Permits finaled (3)"), text);
        String last = text.lines().filter(line -> line.contains("2034-E-last")).findFirst().orElseThrow();
        assertTrue(last.contains("2034-03-31") && last.contains("Expired"), last);
        String both = text.lines().filter(line -> line.contains("2034-E-both")).findFirst().orElseThrow();
        assertTrue(both.contains("2034-03-10") && both.contains("Finaled") && both.contains("$3,000.00"), both);
    }

    @DatabaseTest
    void theSpreadsheetOpensWithThePermitsInIt(TestDb db) throws IOException {
        march(db, 2035);
        Path file = folder.resolve("march.xlsx");

        service(db).write(ReportRequest.issuedFinaled(LocalDate.of(2035, 3, 1), LocalDate.of(2035, 3, 31), List.of()),
                ReportFormat.XLSX, file, new FillControl(), TestUsers.SUPERVISOR);

        List<String> cells = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = workbook.getSheetAt(0);
            for (Row row : sheet) {
                for (Cell cell : row) {
                    cells.add(cell.toString());
                }
            }
        }
        assertTrue(cells.contains("2035-B-first"), cells.toString());
        assertTrue(cells.contains("2035-P-finfirst"), cells.toString());
        assertEquals(2, cells.stream().filter("2035-E-both"::equals).count(), cells.toString());
        assertTrue(cells.contains("Permits issued (4)"), cells.toString());
        assertTrue(cells.stream().noneMatch(cell -> cell.startsWith("Page ")), "no page footers in a spreadsheet");
    }

    @DatabaseTest
    void aLongSpreadsheetHasEachListsHeadingsOnceWhileThePdfRepeatsThemOnEachPage(TestDb db) throws IOException {
        try (ReportFixtures fixtures = new ReportFixtures(db.database())) {
            for (int i = 0; i < 150; i++) {
                boolean finaled = i % 3 == 0;
                fixtures.permit("2039-L-%03d".formatted(i), "B", finaled ? "FINALED" : "ISSUED",
                        LocalDate.of(2039, 1, 1).plusDays(i), finaled ? LocalDate.of(2039, 8, 1).plusDays(i) : null,
                        null, money("1000"), money("10"));
            }
        }
        ReportRequest year = ReportRequest.issuedFinaled(LocalDate.of(2039, 1, 1), LocalDate.of(2039, 12, 31), List.of());
        Path xlsx = folder.resolve("long.xlsx");
        Path pdf = folder.resolve("long.pdf");

        service(db).write(year, ReportFormat.XLSX, xlsx, new FillControl(), TestUsers.SUPERVISOR);
        service(db).write(year, ReportFormat.PDF, pdf, new FillControl(), TestUsers.SUPERVISOR);

        List<String> cells = xlsxCells(xlsx);
        assertEquals(1, cells.stream().filter("Permits issued (150)"::equals).count(), cells.toString());
        assertEquals(1, cells.stream().filter("Permits finaled (50)"::equals).count(), cells.toString());
        assertEquals(2, cells.stream().filter("Site address"::equals).count(), "one heading row per list");
        assertEquals(150 + 50, cells.stream().filter(cell -> cell.startsWith("2039-L-")).count());
        String text = PdfText.of(Files.readAllBytes(pdf));
        assertTrue(text.split("Site address", -1).length - 1 >= 4, "the PDF repeats the headings on each page");
    }

    /** The text of every cell of a spreadsheet's first sheet, row by row. */
    static List<String> xlsxCells(Path file) throws IOException {
        List<String> cells = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            for (Row row : workbook.getSheetAt(0)) {
                for (Cell cell : row) {
                    cells.add(cell.toString());
                }
            }
        }
        return cells;
    }

    @DatabaseTest
    void aScreenFillsOnceFollowingThePagesAndSavesTheSameRowsAsTheCommandLine(TestDb db) throws IOException {
        march(db, 2038);
        ReportRequest request = ReportRequest.issuedFinaled(LocalDate.of(2038, 3, 1), LocalDate.of(2038, 3, 31), List.of());
        List<Integer> pages = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.io.ByteArrayOutputStream csv = new java.io.ByteArrayOutputStream();
        java.io.ByteArrayOutputStream pdf = new java.io.ByteArrayOutputStream();

        try (FilledReport report = service(db).fill(request, new FillControl(pages::add), TestUsers.SUPERVISOR)) {
            service(db).export(report, ReportFormat.CSV, csv);
            service(db).export(report, ReportFormat.PDF, pdf);
            assertEquals(1, report.pageCount());
            assertEquals(7, report.data().rowCount());
        }

        assertEquals(List.of(1), pages);
        Path file = folder.resolve("same.csv");
        service(db).write(request, ReportFormat.CSV, file, new FillControl(), TestUsers.SUPERVISOR);
        assertEquals(Files.readString(file), csv.toString(java.nio.charset.StandardCharsets.UTF_8));
        assertTrue(PdfText.of(pdf.toByteArray()).contains("Permits finaled (3)"));
    }

    @DatabaseTest
    void aBrokenAdjustedTemplateIsNamedWithItsMistake(TestDb db) throws IOException {
        Path adjusted = Files.createDirectories(folder.resolve("reports"));
        Files.writeString(adjusted.resolve("issued-finaled.jrxml"), Files.readString(Path.of("reports/issued-finaled.jrxml"))
                .replace("$F{permitNumber}]]>", "$F{permitNumbr}]]>"));
        ReportService service = new ReportService(db.database(), new ReportTemplates(List.of(adjusted)), "City", CLOCK);

        UserFacingException failure = assertThrows(UserFacingException.class, () -> service.fill(
                ReportRequest.issuedFinaled(LocalDate.of(2036, 1, 1), LocalDate.of(2036, 1, 31), List.of()),
                new FillControl(), TestUsers.SUPERVISOR));

        assertTrue(failure.getMessage().startsWith("The report template " + adjusted.resolve("issued-finaled.jrxml")
                + " has a mistake: "), failure.getMessage());
        assertTrue(failure.getMessage().contains("permitNumbr"), failure.getMessage());
    }

    @DatabaseTest
    void aCancelledFillStopsWithASayingSo(TestDb db) {
        FillControl control = new FillControl();
        control.cancel();

        ReportCancelledException failure = assertThrows(ReportCancelledException.class, () -> service(db).fill(
                ReportRequest.issuedFinaled(LocalDate.of(2037, 1, 1), LocalDate.of(2037, 1, 31), List.of()), control, TestUsers.SUPERVISOR));

        assertEquals("The report was cancelled before it was finished.", failure.getMessage());
    }

    @DatabaseTest
    void anUnknownTypeCodeIsRefusedNamingTheKnownOnes(TestDb db) {
        UserFacingException failure = assertThrows(UserFacingException.class, () -> service(db).load(
                ReportRequest.issuedFinaled(LocalDate.of(2037, 1, 1), LocalDate.of(2037, 1, 31), List.of("B", "ZZ")), TestUsers.SUPERVISOR));

        assertTrue(failure.getMessage().startsWith("Unknown permit type code ZZ. Use one of "), failure.getMessage());
        assertTrue(failure.getMessage().contains("B, "), failure.getMessage());
    }

    /** With {@code -Dpermitdesk.screenshots=DIR}, keeps the PDF there to look at. */
    static void keepPicture(Path pdf, TestDb db) throws IOException {
        String folder = System.getProperty("permitdesk.screenshots");
        if (folder != null) {
            Files.createDirectories(Path.of(folder));
            Files.copy(pdf, Path.of(folder, db.label() + "-" + pdf.getFileName()),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static String address(List<String> lines, String number) {
        return lines.stream().filter(line -> line.contains("," + number + ",")).findFirst().orElseThrow().split(",")[3];
    }

    private static List<String> numbers(List<PermitLine> lines) {
        return lines.stream().map(PermitLine::permitNumber).toList();
    }

    static long sqlCount(TestDb db, String column, LocalDate from, LocalDate to, List<String> types) throws SQLException {
        String sql = "SELECT COUNT(*) FROM permit p JOIN permit_type t ON t.id = p.permit_type_id WHERE p." + column
                + " BETWEEN ? AND ?" + (types == null ? "" : " AND t.code IN ('" + String.join("','", types) + "')");
        try (Connection connection = db.database().dataSource().getConnection();
             PreparedStatement query = connection.prepareStatement(sql)) {
            query.setObject(1, from);
            query.setObject(2, to);
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** The sum of {@code expression} over the E and P permits issued in the range (fee lines joined for fees). */
    private static BigDecimal sqlSum(TestDb db, LocalDate from, LocalDate to, String expression) throws SQLException {
        String join = expression.startsWith("f.") ? " JOIN permit_fee_line f ON f.permit_id = p.id" : "";
        String sql = "SELECT COALESCE(SUM(" + expression + "), 0) FROM permit p JOIN permit_type t ON t.id = p.permit_type_id"
                + join + " WHERE p.issued_date BETWEEN ? AND ? AND t.code IN ('E', 'P')";
        try (Connection connection = db.database().dataSource().getConnection();
             PreparedStatement query = connection.prepareStatement(sql)) {
            query.setObject(1, from);
            query.setObject(2, to);
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                return rs.getBigDecimal(1).setScale(2);
            }
        }
    }

    static BigDecimal money(String amount) {
        return new BigDecimal(amount);
    }
}
