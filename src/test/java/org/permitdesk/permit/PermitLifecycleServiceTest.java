package org.permitdesk.permit;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.permitdesk.platform.UserFacingException;
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
            lifecycle.perform(id, version(db, id), action, null, false, "carmen");
        }

        Permit finaled = permit(db, id);
        assertEquals(PermitStatus.FINALED, finaled.getStatus());
        assertEquals(LocalDate.of(2026, 11, 2), finaled.getIssuedDate());
        assertEquals(LocalDate.of(2026, 11, 2).plusDays(finaled.getType().getExpiryDays()), finaled.getExpiresDate());
        PermitDetails details = new PermitSearchService(db.database()).open(id).orElseThrow();
        assertEquals(List.of(PermitStatus.APPLIED, PermitStatus.IN_REVIEW, PermitStatus.APPROVED, PermitStatus.ISSUED,
                PermitStatus.FINALED), details.history().stream().map(PermitStatusChange::getToStatus).toList());
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
        lifecycle.perform(id, version(db, id), PermitAction.START_REVIEW, null, false, "carmen");
        lifecycle.perform(id, version(db, id), PermitAction.APPROVE, null, false, "carmen");

        PermitLifecycleService.ActionCheck issue = lifecycle.checkActions(id, false).checks().stream()
                .filter(c -> c.action() == PermitAction.ISSUE).findFirst().orElseThrow();
        UserFacingException refused = assertThrows(UserFacingException.class,
                () -> lifecycle.perform(id, version(db, id), PermitAction.ISSUE, null, false, "carmen"));

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
        lifecycle.perform(id, version(db, id), PermitAction.START_REVIEW, null, false, "carmen");

        UserFacingException clerk = assertThrows(UserFacingException.class,
                () -> lifecycle.perform(id, version(db, id), PermitAction.VOID, "Duplicate entry", false, "carmen"));
        UserFacingException noReason = assertThrows(UserFacingException.class,
                () -> lifecycle.perform(id, version(db, id), PermitAction.VOID, " ", true, "dana"));
        lifecycle.perform(id, version(db, id), PermitAction.VOID, "Duplicate of B2611-0042", true, "dana");
        Permit voided = permit(db, id);
        lifecycle.perform(id, version(db, id), PermitAction.REINSTATE, "Entered in error", true, "dana");

        assertTrue(clerk.getMessage().contains("Only a supervisor can void a permit."), clerk.getMessage());
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
            lifecycle.perform(id, version(db, id), action, null, false, "carmen");
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
                () -> lifecycle.perform(id, seen, PermitAction.FINAL, null, false, "carmen"));
    }
}
