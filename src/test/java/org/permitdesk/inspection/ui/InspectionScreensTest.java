package org.permitdesk.inspection.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.input.MouseButton;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.permitdesk.inspection.DayPublicationService;
import org.permitdesk.inspection.InspectionAssignmentService;
import org.permitdesk.inspection.InspectionAssignmentService.BoardRow;
import org.permitdesk.inspection.InspectionRequestService;
import org.permitdesk.inspection.InspectorRouteService.Stop;
import org.permitdesk.inspection.TestInspections;
import org.permitdesk.inspection.TimeWindow;
import org.permitdesk.platform.TaskRunner;
import org.permitdesk.testing.MutableClock;
import org.permitdesk.testing.ScreenCapture;
import org.permitdesk.testing.ScreenTest;
import org.permitdesk.testing.TestDb;
import org.permitdesk.testing.TestUsers;

/**
 * The inspector's route with its plot after the supervisor changed a published day, and the board where a
 * request is dragged onto an inspector. Pictures with {@code -Dpermitdesk.screenshots=DIR}.
 */
class InspectionScreensTest extends ScreenTest {

    private static final LocalDate DAY = LocalDate.of(2027, 3, 2);
    private static final MutableClock CLOCK = new MutableClock(Instant.parse("2027-03-01T13:00:00Z"));
    private static TestDb db;
    private static long alex;
    private static long blair;
    private static long dragged;
    private static final TaskRunner TASKS = TaskRunner.withThreadPool(Platform::runLater);

    @BeforeAll
    static void fillDatabase() {
        db = TestDb.create(TestDb.Kind.H2);
        alex = TestInspections.inspector(db.database(), CLOCK, "Alex Kim", "NE");
        blair = TestInspections.inspector(db.database(), CLOCK, "Blair Ng", "SW");
        Map<String, double[]> alexStops = new java.util.LinkedHashMap<>();
        alexStops.put("1432 N Quillback Ave", new double[] {33.7391, -116.3621, 0});
        alexStops.put("77 Desert Willow Ln", new double[] {33.7512, -116.3408, 0});
        alexStops.put("310 Sandpiper Ct", new double[] {33.7287, -116.3501, 0});
        alexStops.put("48 Ocotillo Dr", new double[] {33.7455, -116.3189, 1});
        alexStops.put("905 Canyon Rim Rd", new double[] {33.7602, -116.3302, 1});
        alexStops.put("12 Ironwood Pl", new double[] {33.7330, -116.3262, 1});
        InspectionAssignmentService board = new InspectionAssignmentService(db.database(), CLOCK);
        java.util.List<Long> ids = new java.util.ArrayList<>();
        alexStops.forEach((address, at) -> ids.add(TestInspections.request(db.database(), CLOCK, DAY, address, at[0], at[1],
                at[2] == 0 ? TimeWindow.AM : TimeWindow.PM)));
        ids.forEach(id -> board.assign(id, alex, TestUsers.SUPERVISOR));
        long noLocation = TestInspections.request(db.database(), CLOCK, DAY, "5 Unmapped Way", null, null, TimeWindow.AM);
        board.assign(noLocation, alex, TestUsers.SUPERVISOR);
        board.assign(TestInspections.request(db.database(), CLOCK, DAY, "66 Mesquite Ave", 33.7101, -116.3955,
                TimeWindow.AM), blair, TestUsers.SUPERVISOR);
        // Requested on Monday, assigned after publishing.
        long late = TestInspections.request(db.database(), CLOCK, DAY, "18 Cholla St", 33.7560, -116.3550, TimeWindow.AM);
        dragged = TestInspections.request(db.database(), CLOCK, DAY, "220 Palm Canyon Dr", 33.7050, -116.3990,
                TimeWindow.PM);
        CLOCK.advance(Duration.ofMinutes(220));
        new DayPublicationService(db.database(), CLOCK).publish(DAY, TestUsers.supervisor("Sam Ortiz"));
        CLOCK.advance(Duration.ofHours(14).plusMinutes(32));
        board.assign(ids.get(1), blair, TestUsers.SUPERVISOR);
        new InspectionRequestService(db.database(), CLOCK).cancelByStaff(ids.get(4), "Owner called", TestUsers.clerk("carmen"));
        board.assign(late, alex, TestUsers.SUPERVISOR);
    }

    @AfterAll
    static void dropDatabase() {
        db.close();
        TASKS.close();
    }

