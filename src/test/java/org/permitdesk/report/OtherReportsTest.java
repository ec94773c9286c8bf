package org.permitdesk.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.permitdesk.report.IssuedFinaledReportTest.money;
import static org.permitdesk.report.IssuedFinaledReportTest.service;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.permitdesk.permit.fee.PaymentMethod;
import org.permitdesk.testing.DatabaseTest;
import org.permitdesk.testing.PdfText;
import org.permitdesk.testing.TestDb;
import org.permitdesk.testing.TestUsers;

/**
 * Inspections by inspector, expiring permits and fees collected against direct SQL over the same records. The
 * service's clock is 2031-06-15 in Los Angeles ({@link IssuedFinaledReportTest#CLOCK}).
 */
class OtherReportsTest {

    @TempDir
    Path folder;

    @DatabaseTest
    void inspectionsAreCountedByInspectorAndResultAsTheRecordsSay(TestDb db) throws SQLException, IOException {
        try (ReportFixtures fixtures = new ReportFixtures(db.database())) {
            long permit = fixtures.permit("INS-1", "B", "ISSUED", LocalDate.of(2040, 1, 2), null, null, money("100"));
            long ana = fixtures.inspector("ana.report", "Ana Report");
            long bo = fixtures.inspector("bo.report", "Bo Report");
            fixtures.inspection(permit, LocalDate.of(2040, 2, 1), ana, "ASSIGNED", "PASSED");
            fixtures.inspection(permit, LocalDate.of(2040, 2, 29), ana, "ASSIGNED", "FAILED");
            fixtures.inspection(permit, LocalDate.of(2040, 2, 10), ana, "ASSIGNED", "PASSED");
            fixtures.inspection(permit, LocalDate.of(2040, 2, 10), bo, "ASSIGNED", null);
            fixtures.inspection(permit, LocalDate.of(2040, 2, 11), null, "CANCELLED", null);
            fixtures.inspection(permit, LocalDate.of(2040, 3, 1), bo, "ASSIGNED", "PASSED");
            fixtures.inspection(permit, LocalDate.of(2040, 1, 31), bo, "ASSIGNED", "PASSED");
        }
        ReportRequest february = ReportRequest.inspections(LocalDate.of(2040, 2, 1), LocalDate.of(2040, 2, 29));

        InspectionsData data = (InspectionsData) service(db).load(february, TestUsers.SUPERVISOR);

        assertEquals(List.of(new InspectionsData.Count("Ana Report", "Failed", 1),
                new InspectionsData.Count("Ana Report", "Passed", 2),
                new InspectionsData.Count("Bo Report", "No result yet", 1),
                new InspectionsData.Count("Not assigned", "Request cancelled", 1)), data.counts());
        assertEquals(sqlLong(db, "SELECT COUNT(*) FROM inspection WHERE requested_date BETWEEN ? AND ?",
                february.from(), february.to()), data.total());
        Path pdf = folder.resolve("inspections.pdf");
        service(db).write(february, ReportFormat.PDF, pdf, new FillControl(), TestUsers.SUPERVISOR);
        IssuedFinaledReportTest.keepPicture(pdf, db);
        String text = PdfText.of(Files.readAllBytes(pdf));
        assertTrue(text.contains("All inspections: 5"), text);
        assertTrue(text.contains("Ana Report"), text);
    }

