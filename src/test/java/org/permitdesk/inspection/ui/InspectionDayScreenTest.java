package org.permitdesk.inspection.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.permitdesk.app.PermitDesk;
import org.permitdesk.inspection.Correction;
import org.permitdesk.inspection.InspectionRequest;
import org.permitdesk.inspection.InspectionRequestService;
import org.permitdesk.inspection.InspectionResult;
import org.permitdesk.inspection.InspectionType;
import org.permitdesk.inspection.TimeWindow;
import org.permitdesk.permit.Permit;
import org.permitdesk.permit.PermitAction;
import org.permitdesk.permit.TestPermits;
import org.permitdesk.testing.MutableClock;
import org.permitdesk.testing.PdfText;
import org.permitdesk.testing.ScreenCapture;
import org.permitdesk.testing.ScreenTest;
import org.permitdesk.testing.TestDb;
import org.permitdesk.testing.TestUsers;
import org.testfx.api.FxToolkit;

/**
 * An inspection day on the real screens: the supervisor assigns two requested inspections to Ray on the
 * board; next morning Ray opens "My route", records a failure with two correction items and the correction
 * notice is kept with the permit.
 */
class InspectionDayScreenTest extends ScreenTest {

    /** Monday 1 March 2027, 9:00 (the test clock's zone is UTC): requests are for Tuesday. */
    private static final MutableClock CLOCK = new MutableClock(Instant.parse("2027-03-01T09:00:00Z"));
    private static final LocalDate TUESDAY = LocalDate.of(2027, 3, 2);
    private static TestDb db;
    private static long permit;

    @BeforeAll
    static void requestTwoInspections() {
        db = TestDb.create(TestDb.Kind.H2);
        try (PermitDesk services = PermitDesk.open(db.settings(), CLOCK)) {
            services.demoData().addDemoUsers(services.staff().users());
            permit = TestPermits.create(services.context().database(), "B2703-101", "77 Ocotillo Dr", "014-320-777",
                    "Dana Reyes", "Reyes Builders");
            for (PermitAction action : List.of(PermitAction.START_REVIEW, PermitAction.APPROVE, PermitAction.ISSUE)) {
                services.permits().lifecycle().perform(permit, services.context().database().fromTransaction(
                        s -> s.find(Permit.class, permit).getVersion()), action, null, TestUsers.clerk("carmen"));
            }
            InspectionRequestService requests = services.inspections().requests();
            List<InspectionType> types = requests.typesFor(permit);
            for (String code : List.of("FOOTING", "UNDERFLOOR")) {
                long type = types.stream().filter(t -> t.getCode().equals(code)).findFirst().orElseThrow().getId();
                requests.request(permit, new InspectionRequest(type, TUESDAY, TimeWindow.AM, "Dana Reyes",
                        "(760) 555-0144", "dana@example.com", "Gate code 4411"), TestUsers.clerk("carmen"));
            }
        }
    }

    @AfterAll
    static void dropDatabase() {
        db.close();
    }

