package org.permitdesk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.permitdesk.account.AccountRequestService;
import org.permitdesk.account.AccountService;
import org.permitdesk.account.cslb.CslbImportProgress;
import org.permitdesk.account.cslb.CslbImportService;
import org.permitdesk.inspection.CityHolidayService;
import org.permitdesk.inspection.CorrectionLibraryService;
import org.permitdesk.inspection.DayPublicationService;
import org.permitdesk.inspection.InspectionAssignmentService;
import org.permitdesk.inspection.InspectionRequestService;
import org.permitdesk.inspection.InspectionSettingsService;
import org.permitdesk.inspection.InspectionTypeAdminService;
import org.permitdesk.inspection.InspectorDistrictService;
import org.permitdesk.inspection.CorrectionNoticeService;
import org.permitdesk.inspection.InspectionResult;
import org.permitdesk.inspection.InspectionResultService;
import org.permitdesk.permit.PermitAction;
import org.permitdesk.permit.PermitEditService;
import org.permitdesk.permit.PermitLifecycleService;
import org.permitdesk.permit.PermitIntakeService;
import org.permitdesk.permit.PermitTypeAdminService;
import org.permitdesk.permit.attachment.AttachmentService;
import org.permitdesk.permit.blds.BldsExportService;
import org.permitdesk.permit.blds.BldsImportService;
import org.permitdesk.permit.fee.FeeScheduleAdminService;
import org.permitdesk.permit.fee.FeeService;
import org.permitdesk.permit.fee.PaymentMethod;
import org.permitdesk.permit.review.ConditionKind;
import org.permitdesk.permit.review.PlanReviewService;
import org.permitdesk.permit.review.PlanReviewStatus;
import org.permitdesk.platform.db.Database;
import org.permitdesk.platform.report.ReportTemplates;
import org.permitdesk.platform.security.PasswordHasher;
import org.permitdesk.report.FillControl;
import org.permitdesk.report.ReportService;
import org.permitdesk.staff.NotPermittedException;
import org.permitdesk.staff.Permission;
import org.permitdesk.staff.Permissions;
import org.permitdesk.staff.Role;
import org.permitdesk.staff.SignedInUser;
import org.permitdesk.staff.StaffService;
import org.permitdesk.testing.TestDb;

/**
 * The permission table, enforced: every role × every guarded service call is refused (with the message naming who
 * may) or let through exactly as {@link Permissions} says. A call let through may still fail for other reasons here
 * (the ids are made up): what counts is that the permission check did not refuse it. Rows are added as services
 * are guarded; every {@link Permission} must have at least one call.
 */
class PermissionEnforcementTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-08T17:00:00Z"), ZoneId.of("America/Los_Angeles"));
    private static final long NO_ID = 987_654_321L;
    private static TestDb db;

    @BeforeAll
    static void open() {
        db = TestDb.create(TestDb.Kind.H2);
    }

    @AfterAll
    static void close() {
        db.close();
    }

    /** Each guarded action and the service calls that perform it. */
    private static Map<Permission, List<Consumer<SignedInUser>>> guardedCalls() {
        Database database = db.database();
        FeeService fees = new FeeService(database, CLOCK);
        PlanReviewService reviews = new PlanReviewService(database, CLOCK);
        InspectionRequestService requests = new InspectionRequestService(database, CLOCK);
        InspectionAssignmentService assignments = new InspectionAssignmentService(database, CLOCK);
        AccountService accounts = new AccountService(database, new PasswordHasher(), CLOCK);
        AccountRequestService accountRequests = new AccountRequestService(database, CLOCK);
        FeeScheduleAdminService schedule = new FeeScheduleAdminService(database);
        PermitTypeAdminService types = new PermitTypeAdminService(database);
        InspectionTypeAdminService inspectionTypes = new InspectionTypeAdminService(database);
        CorrectionLibraryService library = new CorrectionLibraryService(database);
        ReportService reports = new ReportService(database, ReportTemplates.besideTheApplication(), "Test City", CLOCK);
        Path missing = Path.of("no-such-file.csv");

        Map<Permission, List<Consumer<SignedInUser>>> calls = new EnumMap<>(Permission.class);
        add(calls, Permission.ENTER_PERMIT, who -> new PermitIntakeService(database, CLOCK).createPermit(null, who));
        add(calls, Permission.EDIT_PERMIT, who -> new PermitEditService(database).saveDetails(NO_ID, 0, null, who));
        PermitLifecycleService lifecycle = new PermitLifecycleService(database, CLOCK, List.of());
        add(calls, Permission.MOVE_PERMIT,
                who -> lifecycle.perform(NO_ID, 0, PermitAction.START_REVIEW, null, who),
                who -> lifecycle.perform(NO_ID, 0, PermitAction.APPROVE, null, who),
                who -> lifecycle.perform(NO_ID, 0, PermitAction.ISSUE, null, who),
                who -> lifecycle.perform(NO_ID, 0, PermitAction.FINAL, null, who));
        add(calls, Permission.VOID_PERMIT, who -> lifecycle.perform(NO_ID, 0, PermitAction.VOID, "Reason", who));
        add(calls, Permission.REINSTATE_PERMIT,
                who -> lifecycle.perform(NO_ID, 0, PermitAction.REINSTATE, "Reason", who));
        add(calls, Permission.OVERRIDE_FINAL, who -> lifecycle.finalAnyway(NO_ID, 0, "Reason", who));
        InspectionResultService results = new InspectionResultService(database, lifecycle,
                new CorrectionNoticeService(database, ReportTemplates.besideTheApplication(), "Test City"), CLOCK);
        add(calls, Permission.RECORD_RESULTS,
                who -> results.record(NO_ID, InspectionResult.PASSED, null, List.of(), who),
                who -> lifecycle.finalOnPassedInspection(NO_ID, who));
        add(calls, Permission.CORRECT_RESULTS,
                who -> results.correct(NO_ID, InspectionResult.PASSED, null, List.of(), "Reason", who));
        add(calls, Permission.ASSESS_FEES,
                who -> fees.assessFees(NO_ID, who),
                who -> fees.assessFees(NO_ID, null, who),
                who -> fees.addManualFee(NO_ID, "Plan check", java.math.BigDecimal.TEN, "Reason", who));
        add(calls, Permission.TAKE_PAYMENT,
                who -> fees.recordPayment(NO_ID, java.math.BigDecimal.TEN, PaymentMethod.CASH, null, who),
                who -> fees.recordPayment(NO_ID, java.math.BigDecimal.TEN, PaymentMethod.CASH, null, "Payer", who));
        add(calls, Permission.MANAGE_REVIEWS_AND_HOLDS,
                who -> reviews.startCycle(NO_ID, "Reviewer", who),
                who -> reviews.finishCycle(NO_ID, PlanReviewStatus.APPROVED, null, who),
                who -> reviews.addCondition(NO_ID, ConditionKind.HOLD, "Stop work", who),
                who -> reviews.releaseCondition(NO_ID, who));
        add(calls, Permission.ATTACH_FILES,
                who -> new AttachmentService(database, CLOCK).attach(NO_ID, missing, who));
        add(calls, Permission.REQUEST_INSPECTION, who -> requests.request(NO_ID, null, who));
        add(calls, Permission.CANCEL_INSPECTION, who -> requests.cancelByStaff(NO_ID, "Reason", who));
        add(calls, Permission.ASSIGN_INSPECTIONS,
                who -> assignments.assign(NO_ID, null, who),
                who -> assignments.propose(LocalDate.of(2026, 12, 9), who),
                who -> assignments.accept(Map.of(), who),
                who -> new DayPublicationService(database, CLOCK).publish(LocalDate.of(2026, 12, 9), who));
        add(calls, Permission.MANAGE_ACCOUNTS,
                who -> accounts.createAccount(null, who, null),
                who -> accounts.issueNewTemporaryPassword(NO_ID, who),
                who -> accounts.updateAccount(NO_ID, 0, null, who),
                who -> accounts.setDisabled(NO_ID, 0, true, who),
                who -> accountRequests.linkToExisting(NO_ID, NO_ID, who),
                who -> accountRequests.reject(NO_ID, "Reason", who),
                who -> accountRequests.markNeedsInfo(NO_ID, "Phone", who),
                who -> accountRequests.markNotAnAccountRequest(NO_ID, who),
                who -> accountRequests.reopen(NO_ID, who));
        add(calls, Permission.MANAGE_STAFF,
                who -> new StaffService(database, new PasswordHasher(), CLOCK).createUser("x", "X", "", EnumSet.of(Role.CLERK), who));
        add(calls, Permission.EDIT_FEE_SCHEDULES,
                who -> schedule.add(NO_ID, "Fee", java.math.BigDecimal.ONE, null, who),
                who -> schedule.change(NO_ID, 0, "Fee", java.math.BigDecimal.ONE, null, who),
                who -> schedule.retire(NO_ID, 0, who),
                who -> types.save(NO_ID, 0, null, who),
                who -> types.addSubtype(NO_ID, "Sub", who));
        add(calls, Permission.EDIT_SETTINGS,
                who -> new InspectionSettingsService(database).save(null, "1", "1", "15:00", who),
                who -> inspectionTypes.add(NO_ID, "X", "X", false, who),
                who -> inspectionTypes.change(NO_ID, 0, "X", false, who),
                who -> inspectionTypes.move(NO_ID, 0, 1, who),
                who -> inspectionTypes.takeOut(NO_ID, 0, who),
                who -> inspectionTypes.restore(NO_ID, 0, who),
                who -> library.add("X", "X", who),
                who -> library.change(NO_ID, 0, "X", "X", who),
                who -> library.takeOut(NO_ID, 0, who),
                who -> library.restore(NO_ID, 0, who),
                who -> new CityHolidayService(database, CLOCK).add(LocalDate.of(2027, 3, 3), "X", who),
                who -> new CityHolidayService(database, CLOCK).remove(LocalDate.of(2027, 3, 3), who),
                who -> new InspectorDistrictService(database).setDistrict(NO_ID, 0, "NE", who));
        add(calls, Permission.IMPORT_DATA,
                who -> new BldsImportService(database, CLOCK).importFile(missing, false, rows -> { }, who),
                who -> new CslbImportService(database, CLOCK).importFile(missing, CslbImportProgress.NONE, who));
        add(calls, Permission.EXPORT_DATA,
                who -> new BldsExportService(database).export(missing, null, null, who),
                who -> reports.load(null, who),
                who -> reports.fill(null, new FillControl(), who),
                who -> reports.write(null, null, missing, new FillControl(), who));
        return calls;
    }

    @SafeVarargs
    private static void add(Map<Permission, List<Consumer<SignedInUser>>> calls, Permission action,
                            Consumer<SignedInUser>... call) {
        calls.computeIfAbsent(action, a -> new ArrayList<>()).addAll(List.of(call));
    }

    @Test
    void everyRoleIsRefusedOrLetThroughExactlyAsTheTableSays() {
        Map<Permission, List<Consumer<SignedInUser>>> calls = guardedCalls();
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (Map.Entry<Permission, List<Consumer<SignedInUser>>> entry : calls.entrySet()) {
            Permission action = entry.getKey();
            for (Role role : Role.values()) {
                SignedInUser who = new SignedInUser(0, "perm-" + role.name().toLowerCase(), "Pat " + role.label(),
                        EnumSet.of(role));
                boolean allowed = Permissions.of(role).contains(action);
                for (int i = 0; i < entry.getValue().size(); i++) {
                    checked++;
                    boolean refused = refused(entry.getValue().get(i), who);
                    if (refused == allowed) {
                        wrong.add(action + " call " + (i + 1) + " as " + role + ": "
                                + (refused ? "refused, but the table allows it" : "let through, but the table says no"));
                    }
                }
            }
        }
        assertEquals(List.of(), wrong);
        assertTrue(checked > 300, "checked " + checked + " role × call pairs");
    }

    @Test
    void everyGuardedActionHasAServiceCallThatChecksIt() {
        assertEquals(EnumSet.allOf(Permission.class), EnumSet.copyOf(guardedCalls().keySet()));
    }

    @Test
    void aRefusalSaysWhoMay() {
        SignedInUser inspector = new SignedInUser(0, "ray", "Ray Whitfield", EnumSet.of(Role.INSPECTOR));
        try {
            new FeeService(db.database(), CLOCK).recordPayment(NO_ID, java.math.BigDecimal.TEN, PaymentMethod.CASH,
                    null, inspector);
            fail("an inspector took a payment");
        } catch (NotPermittedException refused) {
            assertEquals("Taking a payment is for counter clerk or supervisor; you are signed in as Ray Whitfield "
                    + "(Inspector).", refused.getMessage());
        }
    }

    private static boolean refused(Consumer<SignedInUser> call, SignedInUser who) {
        try {
            call.accept(who);
            return false;
        } catch (NotPermittedException e) {
            return true;
        } catch (RuntimeException e) { // made-up ids and arguments: anything but a refusal means it was let through
            return false;
        }
    }
}