    @DatabaseTest
    void expiringListsIssuedPermitsFromTodayToTodayPlusNDays(TestDb db) throws SQLException, IOException {
        LocalDate today = LocalDate.of(2031, 6, 15);
        try (ReportFixtures fixtures = new ReportFixtures(db.database())) {
            fixtures.permit("EXP-yesterday", "B", "ISSUED", today.minusDays(300), null, today.minusDays(1), money("1"));
            fixtures.permit("EXP-today", "B", "ISSUED", today.minusDays(300), null, today, money("1"));
            fixtures.permit("EXP-day30", "E", "ISSUED", today.minusDays(300), null, today.plusDays(30), money("1"));
            fixtures.permit("EXP-day31", "E", "ISSUED", today.minusDays(300), null, today.plusDays(31), money("1"));
            fixtures.permit("EXP-finaled", "E", "FINALED", today.minusDays(300), today.minusDays(3), today.plusDays(3),
                    money("1"));
        }

        ExpiringData data = (ExpiringData) service(db).load(ReportRequest.expiring(30), TestUsers.SUPERVISOR);

        assertEquals(List.of("EXP-today", "EXP-day30"),
                data.permits().stream().map(ExpiringData.Expiring::permitNumber).toList());
        assertEquals(List.of(0L, 30L), data.permits().stream().map(ExpiringData.Expiring::daysLeft).toList());
        assertEquals(sqlLong(db, "SELECT COUNT(*) FROM permit WHERE status = 'ISSUED' AND expires_date BETWEEN ? AND ?",
                today, today.plusDays(30)), data.permits().size());
        Path csv = folder.resolve("expiring.csv");
        service(db).write(ReportRequest.expiring(30), ReportFormat.CSV, csv, new FillControl(), TestUsers.SUPERVISOR);
        List<String> lines = Files.readAllLines(csv);
        assertEquals("permit_number,permit_type,site_address,issued_date,expires_date,days_left", lines.get(0));
        assertTrue(lines.get(2).startsWith("EXP-day30,E,") && lines.get(2).endsWith(",2031-07-15,30"), lines.get(2));
    }

    @DatabaseTest
    void longListsAsSpreadsheetsHaveTheirHeadingsOnce(TestDb db) throws IOException {
        LocalDate today = LocalDate.of(2031, 6, 15);
        try (ReportFixtures fixtures = new ReportFixtures(db.database())) {
            for (int i = 0; i < 120; i++) {
                fixtures.permit("EXPL-%03d".formatted(i), "B", "ISSUED", today.minusDays(300), null,
                        today.plusDays(i % 20), money("1"));
            }
            long permit = fixtures.permit("FEEL-1", "B", "ISSUED", LocalDate.of(2042, 1, 2), null, null, money("1"));
            for (int i = 0; i < 90; i++) {
                fixtures.payment(permit, "1.00", "CASH", utc(2042, 1, 5, 17, i % 60), "R2042-%06d".formatted(i));
            }
        }
        Path expiring = folder.resolve("expiring.xlsx");
        Path fees = folder.resolve("fees.xlsx");

        service(db).write(ReportRequest.expiring(30), ReportFormat.XLSX, expiring, new FillControl(), TestUsers.SUPERVISOR);
        service(db).write(ReportRequest.feesCollected(LocalDate.of(2042, 1, 5), LocalDate.of(2042, 1, 5)),
                ReportFormat.XLSX, fees, new FillControl(), TestUsers.SUPERVISOR);

        List<String> expiringCells = IssuedFinaledReportTest.xlsxCells(expiring);
        assertEquals(1, expiringCells.stream().filter("Days left"::equals).count(), expiringCells.toString());
        assertEquals(120, expiringCells.stream().filter(cell -> cell.startsWith("EXPL-")).count());
        List<String> feeCells = IssuedFinaledReportTest.xlsxCells(fees);
        assertEquals(1, feeCells.stream().filter("Check no. / ref."::equals).count(), feeCells.toString());
        assertEquals(90, feeCells.stream().filter(cell -> cell.startsWith("R2042-")).count());
        assertTrue(PdfText.of(pdf(db, ReportRequest.expiring(30))).split("Days left", -1).length - 1 >= 2,
                "the PDF repeats the column header on each page");
    }

    private byte[] pdf(TestDb db, ReportRequest request) throws IOException {
        Path file = folder.resolve("repeat.pdf");
        service(db).write(request, ReportFormat.PDF, file, new FillControl(), TestUsers.SUPERVISOR);
        return Files.readAllBytes(file);
    }

