package org.permitdesk.report.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.permitdesk.permit.TestPermits;
import org.permitdesk.platform.TaskRunner;
import org.permitdesk.platform.report.ReportTemplates;
import org.permitdesk.report.ReportFormat;
import org.permitdesk.report.ReportKind;
import org.permitdesk.report.ReportService;
import org.permitdesk.testing.DatabaseTest;
import org.permitdesk.testing.PdfText;
import org.permitdesk.testing.TestDb;
import org.permitdesk.testing.TestUsers;

class ReportsViewModelTest {

    /** Monday 15 March 2027, in the city. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2027-03-15T17:00:00Z"),
            ZoneId.of("America/Los_Angeles"));
    private static final ReportService NO_DATABASE = new ReportService(null, new ReportTemplates(List.of()),
            "City of Palm Valley", CLOCK);

    @Test
    void periodsIncludeBothEndDaysAndTypingADaySwitchesToOtherDays() {
        ReportsViewModel reports = new ReportsViewModel(TaskRunner.sameThread(), NO_DATABASE, CLOCK, pdf -> { }, TestUsers.SUPERVISOR);
        assertEquals(LocalDate.of(2027, 3, 1), reports.parameters().fromProperty().get());
        assertEquals(LocalDate.of(2027, 3, 15), reports.parameters().toProperty().get());
        reports.parameters().periodProperty().set(ReportPeriod.LAST_MONTH);
        assertEquals(LocalDate.of(2027, 2, 1), reports.parameters().fromProperty().get());
        assertEquals(LocalDate.of(2027, 2, 28), reports.parameters().toProperty().get());
        reports.parameters().periodProperty().set(ReportPeriod.LAST_YEAR);
        assertEquals(LocalDate.of(2026, 12, 31), reports.parameters().toProperty().get());
        reports.parameters().fromProperty().set(LocalDate.of(2026, 7, 1));
        assertEquals(ReportPeriod.CUSTOM, reports.parameters().periodProperty().get());
        assertEquals(LocalDate.of(2026, 12, 31), reports.parameters().toProperty().get());
    }

    @Test
    void badParametersAreListedWithHowToFixThemAndNothingIsRun() {
        ReportsViewModel reports = new ReportsViewModel(TaskRunner.sameThread(), NO_DATABASE, CLOCK, pdf -> { }, TestUsers.SUPERVISOR);
        assertEquals("", reports.parameters().problemsProperty().get());
        reports.parameters().fromProperty().set(LocalDate.of(2027, 4, 1));
        assertEquals("The first day 2027-04-01 is after the last day 2027-03-15: swap them.",
                reports.parameters().problemsProperty().get());
        reports.run();
        assertFalse(reports.hasReportProperty().get());
        assertEquals("", reports.statusProperty().get());

        reports.parameters().dateTyped("Last day", "3/45/2027");
        assertTrue(reports.parameters().problemsProperty().get().startsWith("Last day: 3/45/2027 is not a date: March 2027 has 31 days."),
                reports.parameters().problemsProperty().get());
        reports.parameters().dateTyped("Last day", null);
        reports.parameters().fromProperty().set(LocalDate.of(2027, 3, 1));
        assertEquals("", reports.parameters().problemsProperty().get());

        reports.parameters().kindProperty().set(ReportKind.EXPIRING);
        reports.parameters().daysProperty().set("a month");
        assertTrue(reports.parameters().problemsProperty().get().startsWith("Days ahead must be a whole number from 1 to 365"),
                reports.parameters().problemsProperty().get());
        reports.parameters().daysProperty().set("400");
        assertTrue(reports.parameters().problemsProperty().get().contains("from 1 to 365"), reports.parameters().problemsProperty().get());
        reports.parameters().daysProperty().set("30");
        assertEquals("", reports.parameters().problemsProperty().get());
    }

    @DatabaseTest
    void theIssuedFinaledReportIsShownPageByPageSavedAndPrinted(TestDb db, @TempDir Path folder) throws Exception {
        String issued = issuedPermit(db, LocalDate.of(2027, 3, 1));
        issuedPermit(db, LocalDate.of(2027, 2, 28));
        List<Path> opened = new ArrayList<>();
        ReportsViewModel reports = new ReportsViewModel(TaskRunner.sameThread(), service(db), CLOCK, opened::add, TestUsers.SUPERVISOR);
        reports.load();

        reports.run();

        assertTrue(reports.statusProperty().get().startsWith("Permits issued and finaled, 2027-03-01 to 2027-03-15: "
                + "1 issued, 0 finaled \u2014 "), reports.statusProperty().get());
        assertFalse(reports.statusIsErrorProperty().get());
        assertEquals(1, reports.pageProperty().get());
        assertNotNull(reports.pageImageProperty().get());
        assertTrue(reports.pageImageProperty().get().getWidth() > 600);

        Path csv = folder.resolve("issued.csv");
        reports.save(ReportFormat.CSV, csv);
        List<String> lines = Files.readAllLines(csv);
        assertTrue(lines.get(0).replace("\uFEFF", "").startsWith(
                "section,permit_number,permit_type,site_address,issued_date,finaled_date,valuation"), lines.get(0));
        assertEquals(2, lines.size(), lines.toString());
        assertTrue(lines.get(1).startsWith("ISSUED," + issued + ","), lines.get(1));
        assertEquals("Saved " + csv + ".", reports.statusProperty().get());

        reports.print();
        assertEquals(1, opened.size());
        assertTrue(PdfText.of(Files.readAllBytes(opened.get(0))).contains(issued));
    }

    @DatabaseTest
    void aCancelledReportSaysSoAndKeepsWhatWasShown(TestDb db) {
        List<Runnable> queued = new ArrayList<>();
        ReportsViewModel reports = new ReportsViewModel(new TaskRunner(queued::add, Runnable::run), service(db), CLOCK,
                pdf -> { }, TestUsers.SUPERVISOR);
        reports.run();
        assertTrue(reports.busyProperty().get());
        reports.cancel();
        queued.remove(0).run();

        assertFalse(reports.busyProperty().get());
        assertTrue(reports.statusProperty().get().startsWith("Cancelled"), reports.statusProperty().get());
        assertFalse(reports.statusIsErrorProperty().get());
        assertNull(reports.pageImageProperty().get());
    }

    private static ReportService service(TestDb db) {
        return new ReportService(db.database(), new ReportTemplates(List.of()), "City of Palm Valley", CLOCK);
    }

    private static String issuedPermit(TestDb db, LocalDate issuedOn) {
        String number = "B" + UUID.randomUUID().toString().substring(0, 8);
        long id = TestPermits.create(db.database(), number, "9 Report Way", "123-456-799", "Owner", null);
        db.database().inTransaction(session -> session.createNativeMutationQuery(
                "UPDATE permit SET status = 'ISSUED', issued_date = :day WHERE id = :id")
                .setParameter("day", issuedOn).setParameter("id", id).executeUpdate());
        return number;
    }
}
