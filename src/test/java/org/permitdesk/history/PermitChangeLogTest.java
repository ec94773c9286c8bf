package org.permitdesk.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.permitdesk.permit.TestPermits;
import org.permitdesk.permit.PermitLifecycleService;
import org.permitdesk.permit.PermitContact;
import org.permitdesk.permit.PermitAction;
import org.permitdesk.permit.Permit;
import org.permitdesk.inspection.Correction;
import org.permitdesk.inspection.CorrectionNoticeService;
import org.permitdesk.inspection.InspectionAssignmentService;
import org.permitdesk.inspection.InspectionFixtures;
import org.permitdesk.inspection.InspectionRequest;
import org.permitdesk.inspection.InspectionRequestService;
import org.permitdesk.inspection.InspectionResult;
import org.permitdesk.inspection.InspectionResultService;
import org.permitdesk.inspection.TimeWindow;
import org.permitdesk.permit.fee.FeeService;
import org.permitdesk.permit.fee.PaymentMethod;
import org.permitdesk.permit.review.ConditionKind;
import org.permitdesk.permit.review.PlanReviewService;
import org.permitdesk.platform.db.Database;
import org.permitdesk.platform.report.ReportTemplates;
import org.permitdesk.testing.DatabaseTest;
import org.permitdesk.testing.MutableClock;
import org.permitdesk.testing.TestDb;
import org.permitdesk.testing.TestUsers;

class PermitChangeLogTest {

    @DatabaseTest
    void everyChangeSaysWhoWhenAndOldToNew(TestDb db) {
        MutableClock clock = new MutableClock(Instant.parse("2026-11-02T17:00:00Z"));
        long id = TestPermits.create(db.database(), "B" + UUID.randomUUID().toString().substring(0, 8), "4 Audit Ave",
                "123-456-783", "Owner Name", null);
        PermitLifecycleService lifecycle = new PermitLifecycleService(db.database(), clock, List.of());
        long version = db.database().fromTransaction(s -> s.find(Permit.class, id).getVersion());
        lifecycle.perform(id, version, PermitAction.START_REVIEW, null, TestUsers.clerk("carmen"));

        List<PermitChangeLog.Change> changes = new PermitChangeLog(db.database()).changes(id);

        PermitChangeLog.Change last = changes.get(changes.size() - 1);
        assertEquals("Status", last.field());
        assertEquals("Applied", last.oldValue());
        assertEquals("In review", last.newValue());
        assertEquals("carmen", last.by());
        assertTrue(changes.stream().anyMatch(c -> c.field().equals("Number") && c.by().equals("test")),
                "the creation is listed with who created it");
    }

    @DatabaseTest
    void aChangedContactAFeeLineAPaymentANoticeAndACorrectedResultAreListedInPlainWords(TestDb db) {
        Database database = db.database();
        MutableClock clock = new MutableClock(Instant.parse("2027-03-01T17:00:00Z"));
        long id = TestPermits.create(database, "WH" + UUID.randomUUID().toString().substring(0, 8), "5 Audit Ave",
                "123-456-784", "Owner Name", null);
        PermitLifecycleService lifecycle = new PermitLifecycleService(database, clock, List.of());
        for (PermitAction action : List.of(PermitAction.START_REVIEW, PermitAction.APPROVE, PermitAction.ISSUE)) {
            lifecycle.perform(id, database.fromTransaction(s -> s.find(Permit.class, id).getVersion()), action, null,
                    TestUsers.clerk("carmen"));
        }
        database.inTransaction(session -> {
            PermitContact owner = session.createSelectionQuery("from PermitContact c where c.permit.id = :id",
                    PermitContact.class).setParameter("id", id).getSingleResult();
            owner.changeContactDetails(owner.getEmail(), "(760) 555-0199", owner.getMailingAddress());
            Database.stampAuditUser(session, "carmen");
        });
        FeeService fees = new FeeService(database, clock);
        fees.addManualFee(id, "Re-inspection fee", new BigDecimal("75.00"), "Second visit", TestUsers.supervisor("dana"));
        fees.recordPayment(id, new BigDecimal("75.00"), PaymentMethod.CASH, null, TestUsers.supervisor("dana"));
        new PlanReviewService(database, clock).addCondition(id, ConditionKind.NOTICE, "Gate code 1234", TestUsers.clerk("carmen"));
        InspectionRequestService requests = new InspectionRequestService(database, clock);
        long finalType = requests.typesFor(id).stream().filter(t -> t.getCode().equals("FINAL")).findFirst()
                .orElseThrow().getId();
        long inspection = requests.request(id, new InspectionRequest(finalType, LocalDate.of(2027, 3, 3),
                TimeWindow.AM, "Pat", "(760) 555-0101", "pat@example.com", null), TestUsers.clerk("carmen"));
        new InspectionAssignmentService(database).assign(inspection,
                InspectionFixtures.inspector(database, "Ray " + UUID.randomUUID()), TestUsers.SUPERVISOR);
        clock.advance(java.time.Duration.ofDays(2)); // the inspection's day
        InspectionResultService results = new InspectionResultService(database, lifecycle,
                new CorrectionNoticeService(database, new ReportTemplates(List.of()), "City of Palm Valley"), clock);
        results.record(inspection, InspectionResult.FAILED, "Straps missing",
                List.of(new Correction("CPC 507.2", "Strap the water heater.")), TestUsers.inspector("ray"));
        results.correct(inspection, InspectionResult.PASSED, null, List.of(), "Straps were there: wrong unit checked",
                TestUsers.supervisor("dana"));

        List<PermitChangeLog.Change> changes = new PermitChangeLog(database).changes(id);

        assertListed(changes, "Contact Owner: phone", "(760) 555-0100", "(760) 555-0199", "carmen");
        assertListed(changes, "Fee line", "—", "Re-inspection fee $75.00 (Second visit)", "dana");
        PermitChangeLog.Change payment = find(changes, "Payment");
        assertTrue(payment.newValue().matches("R\\d{4}-\\d{6} \\$75\\.00 cash"), payment.newValue());
        assertEquals("dana", payment.by());
        assertListed(changes, "Notice", "—", "Gate code 1234", "carmen");
        assertListed(changes, "Water heater final inspection: result", "Failed", "Passed", "dana");
        assertListed(changes, "Correction item", "—", "CPC 507.2 Strap the water heater.", "ray");
        assertTrue(changes.stream().anyMatch(c -> c.field().equals("Attachment") && c.newValue().endsWith(".pdf")),
                "the correction notice kept with the permit is listed by name: " + changes);
        assertListed(changes, "Contact Owner", "—", "Owner Name, (760) 555-0100, owner@example.com", "test");
    }

    private static void assertListed(List<PermitChangeLog.Change> changes, String field, String old, String now,
                                     String by) {
        PermitChangeLog.Change change = changes.stream()
                .filter(c -> c.field().equals(field) && c.oldValue().equals(old) && c.newValue().equals(now))
                .findFirst().orElseThrow(() -> new AssertionError(field + ": " + old + " → " + now + " not listed in "
                        + changes));
        assertEquals(by, change.by(), field);
    }

    private static PermitChangeLog.Change find(List<PermitChangeLog.Change> changes, String field) {
        return changes.stream().filter(c -> c.field().equals(field)).findFirst()
                .orElseThrow(() -> new AssertionError(field + " not listed in " + changes));
    }
}