    @Test
    void theSupervisorAssignsTwoAndTheInspectorRecordsAFailureWithTwoItemsAndGetsANotice() throws Exception {
        signIn("supervisor");
        clickOn("#section-inspection_board");
        TableView<?> board = waitForTable("#boardTable", 2);
        ListView<?> inspectors = lookup("#inspectorList").query();
        waitUntil(30, () -> !inspectors.getItems().isEmpty());
        for (int row = 0; row < 2; row++) {
            int unassigned = java.util.stream.IntStream.range(0, board.getItems().size())
                    .filter(i -> !rowText(board, i).contains("Ray Whitfield")).findFirst().orElseThrow();
            interact(() -> board.getSelectionModel().select(unassigned));
            clickOn(lookup("#inspectorList .list-cell").match(cell -> ((javafx.scene.control.ListCell<?>) cell)
                    .getText() != null && ((javafx.scene.control.ListCell<?>) cell).getText().startsWith("Ray Whitfield"))
                    .<Node>query());
            type(KeyCode.ENTER);
            int assigned = row + 1;
            waitUntil(30, () -> board.getItems().stream().filter(item -> String.valueOf(item)
                    .contains("Ray Whitfield")).count() == assigned);
        }
        interact(() -> ScreenCapture.save(board.getScene(), "board-assigned"));
        assertTrue(((Label) lookup("#boardMessage").query()).getText().isEmpty()
                || !((Label) lookup("#boardMessage").query()).getText().startsWith("Could not"));
        FxToolkit.cleanupStages();

        CLOCK.advance(Duration.ofHours(22).plusMinutes(15)); // Tuesday 7:15
        signIn("inspector");
        clickOn("#section-my_route");
        TableView<?> route = waitForTable("#routeTable", 2);
        assertTrue(rowText(route, 0).contains("77 Ocotillo Dr"), rowText(route, 0));
        interact(() -> route.getSelectionModel().select(0));
        clickOn("#recordResultButton");
        waitUntil(30, () -> lookup(".dialog-pane").tryQuery().isPresent());
        Node dialog = lookup(".dialog-pane").query();
        ChoiceBox<InspectionResult> result = from(dialog).lookup("#resultChoice").query();
        assertEquals(InspectionResult.PASSED, result.getValue());
        assertTrue(from(dialog).lookup("#libraryList").query().isDisabled(),
                "no correction items asked for a pass");
        clickOn(result);
        clickOn("Failed");
        Node ok = from(dialog).lookup(".button").match(node -> "OK".equals(((javafx.scene.control.Button) node)
                .getText())).query();
        waitUntil(10, () -> ok.isDisabled() && lookup("#resultProblem").query().isVisible());
        clickOn("#resultNotes").write("Anchor bolts short");
        ListView<Correction> library = from(dialog).lookup("#libraryList").query();
        int libraryItems = library.getItems().size();
        clickOn("#libraryFilter").write("smoke alarm");
        waitUntil(10, () -> library.getItems().size() < libraryItems && !library.getItems().isEmpty());
        Correction picked = library.getItems().get(0);
        clickOn(from(library).lookup(".check-box").<Node>query());
        clickOn("#typedCorrections").write("Clear the footing trench of loose soil.");
        waitUntil(10, () -> !ok.isDisabled());
        interact(() -> ScreenCapture.save(dialog.getScene(), "record-failure"));
        interact(((javafx.scene.control.Button) ok)::fire);

        Label message = lookup("#routeMessage").query();
        waitUntil(60, () -> message.getText().contains("failed recorded"));
        assertTrue(message.getText().contains("Correction notice"), message.getText());
        interact(() -> ScreenCapture.save(route.getScene(), "route-after-failure"));

        byte[] notice = db.database().fromTransaction(s -> s.createNativeQuery(
                "SELECT content FROM permit_attachment WHERE permit_id = :id AND file_name LIKE 'Correction notice%'",
                byte[].class).setParameter("id", permit).getSingleResult());
        String text = PdfText.of(notice).replaceAll("\\s+", " ");
        for (String expected : List.of("B2703-101", "77 Ocotillo Dr", picked.codeRef(), picked.text(),
                "Clear the footing trench of loose soil.", "Anchor bolts short")) {
            assertTrue(text.contains(expected), expected + " in: " + text);
        }
        assertEquals(2L, db.database().fromTransaction(s -> s.createNativeQuery(
                "SELECT COUNT(*) FROM inspection_correction", Long.class).getSingleResult()).longValue());
    }

    private void signIn(String user) throws Exception {
        signIn(db.settings(), CLOCK, user);
    }

    private TableView<?> waitForTable(String id, int rows) {
        waitUntil(30, () -> lookup(id).tryQuery().isPresent());
        TableView<?> table = lookup(id).query();
        waitUntil(30, () -> table.getItems().size() == rows);
        return table;
    }

    private static String rowText(TableView<?> table, int row) {
        return String.valueOf(table.getItems().get(row));
    }

}
