package org.permitdesk.permit.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.permitdesk.inspection.RequiredInspectionsGuard;
import org.permitdesk.permit.Permit;
import org.permitdesk.permit.PermitAction;
import org.permitdesk.permit.PermitGuard;
import org.permitdesk.permit.PermitLifecycleService;
import org.permitdesk.permit.PermitStatus;
import org.permitdesk.permit.TestPermits;
import org.permitdesk.platform.TaskRunner;
import org.permitdesk.testing.DatabaseTest;
import org.permitdesk.testing.MutableClock;
import org.permitdesk.testing.TestDb;
import org.permitdesk.testing.TestUsers;

class PermitActionsViewModelTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-02T17:00:00Z"));

    @DatabaseTest
    void theScreenOffersTheNextStepsAndSaysWhyABlockedOneIsBlocked(TestDb db) {
        PermitGuard feesDue = (session, permit, action, today) -> action == PermitAction.ISSUE
                ? List.of("Fees due: $412.00.") : List.of();
        PermitLifecycleService lifecycle = new PermitLifecycleService(db.database(), clock, List.of(feesDue));
        long id = TestPermits.create(db.database(), "B" + UUID.randomUUID().toString().substring(0, 8), "9 Steps St",
                "123-456-781", "Owner Name", null);
        AtomicInteger reloads = new AtomicInteger();
        PermitActionsViewModel clerk = new PermitActionsViewModel(TaskRunner.sameThread(), lifecycle, TestUsers.clerk("carmen"),
                reloads::incrementAndGet);

        clerk.load(id);
        assertEquals(List.of(PermitAction.START_REVIEW), actions(clerk), "a clerk is not offered void");
        PermitActionsViewModel supervisor = new PermitActionsViewModel(TaskRunner.sameThread(), lifecycle,
                TestUsers.supervisor("dana"), () -> { });
        supervisor.load(id);
        assertEquals(List.of(PermitAction.START_REVIEW, PermitAction.VOID), actions(supervisor));
        PermitActionsViewModel inspector = new PermitActionsViewModel(TaskRunner.sameThread(), lifecycle,
                TestUsers.inspector("ray"), () -> { });
        inspector.load(id);
        assertEquals(List.of(), actions(inspector), "an inspector moves no permits: no buttons");
        assertEquals("Counter clerks and supervisors move permits along; nothing here for you to do.",
                inspector.messageProperty().get(), "the empty Next steps says why");

        clerk.perform(PermitAction.START_REVIEW, null);
        clerk.perform(PermitAction.APPROVE, null);
        assertEquals(2, reloads.get(), "the permit screen reloads after each change");
        assertEquals(List.of(PermitAction.ISSUE), actions(clerk));
        assertTrue(clerk.actions().get(0).blocked());
        assertEquals(List.of("Fees due: $412.00."), clerk.actions().get(0).blockers());

        clerk.perform(PermitAction.ISSUE, null);
        assertTrue(clerk.messageIsErrorProperty().get());
        assertTrue(clerk.messageProperty().get().contains("Fees due: $412.00."), clerk.messageProperty().get());
    }

    @DatabaseTest
    void aFinalIsConfirmedFirstAndRefusedWithTheMissingInspectionsListed(TestDb db) {
        PermitLifecycleService lifecycle = new PermitLifecycleService(db.database(), clock,
                List.of(new RequiredInspectionsGuard()));
        String number = "E" + UUID.randomUUID().toString().substring(0, 8);
        long id = TestPermits.create(db.database(), number, "11 Steps St", "123-456-784", "Owner Name", null);
        PermitActionsViewModel clerk = new PermitActionsViewModel(TaskRunner.sameThread(), lifecycle, TestUsers.clerk("carmen"),
                () -> { });
        List<String> asked = new ArrayList<>();
        clerk.setConfirmation(question -> {
            asked.add(question);
            return false;
        });
        clerk.load(id);
        clerk.perform(PermitAction.START_REVIEW, null);
        clerk.perform(PermitAction.APPROVE, null);
        clerk.perform(PermitAction.ISSUE, null);
        assertEquals(List.of(), asked, "only a final is confirmed");

        PermitActionsViewModel.ActionRow finalRow = clerk.actions().get(0);
        assertEquals(PermitAction.FINAL, finalRow.action());
        assertEquals(List.of("Required before final: Electrical rough (not requested), Electrical final (not requested)."),
                finalRow.blockers());
        assertFalse(finalRow.overridable());

        clerk.perform(PermitAction.FINAL, null);
        assertEquals(1, asked.size());
        assertTrue(asked.get(0).startsWith("Final permit " + number + "? This closes it"), asked.get(0));
        assertEquals("Not finaled.", clerk.messageProperty().get(), "Cancel: nothing happens");

        clerk.setConfirmation(question -> true);
        clerk.perform(PermitAction.FINAL, null);
        assertTrue(clerk.messageIsErrorProperty().get());
        assertTrue(clerk.messageProperty().get().contains("Required before final: Electrical rough (not requested)"),
                clerk.messageProperty().get());
        assertEquals(PermitStatus.ISSUED, db.database().fromTransaction(s -> s.find(Permit.class, id).getStatus()));

        PermitActionsViewModel supervisor = new PermitActionsViewModel(TaskRunner.sameThread(), lifecycle,
                TestUsers.supervisor("dana"), () -> { });
        supervisor.load(id);
        PermitActionsViewModel.ActionRow offered = supervisor.actions().stream()
                .filter(row -> row.action() == PermitAction.FINAL).findFirst().orElseThrow();
        assertTrue(offered.blocked() && offered.overridable(), "the supervisor is offered Final anyway…");
        supervisor.finalAnyway("Owner's electrician retired; the city engineer walked the job.");
        assertEquals("Permit is now finaled.", supervisor.messageProperty().get());
    }

    private static List<PermitAction> actions(PermitActionsViewModel vm) {
        return vm.actions().stream().map(PermitActionsViewModel.ActionRow::action).toList();
    }
}