    @Test
    void theInspectorSeesTheRouteOnThePlotAndWhatChangedSincePublishing() throws Exception {
        MyRouteViewModel vm = new MyRouteViewModel(TASKS, new org.permitdesk.inspection.InspectorRouteService(db.database()),
                null, new DayPublicationService(db.database(), CLOCK), ZoneOffset.UTC, org.permitdesk.inspection.InspectionFixtures.signedIn(alex, "alex"), DAY, null, null);
        show(() -> new MyRouteView(vm));
        TableView<Stop> table = lookup("#routeTable").queryTableView();
        waitUntil(30, () -> table.getItems().size() == 6);
        RoutePlot plot = lookup("#routePlot").query();
        waitUntil(10, () -> plot.drawnStops().size() == 5);

        Label publication = lookup("#routePublication").query();
        assertEquals("Published Mon Mar 1, 4:40 PM by Sam Ortiz. 3 changes to your route since (highlighted).",
                publication.getText());
        Stop cholla = table.getItems().stream().filter(s -> s.address().equals("18 Cholla St")).findFirst().orElseThrow();
        assertEquals("Changed 7:12 AM \u2014 added", vm.changeOf(cholla));
        assertTrue(lookup(node -> node instanceof Label label && label.getText() != null
                && label.getText().startsWith("77 Desert Willow Ln (") && label.getText().contains("moved to Blair Ng"))
                .tryQuery().isPresent(), "the stop moved away is listed as removed");
        assertEquals(List.of("5 Unmapped Way"), lookup("#noLocationList").queryListView().getItems().stream()
                .map(s -> ((Stop) s).address()).toList());
        plot.drawnStops().values().forEach(p -> assertTrue(p.x() > 0 && p.x() < plot.getWidth()
                && p.y() > 0 && p.y() < plot.getHeight(), p + " inside the plot"));
        interact(() -> ScreenCapture.save(table.getScene(), "my-route-plot"));

        // Clicking a stop on the plot selects its row; hovering a row emphasises its stop.
        RouteProjection.Point point = plot.drawnStops().get(cholla.inspectionId());
        clickOn(plot.localToScreen(point.x(), point.y()), MouseButton.PRIMARY);
        waitUntil(5, () -> cholla.equals(table.getSelectionModel().getSelectedItem()));
        assertEquals(cholla.inspectionId(), plot.selectedProperty().get());
        Node firstAddress = lookup(node -> node instanceof TableCell<?, ?> cell && table.getItems().get(0).address()
                .equals(cell.getText())).query();
        moveTo(firstAddress);
        waitUntil(5, () -> Long.valueOf(table.getItems().get(0).inspectionId()).equals(plot.hoveredProperty().get()));
        interact(() -> ScreenCapture.save(table.getScene(), "my-route-selected"));

        // The plot follows the window's size.
        interact(() -> table.getScene().getWindow().setWidth(900));
        waitUntil(5, () -> plot.getWidth() < 700);
        plot.drawnStops().values().forEach(p -> assertTrue(p.x() > 0 && p.x() < plot.getWidth(), p + " after resizing"));
    }

    @Test
    void aSupervisorDragsARequestOntoAnInspector() throws Exception {
        AssignmentBoardViewModel vm = new AssignmentBoardViewModel(TASKS,
                new InspectionAssignmentService(db.database(), CLOCK), new DayPublicationService(db.database(), CLOCK),
                TestUsers.supervisor("Sam Ortiz"), ZoneOffset.UTC, DAY);
        show(() -> new AssignmentBoardView(vm));
        TableView<BoardRow> table = lookup("#boardTable").queryTableView();
        waitUntil(30, () -> table.getItems().stream().anyMatch(r -> r.inspectionId() == dragged));
        assertTrue(((Label) lookup("#boardPublication").query()).getText()
                .startsWith("Published Mon Mar 1, 4:40 PM by Sam Ortiz. 3 changes since"));
        interact(() -> ScreenCapture.save(table.getScene(), "assignment-board-published"));

        Node request = lookup(node -> node instanceof TableCell<?, ?> cell && "220 Palm Canyon Dr".equals(cell.getText()))
                .query();
        Node blairsCell = lookup(node -> node instanceof ListCell<?> cell && cell.getText() != null
                && cell.getText().startsWith("Blair Ng")).query();
        drag(request, MouseButton.PRIMARY).dropTo(blairsCell);

        waitUntil(10, () -> table.getItems().stream().anyMatch(r -> r.inspectionId() == dragged
                && "Blair Ng".equals(r.inspectorName())));
        assertTrue(vm.messageProperty().get().startsWith("220 Palm Canyon Dr (PM) assigned to Blair Ng."),
                vm.messageProperty().get());
        interact(() -> ScreenCapture.save(table.getScene(), "assignment-board-dropped"));

        // Dragged back onto "Drop here to unassign": on no one's route.
        Node assigned = lookup(node -> node instanceof TableCell<?, ?> cell && "220 Palm Canyon Dr".equals(cell.getText()))
                .query();
        drag(assigned, MouseButton.PRIMARY).dropTo("#unassignDropTarget");
        waitUntil(10, () -> table.getItems().stream().anyMatch(r -> r.inspectionId() == dragged && r.inspectorId() == null));
    }

}
