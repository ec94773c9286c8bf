package org.permitdesk.permit.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.permitdesk.app.PermitDesk;
import org.permitdesk.permit.Permit;
import org.permitdesk.permit.PermitAction;
import org.permitdesk.permit.PermitStatus;
import org.permitdesk.permit.TestPermits;
import org.permitdesk.platform.TaskRunner;
import org.permitdesk.testing.ScreenCapture;
import org.permitdesk.testing.ScreenTest;
import org.permitdesk.testing.TestDb;
import org.permitdesk.testing.TestUsers;

/**
 * The Next steps panel as the app wires it: Final on an Electrical permit without its rough inspection is refused
 * with the missing inspections listed; once they have passed, Final asks first and Cancel leaves the permit issued.
 */
class PermitActionsScreenTest extends ScreenTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-02T17:00:00Z"), ZoneId.of("America/Los_Angeles"));
    private static TestDb db;
    private static PermitDesk services;
    private static long electrical;
    private static long waterHeater;

    @BeforeAll
    static void issueTwoPermits() {
        db = TestDb.create(TestDb.Kind.H2);
        services = PermitDesk.open(db.settings(), CLOCK);
        electrical = issued("E2611-004", "4 Volt Ave");
        waterHeater = issued("WH2611-005", "5 Boiler Rd");
        // the water heater's one required inspection (its final) has passed
        services.context().database().inTransaction(s -> s.createNativeMutationQuery("""
                        INSERT INTO inspection (permit_id, inspection_type_id, requested_date, time_window, contact_name,
                            phone, email, status, requested_by, requested_at, result, resulted_by, resulted_at, version)
                        SELECT :permit, t.id, DATE '2026-11-02', 'AM', 'Pat', '(760) 555-0101', 'pat@example.com',
                            'ASSIGNED', 'carmen', :at, 'PASSED', 'ray', :at, 0
                        FROM inspection_type t JOIN permit_type pt ON pt.id = t.permit_type_id
                        WHERE pt.code = 'WH' AND t.code = 'FINAL'""")
                .setParameter("permit", waterHeater).setParameter("at", CLOCK.instant()).executeUpdate());
    }

    private static long issued(String number, String address) {
        long id = TestPermits.create(services.context().database(), number, address, "123-456-785", "Owner Name", null);
        for (PermitAction action : List.of(PermitAction.START_REVIEW, PermitAction.APPROVE, PermitAction.ISSUE)) {
            services.permits().lifecycle().perform(id, services.context().database().fromTransaction(s -> s.find(Permit.class, id)
                    .getVersion()), action, null, TestUsers.clerk("carmen"));
        }
        return id;
    }

    @AfterAll
    static void close() {
        services.close();
        db.close();
    }

    private PermitActionsViewModel showFor(long permit) throws Exception {
        PermitActionsViewModel vm = new PermitActionsViewModel(TaskRunner.withThreadPool(Platform::runLater),
                services.permits().lifecycle(), TestUsers.clerk("carmen"), () -> { });
        show(() -> new PermitActionsView(vm), 900, 300);
        interact(() -> vm.load(permit));
        waitUntil(30, () -> lookup("#action-final").tryQuery().isPresent());
        return vm;
    }

    private static PermitStatus status(long id) {
        return services.context().database().fromTransaction(s -> s.find(Permit.class, id).getStatus());
    }

    @Test
    void finalWithoutTheRequiredInspectionsIsRefusedWithTheMissingOnesListed() throws Exception {
        showFor(electrical);

        Button finalButton = lookup("#action-final").queryButton();
        Label why = lookup("#blockers-final").query();
        assertTrue(finalButton.isDisabled(), "Final is not offered while inspections are missing");
        assertEquals("Why can't I final this? Required before final: Electrical rough (not requested), Electrical"
                + " final (not requested).", why.getText());
        assertFalse(lookup("#action-final-anyway").tryQuery().isPresent(), "a clerk has no override");
        interact(() -> ScreenCapture.save(finalButton.getScene(), "final-blocked"));
        assertEquals(PermitStatus.ISSUED, status(electrical));
    }

    @Test
    void finalAsksFirstAndCancelLeavesThePermitIssued() throws Exception {
        showFor(waterHeater);
        assertFalse(lookup("#action-final").queryButton().isDisabled());

        clickOn("#action-final");
        waitUntil(10, () -> lookup(".dialog-pane").tryQuery().isPresent());
        DialogPane dialog = lookup(".dialog-pane").query();
        assertTrue(dialog.getContentText().startsWith("Final permit WH2611-005? This closes it"), dialog.getContentText());
        interact(() -> ScreenCapture.save(dialog.getScene(), "final-confirm"));
        clickOn("Cancel");
        waitUntil(10, () -> "Not finaled.".equals(lookup("#actionMessage").queryLabeled().getText()));
        assertEquals(PermitStatus.ISSUED, status(waterHeater), "nothing happens on Cancel");

        clickOn("#action-final");
        waitUntil(10, () -> lookup(".dialog-pane").tryQuery().isPresent());
        clickOn("OK");
        waitUntil(30, () -> "Permit is now finaled.".equals(lookup("#actionMessage").queryLabeled().getText()));
        assertEquals(PermitStatus.FINALED, status(waterHeater));
    }
}
