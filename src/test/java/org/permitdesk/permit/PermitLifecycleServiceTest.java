package org.permitdesk.permit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.permitdesk.account.cslb.CslbImportProgress;
import org.permitdesk.account.cslb.CslbImportService;
import org.permitdesk.account.cslb.CslbLicenceService;
import org.permitdesk.account.cslb.LicenceGuard;
import org.permitdesk.inspection.Correction;
import org.permitdesk.inspection.InspectionFixtures;
import org.permitdesk.inspection.InspectionResult;
import org.permitdesk.inspection.RequiredInspectionsGuard;
import org.permitdesk.inspection.TimeWindow;
import org.permitdesk.platform.UserFacingException;
import org.permitdesk.staff.NotPermittedException;
import org.permitdesk.staff.SignedInUser;
import org.permitdesk.testing.DatabaseTest;
import org.permitdesk.testing.MutableClock;
import org.permitdesk.testing.TestDb;
import org.permitdesk.testing.TestUsers;

class PermitLifecycleServiceTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-02T17:00:00Z"));

    private static long newPermit(TestDb db) {
        String number = "B" + UUID.randomUUID().toString().substring(0, 8);
        return TestPermits.create(db.database(), number, "5 Lifecycle Ln", "123-456-789", "Owner Name", null);
    }

    private static long version(TestDb db, long id) {
        return db.database().fromTransaction(s -> s.find(Permit.class, id).getVersion());
    }

    private static Permit permit(TestDb db, long id) {
        return db.database().fromTransaction(s -> s.createSelectionQuery("from Permit p join fetch p.type where p.id = :id",
                Permit.class).setParameter("id", id).getSingleResult());
    }

    @DatabaseTest
    void aPermitGoesFromAppliedToFinaledWithItsDatesAndHistory(TestDb db) {
        PermitLifecycleService lifecycle = new PermitLifecycleService(db.database(), clock, List.of());
        long id = newPermit(db);

        for (PermitAction action : List.of(PermitAction.START_REVIEW, PermitAction.APPROVE, PermitAction.ISSUE,
                PermitAction.FINAL)) {
            lifecycle.perform(id, version(db, id), action, null, TestUsers.clerk("carmen"));
        }

        Permit finaled = permit(db, id);
        assertEquals(PermitStatus.FINALED, finaled.getStatus());
        assertEquals(LocalDate.of(2026, 11, 2), finaled.getIssuedDate());
        assertEquals(LocalDate.of(2026, 11, 2).plusDays(finaled.getType().getExpiryDays()), finaled.getExpiresDate());
        PermitDetails details = new PermitSearchService(db.database()).open(id).orElseThrow();
        assertEquals(List.of(PermitStatus.APPLIED, PermitStatus.IN_REVIEW, PermitStatus.APPROVED, PermitStatus.ISSUED,
                PermitStatus.FINALED), details.history().stream().map(PermitDetails.StatusChange::toStatus).toList());
    }

    @DatabaseTest
    void aRefusedIssueListsEveryBlockerInPlainWords(TestDb db) {
        new CslbImportService(db.database(), clock).importFile(
                Path.of("..", "shared", "data", "cslb", "MasterLicenseData-sample.csv"), CslbImportProgress.NONE, TestUsers.ADMIN);
        PermitGuard feesDue = (session, permit, action, today) -> action == PermitAction.ISSUE
                ? List.of("Fees due: $412.00.") : List.of();
        PermitLifecycleService lifecycle = new PermitLifecycleService(db.database(), clock,
                List.of(feesDue, new LicenceGuard(new CslbLicenceService(db.database()))));
        long id = TestPermits.create(db.database(), "B" + UUID.randomUUID().toString().substring(0, 8), "6 Guard Way",
                "123-456-780", "Owner Name", "Residential Painting Solutions");
        db.database().inTransaction(s -> s.createNativeMutationQuery(
                "UPDATE permit_contact SET license_number = '1000089' WHERE permit_id = :id AND role = 'CONTRACTOR'")
                .setParameter("id", id).executeUpdate());
        lifecycle.perform(id, version(db, id), PermitAction.START_REVIEW, null, TestUsers.clerk("carmen"));
        lifecycle.perform(id, version(db, id), PermitAction.APPROVE, null, TestUsers.clerk("carmen"));

        PermitLifecycleService.ActionCheck issue = lifecycle.checkActions(id, TestUsers.clerk("carmen")).checks().stream()
                .filter(c -> c.action() == PermitAction.ISSUE).findFirst().orElseThrow();
        UserFacingException refused = assertThrows(UserFacingException.class,
                () -> lifecycle.perform(id, version(db, id), PermitAction.ISSUE, null, TestUsers.clerk("carmen")));

        assertEquals(2, issue.blockers().size(), issue.blockers().toString());
        assertEquals("Fees due: $412.00.", issue.blockers().get(0));
        assertTrue(issue.blockers().get(1).startsWith("Contractor: Licence 1000089 is suspended"), issue.blockers().get(1));
        assertTrue(refused.getMessage().startsWith("Cannot issue permit B"), refused.getMessage());
        assertEquals(PermitStatus.APPROVED, permit(db, id).getStatus());
    }

    @DatabaseTest
    void onlyASupervisorVoidsWithAReasonAndReinstatingRestoresTheStatusBefore(TestDb db) {
        PermitLifecycleService lifecycle = new PermitLifecycleService(db.database(), clock, List.of());
        long id = newPermit(db);
        lifecycle.perform(id, version(db, id), PermitAction.START_REVIEW, null, TestUsers.clerk("carmen"));

        UserFacingException clerk = assertThrows(UserFacingException.class,
                () -> lifecycle.perform(id, version(db, id), PermitAction.VOID, "Duplicate entry", TestUsers.clerk("carmen")));
        UserFacingException noReason = assertThrows(UserFacingException.class,
                () -> lifecycle.perform(id, version(db, id), PermitAction.VOID, " ", TestUsers.supervisor("dana")));
        lifecycle.perform(id, version(db, id), PermitAction.VOID, "Duplicate of B2611-0042", TestUsers.supervisor("dana"));
        Permit voided = permit(db, id);
        lifecycle.perform(id, version(db, id), PermitAction.REINSTATE, "Entered in error", TestUsers.supervisor("dana"));

        assertTrue(clerk.getMessage().startsWith("Voiding a permit is for supervisor or administrator; you are signed in"
                + " as Carmen"), clerk.getMessage());
        assertTrue(noReason.getMessage().contains("Give the reason"), noReason.getMessage());
        assertEquals("Duplicate of B2611-0042", voided.getVoidReason());
        assertEquals(PermitStatus.IN_REVIEW, permit(db, id).getStatus());
        assertEquals(null, permit(db, id).getVoidReason());
    }

    @DatabaseTest
    void anIssuedPermitExpiresAfterItsTypesPeriodAndAStaleScreenIsRefused(TestDb db) {
        PermitLifecycleService lifecycle = new PermitLifecycleService(db.database(), clock, List.of());
        long id = newPermit(db);
        for (PermitAction action : List.of(PermitAction.START_REVIEW, PermitAction.APPROVE, PermitAction.ISSUE)) {
            lifecycle.perform(id, version(db, id), action, null, TestUsers.clerk("carmen"));
        }
        long seen = version(db, id);
        int days = permit(db, id).getType().getExpiryDays();

        clock.advance(Duration.ofDays(days));
        lifecycle.expireOverdue("PermitDesk");
        assertEquals(PermitStatus.ISSUED, permit(db, id).getStatus(), "not on its last day");
        clock.advance(Duration.ofDays(1));
        lifecycle.expireOverdue("PermitDesk");

        assertEquals(PermitStatus.EXPIRED, permit(db, id).getStatus());
        assertThrows(UserFacingException.class,
                () -> lifecycle.perform(id, seen, PermitAction.FINAL, null, TestUsers.clerk("carmen")));
    }

    private static long issuedElectrical(TestDb db, PermitLifecycleService lifecycle) {
        long id = TestPermits.create(db.database(), "E" + UUID.randomUUID().toString().substring(0, 8), "7 Wire Way",
                "123-456-782", "Owner Name", null);
        for (PermitAction action : List.of(PermitAction.START_REVIEW, PermitAction.APPROVE, PermitAction.ISSUE)) {
            lifecycle.perform(id, version(db, id), action, null, TestUsers.clerk("carmen"));
        }
        return id;
    }

    private static PermitLifecycleService.ActionCheck check(PermitLifecycleService lifecycle, long id,
                                                            SignedInUser who, PermitAction action) {
        return lifecycle.checkActions(id, who).checks().stream().filter(c -> c.action() == action).findFirst()
                .orElseThrow();
    }

    @DatabaseTest
    void aFinalNeedsEveryRequiredInspectionPassedAndSaysWhichAreMissing(TestDb db) {
        PermitLifecycleService lifecycle = new PermitLifecycleService(db.database(), clock,
                List.of(new RequiredInspectionsGuard()));
        long id = issuedElectrical(db, lifecycle);

        PermitLifecycleService.ActionCheck clerkFinal = check(lifecycle, id, TestUsers.clerk("carmen"), PermitAction.FINAL);
        UserFacingException refused = assertThrows(UserFacingException.class,
                () -> lifecycle.perform(id, version(db, id), PermitAction.FINAL, null, TestUsers.clerk("carmen")));

        assertEquals(List.of("Required before final: Electrical rough (not requested), Electrical final (not requested)."),
                clerkFinal.blockers());
        assertFalse(clerkFinal.overridable(), "a clerk may not final without the inspections");
        assertTrue(refused.getMessage().contains("Electrical rough (not requested)"), refused.getMessage());
        assertEquals(PermitStatus.ISSUED, permit(db, id).getStatus());
        assertThrows(NotPermittedException.class,
                () -> lifecycle.finalAnyway(id, version(db, id), "Because", TestUsers.clerk("carmen")));
        assertEquals(List.of(), lifecycle.checkActions(id, TestUsers.inspector("ray")).checks(),
                "an inspector is offered no next steps");

        long rough = InspectionFixtures.type(db.database(), id, "ROUGH");
        long inspector = InspectionFixtures.inspector(db.database(), "Ray " + UUID.randomUUID());
        long visit = InspectionFixtures.assigned(db.database(), id, rough, TimeWindow.AM, inspector);
        InspectionFixtures.results(db.database(), null).record(visit, InspectionResult.FAILED, null,
                List.of(new Correction(null, "Box fill exceeded.")), TestUsers.inspector("ray"));
        assertEquals(List.of("Required before final: Electrical rough (failed), Electrical final (not requested)."),
                check(lifecycle, id, TestUsers.clerk("carmen"), PermitAction.FINAL).blockers());

        long again = InspectionFixtures.assigned(db.database(), id, rough, TimeWindow.PM, inspector);
        InspectionFixtures.results(db.database(), null).record(again, InspectionResult.PASSED, null, List.of(),
                TestUsers.inspector("ray"));
        long finalType = InspectionFixtures.type(db.database(), id, "FINAL");
        long last = InspectionFixtures.assigned(db.database(), id, finalType, TimeWindow.PM, inspector);
        db.database().inTransaction(s -> s.createNativeMutationQuery("UPDATE inspection SET result = 'PASSED'"
                + " WHERE id = :id").setParameter("id", last).executeUpdate()); // passed, not yet finaled
        assertTrue(check(lifecycle, id, TestUsers.clerk("carmen"), PermitAction.FINAL).allowed());
        lifecycle.perform(id, version(db, id), PermitAction.FINAL, null, TestUsers.clerk("carmen"));
        assertEquals(PermitStatus.FINALED, permit(db, id).getStatus());
    }

    @DatabaseTest
    void aSupervisorMayFinalWithoutTheRequiredInspectionsOnlyWithAReasonKeptInTheHistory(TestDb db) {
        PermitGuard feesDue = (session, permit, action, today) -> permit.getNumber().endsWith("-FEES")
                && action == PermitAction.FINAL ? List.of("Fees due: $80.00 \u2014 take the payment first.") : List.of();
        PermitLifecycleService lifecycle = new PermitLifecycleService(db.database(), clock,
                List.of(feesDue, new RequiredInspectionsGuard()));
        long id = issuedElectrical(db, lifecycle);

        assertTrue(check(lifecycle, id, TestUsers.supervisor("dana"), PermitAction.FINAL).overridable());
        assertFalse(check(lifecycle, id, TestUsers.ADMIN, PermitAction.FINAL).overridable(),
                "overriding is the supervisor's");
        UserFacingException plain = assertThrows(UserFacingException.class,
                () -> lifecycle.perform(id, version(db, id), PermitAction.FINAL, null, TestUsers.supervisor("dana")));
        UserFacingException noReason = assertThrows(UserFacingException.class,
                () -> lifecycle.finalAnyway(id, version(db, id), "  ", TestUsers.supervisor("dana")));
        lifecycle.finalAnyway(id, version(db, id), "Service abandoned; the utility removed the meter.",
                TestUsers.supervisor("dana"));

        assertTrue(plain.getMessage().contains("Required before final"), "Final alone never overrides");
        assertTrue(noReason.getMessage().startsWith("Give the reason"), noReason.getMessage());
        assertEquals(PermitStatus.FINALED, permit(db, id).getStatus());
        PermitDetails.StatusChange last = new PermitSearchService(db.database()).open(id).orElseThrow().history().stream()
                .reduce((a, b) -> b).orElseThrow();
        assertEquals("Final without passed Electrical rough, Electrical final: Service abandoned; the utility removed"
                + " the meter.", last.reason());
        assertEquals("dana", last.changedBy());

        long owing = TestPermits.create(db.database(), "E" + UUID.randomUUID().toString().substring(0, 6) + "-FEES",
                "8 Wire Way", "123-456-783", "Owner Name", null);
        for (PermitAction action : List.of(PermitAction.START_REVIEW, PermitAction.APPROVE, PermitAction.ISSUE)) {
            lifecycle.perform(owing, version(db, owing), action, null, TestUsers.clerk("carmen"));
        }
        assertFalse(check(lifecycle, owing, TestUsers.supervisor("dana"), PermitAction.FINAL).overridable(),
                "fees due are never overridden");
        UserFacingException fees = assertThrows(UserFacingException.class,
                () -> lifecycle.finalAnyway(owing, version(db, owing), "Owner asked", TestUsers.supervisor("dana")));
        assertTrue(fees.getMessage().contains("Fees due: $80.00"), fees.getMessage());
        assertFalse(fees.getMessage().contains("Required before final"), fees.getMessage());
        assertEquals(PermitStatus.ISSUED, permit(db, owing).getStatus());
    }
}
