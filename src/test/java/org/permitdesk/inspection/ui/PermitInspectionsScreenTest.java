package org.permitdesk.inspection.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.permitdesk.inspection.Correction;
import org.permitdesk.inspection.InspectionFixtures;
import org.permitdesk.inspection.InspectionRequest;
import org.permitdesk.inspection.InspectionRequestService;
import org.permitdesk.inspection.InspectionResult;
import org.permitdesk.inspection.InspectionResultService;
import org.permitdesk.inspection.InspectionRow;
import org.permitdesk.inspection.TimeWindow;
import org.permitdesk.permit.attachment.AttachmentService;
import org.permitdesk.platform.TaskRunner;
import org.permitdesk.testing.ScreenCapture;
import org.permitdesk.testing.ScreenTest;
import org.permitdesk.testing.TestDb;
import org.permitdesk.testing.TestUsers;

/**
 * The permit's inspections on screen: framing failed with two items (notice kept), its reinspection passed, the
 * insulation inspection requested. The clerk picks the failure, reads the items and opens the notice.
 * Pictures with {@code -Dpermitdesk.screenshots=DIR}.
 */
class PermitInspectionsScreenTest extends ScreenTest {

    private static final TaskRunner TASKS = TaskRunner.withThreadPool(Platform::runLater);
    private static TestDb db;
    private static long permit;
    private static long failed;

    @TempDir
    static Path folder;

    @BeforeAll
    static void failThenPass() {
        db = TestDb.create(TestDb.Kind.H2);
        var database = db.database();
        long ray = InspectionFixtures.inspector(database, "Ray Whitfield");
        String username = database.fromTransaction(s -> s.createNativeQuery(
                "SELECT username FROM staff_user WHERE id = :id", String.class).setParameter("id", ray).getSingleResult());
        permit = InspectionFixtures.issuedPermit(database, "77 Ocotillo Dr", 33.73, -116.36, null);
        long framing = InspectionFixtures.type(database, permit, "FRAMING");
        InspectionResultService results = InspectionFixtures.results(database, null);
        failed = InspectionFixtures.assigned(database, permit, framing, TimeWindow.AM, ray);
        results.record(failed, InspectionResult.FAILED, "Smoke alarms missing upstairs; bolts short at the garage.",
                List.of(new Correction("CRC R314.3", "Install smoke alarms in each sleeping room, outside each sleeping"
                        + " area and on each story."), new Correction(null, "Anchor bolts missing at the garage wall.")),
                InspectionFixtures.signedIn(ray, username));
        long passed = InspectionFixtures.assigned(database, permit, framing, TimeWindow.PM, ray);
        results.record(passed, InspectionResult.PASSED, null, List.of(), InspectionFixtures.signedIn(ray, username));
        new InspectionRequestService(database, InspectionFixtures.CLOCK).request(permit, new InspectionRequest(
                InspectionFixtures.type(database, permit, "INSULATION"), InspectionFixtures.DAY.plusDays(1), TimeWindow.AM,
                "Dana Reyes", "(760) 555-0144", "dana@example.com", "Gate code 4411"), TestUsers.clerk("carmen"));
    }

    @AfterAll
    static void dropDatabase() {
        db.close();
        TASKS.close();
    }

