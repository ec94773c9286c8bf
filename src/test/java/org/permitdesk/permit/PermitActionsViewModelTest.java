package org.permitdesk.permit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.permitdesk.permit.ui.PermitActionsViewModel;
import org.permitdesk.platform.TaskRunner;
import org.permitdesk.testing.DatabaseTest;
import org.permitdesk.testing.MutableClock;
import org.permitdesk.testing.TestDb;

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
        PermitActionsViewModel clerk = new PermitActionsViewModel(TaskRunner.sameThread(), lifecycle, false, "carmen",
                reloads::incrementAndGet);

        clerk.load(id);
        assertEquals(List.of(PermitAction.START_REVIEW), actions(clerk), "a clerk is not offered void");
        PermitActionsViewModel supervisor = new PermitActionsViewModel(TaskRunner.sameThread(), lifecycle, true, "dana",
                () -> { });
        supervisor.load(id);
        assertEquals(List.of(PermitAction.START_REVIEW, PermitAction.VOID), actions(supervisor));

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

    private static List<PermitAction> actions(PermitActionsViewModel vm) {
        return vm.actions().stream().map(PermitActionsViewModel.ActionRow::action).toList();
    }
}