    /** Los Angeles is UTC-8 in December: 23:30 local on the last day is 07:30 UTC the next day. */
    @DatabaseTest
    void feesAreCollectedByTheCitysDayAndMethod(TestDb db) throws SQLException, IOException {
        try (ReportFixtures fixtures = new ReportFixtures(db.database())) {
            long permit = fixtures.permit("FEE-1", "B", "ISSUED", LocalDate.of(2041, 11, 1), null, null, money("1"));
            fixtures.payment(permit, "10.00", "CASH", utc(2041, 12, 1, 8, 5), "R2041-000001");   // Dec 1 00:05
            fixtures.payment(permit, "20.00", "CARD", utc(2041, 12, 1, 7, 55), "R2041-000002");  // Nov 30 23:55
            fixtures.payment(permit, "30.50", "CHECK", utc(2041, 12, 3, 18, 0), "R2041-000003");
            fixtures.payment(permit, "40.00", "CASH", utc(2041, 12, 3, 7, 30), "R2041-000004");  // Dec 2 23:30
            fixtures.payment(permit, "50.00", "CASH", utc(2041, 12, 3, 8, 0), "R2041-000005");   // Dec 3 00:00
            fixtures.payment(permit, "60.00", "CARD", utc(2041, 12, 4, 8, 0), "R2041-000006");   // Dec 4 00:00
        }
        ReportRequest request = ReportRequest.feesCollected(LocalDate.of(2041, 12, 1), LocalDate.of(2041, 12, 3));

        FeesCollectedData data = (FeesCollectedData) service(db).load(request, TestUsers.SUPERVISOR);

        assertEquals(List.of("R2041-000001", "R2041-000004", "R2041-000005", "R2041-000003"),
                data.payments().stream().map(FeesCollectedData.Collected::receiptNumber).toList());
        assertEquals(List.of(LocalDate.of(2041, 12, 1), LocalDate.of(2041, 12, 2), LocalDate.of(2041, 12, 3),
                LocalDate.of(2041, 12, 3)), data.payments().stream().map(FeesCollectedData.Collected::day).toList());
        assertEquals(Map.of(PaymentMethod.CASH, new BigDecimal("100.00"), PaymentMethod.CHECK, new BigDecimal("30.50"),
                PaymentMethod.CARD, new BigDecimal("0.00")), data.totalsByMethod());
        assertEquals(sqlMoney(db, utc(2041, 12, 1, 8, 0), utc(2041, 12, 4, 8, 0)), data.total());
        Path pdf = folder.resolve("fees.pdf");
        service(db).write(request, ReportFormat.PDF, pdf, new FillControl(), TestUsers.SUPERVISOR);
        IssuedFinaledReportTest.keepPicture(pdf, db);
        String text = PdfText.of(Files.readAllBytes(pdf)).replace(" ", "");
        assertTrue(text.contains("Totalcollected$130.50"), text);
        assertTrue(text.contains("DaytotalDec3,2041$80.50"), text);
        assertTrue(text.contains("Cash$100.00"), text);
    }

    private static OffsetDateTime utc(int year, int month, int day, int hour, int minute) {
        return OffsetDateTime.of(year, month, day, hour, minute, 0, 0, ZoneOffset.UTC);
    }

    private static long sqlLong(TestDb db, String sql, Object... values) throws SQLException {
        return ((Number) sqlValue(db, sql, values)).longValue();
    }

    private static BigDecimal sqlMoney(TestDb db, OffsetDateTime from, OffsetDateTime until) throws SQLException {
        return ((BigDecimal) sqlValue(db, "SELECT SUM(amount) FROM payment WHERE received_at >= ? AND received_at < ?",
                from, until)).setScale(2);
    }

    private static Object sqlValue(TestDb db, String sql, Object... values) throws SQLException {
        try (Connection connection = db.database().dataSource().getConnection();
             PreparedStatement query = connection.prepareStatement(sql)) {
            List<Object> all = new ArrayList<>(List.of(values));
            for (int i = 0; i < all.size(); i++) {
                query.setObject(i + 1, all.get(i));
            }
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                return rs.getObject(1);
            }
        }
    }
}