    @Test
    void theClerkSeesEachResultAndOpensTheFailuresNotice() throws Exception {
        AttachmentService attachments = new AttachmentService(db.database(), InspectionFixtures.CLOCK);
        List<Path> opened = new CopyOnWriteArrayList<>();
        PermitInspectionsViewModel vm = new PermitInspectionsViewModel(TASKS,
                new InspectionRequestService(db.database(), InspectionFixtures.CLOCK), TestUsers.clerk("carmen"),
                attachment -> attachments.writeOut(attachment, folder), opened::add);
        show(() -> new PermitInspectionsView(vm), 1100, 420);
        interact(() -> vm.load(permit));
        TableView<InspectionRow> table = lookup("#inspectionTable").queryTableView();
        waitUntil(30, () -> table.getItems().size() == 3);
        assertEquals(List.of("", "Passed", "Failed \u00b7 notice"), List.of(resultText(0), resultText(1),
                resultText(2)), "newest first");
        assertTrue(resultCell(1).getStyleClass().contains("result-passed"));
        assertTrue(resultCell(2).getStyleClass().contains("result-failed"));
        Button openNotice = lookup("#openNoticeButton").queryButton();
        assertFalse(openNotice.isVisible(), "nothing to open before a row is chosen");

        clickOn(resultCell(2));
        Label details = lookup("#inspectionDetails").query();
        waitUntil(5, () -> details.getText().contains("Failed"));
        assertTrue(details.getText().startsWith("Framing, Mar 2, 2027 AM: Failed \u2014 recorded by Ray Whitfield"),
                details.getText());
        assertTrue(details.getText().contains("\u2022 CRC R314.3 \u2014 Install smoke alarms"), details.getText());
        assertTrue(details.getText().contains("\u2022 Anchor bolts missing at the garage wall."), details.getText());
        assertTrue(openNotice.isVisible());
        interact(() -> ScreenCapture.save(table.getScene(), "permit-inspection-history"));

        clickOn(openNotice);
        waitUntil(30, () -> opened.size() == 1);
        assertTrue(opened.get(0).getFileName().toString().startsWith("Correction notice "), opened.toString());
        assertTrue(((Label) lookup("#inspectionMessage").query()).getText()
                .startsWith("Opened the correction notice of the framing inspection"));
    }

    private String resultText(int row) {
        return java.util.Objects.toString(resultCell(row).getText(), "");
    }

    /** The Result cell of the table's row (0: top). */
    private TableCell<?, ?> resultCell(int row) {
        TableView<InspectionRow> table = lookup("#inspectionTable").queryTableView();
        return lookup(node -> node instanceof TableCell<?, ?> cell && cell.getTableColumn() != null
                && "inspectionResultColumn".equals(cell.getTableColumn().getId()) && cell.getIndex() == row
                && cell.getTableView() == table).query();
    }

    @Test
    void anImpossibleDayIsRefusedBesideTheFieldAndNothingIsRequested() throws Exception {
        PermitInspectionsViewModel vm = new PermitInspectionsViewModel(TASKS,
                new InspectionRequestService(db.database(), InspectionFixtures.CLOCK), TestUsers.clerk("carmen"), attachment -> null,
                file -> { });
        show(() -> new PermitInspectionsView(vm), 1100, 420);
        interact(() -> vm.load(permit));
        TableView<InspectionRow> table = lookup("#inspectionTable").queryTableView();
        waitUntil(30, () -> table.getItems().size() == 3);
        javafx.scene.control.ChoiceBox<?> type = lookup("#inspectionTypeChoice").query();
        waitUntil(30, () -> !type.getItems().isEmpty());
        interact(() -> type.getSelectionModel().select(0));
        javafx.scene.control.DatePicker day = lookup("#inspectionDayPicker").query();
        java.time.LocalDate before = day.getValue();

        interact(() -> day.getEditor().clear());
        clickOn(day.getEditor()).write("2/30/2027");
        Label beside = lookup("#inspectionDayProblem").query();
        waitUntil(5, () -> "2/30/2027 is not a date: February 2027 has 28 days.".equals(beside.getText()));
        clickOn("#requestInspectionButton");

        Label message = lookup("#inspectionMessage").query();
        waitUntil(5, () -> "2/30/2027 is not a date: February 2027 has 28 days.".equals(message.getText()));
        assertEquals("2/30/2027", day.getEditor().getText(), "what was typed is kept");
        assertEquals(before, day.getValue(), "not read as February 28");
        assertEquals(3, table.getItems().size(), "nothing requested");
        interact(() -> ScreenCapture.save(table.getScene(), "permit-inspection-impossible-day"));
    }
}
