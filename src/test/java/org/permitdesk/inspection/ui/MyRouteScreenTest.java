package org.permitdesk.inspection.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.permitdesk.desktop.PermitDeskApp;
import org.permitdesk.app.PermitDesk;
import org.permitdesk.inspection.Correction;
import org.permitdesk.inspection.InspectionFixtures;
import org.permitdesk.inspection.InspectionResult;
import org.permitdesk.inspection.InspectionType;
import org.permitdesk.inspection.TimeWindow;
import org.permitdesk.platform.TaskRunner;
import org.permitdesk.testing.ScreenCapture;
import org.permitdesk.testing.TestDb;
import org.permitdesk.testing.TestUsers;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The inspector at 7:15am: My route lists today's stops with the open corrections and prints the route sheet. */
class MyRouteScreenTest extends FxRobot {

    private static final Clock MORNING = Clock.fixed(ZonedDateTime.of(InspectionFixtures.DAY.atTime(7, 15),
            InspectionFixtures.CITY).toInstant(), InspectionFixtures.CITY);
    private static TestDb db;

    @BeforeAll
    static void fillDatabase() {
        db = TestDb.create(TestDb.Kind.H2);
        try (PermitDesk services = PermitDesk.open(db.settings(), MORNING)) {
            services.demoData().addDemoUsers(services.staff().users());
        }
        var database = db.database();
        long inspector = database.fromTransaction(s -> s.createNativeQuery(
                "SELECT id FROM staff_user WHERE username = 'inspector'", Long.class).getSingleResult());
        long permit = InspectionFixtures.issuedPermit(database, "1432 N Quillback Ave", 33.73, -116.36, "Desert Framing");
        long footing = InspectionFixtures.type(database, permit, "FOOTING");
        long earlier = InspectionFixtures.assigned(database, permit, footing, TimeWindow.AM, inspector);
        InspectionFixtures.results(database, null).record(earlier, InspectionResult.FAILED, null,
                List.of(new Correction("CRC R403.1", "Footing depth does not match the plans.")), TestUsers.inspector("ray"));
        database.inTransaction(s -> s.createNativeMutationQuery("UPDATE inspection SET status = 'CANCELLED' WHERE id = :id")
                .setParameter("id", earlier).executeUpdate());
        InspectionFixtures.assigned(database, permit, footing, TimeWindow.AM, inspector);
        long other = InspectionFixtures.issuedPermit(database, "77 Sunrise Way", null, null, null);
        InspectionFixtures.assigned(database, other, InspectionFixtures.type(database, other, "FRAMING"), TimeWindow.PM,
                inspector);
        db.close(); // the app opens the database again
    }

    @AfterAll
    static void dropDatabase() {
        db.close();
    }

    @AfterEach
    void stopApp() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theInspectorSeesTheOpenCorrectionsAndPrintsTheRouteSheet() throws Exception {
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(stage -> new PermitDeskApp(() -> PermitDesk.open(db.settings(), MORNING), "Test database",
                TaskRunner.withThreadPool(Platform::runLater), MORNING, () -> { }).start(stage));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !lookup("#databaseLabel").queryLabeled().getText().isEmpty());
        clickOn("#usernameField").write("inspector");
        clickOn("#passwordField").write("demo").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> lookup("#section-my_route").tryQuery().isPresent());
        clickOn("#section-my_route");
        TableView<?> table = lookup("#routeTable").queryTableView();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> table.getItems().size() == 2);
        // the stop's notes show the open correction in full on hover (cells are filled on the next layout pass: wait)
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup(".table-cell").queryAll().stream()
                .map(cell -> ((javafx.scene.control.TableCell<?, ?>) cell).getTooltip())
                .anyMatch(tip -> tip != null && tip.getText().equals("Gate code 4412 \u00b7 Open from the last"
                        + " visit: CRC R403.1 Footing depth does not match the plans.")));
        assertTrue(((Button) lookup("#printNoticeButton").query()).isDisabled(), "no notice made yet");
        interact(() -> ScreenCapture.save(table.getScene(), "my-route"));

        clickOn("1432 N Quillback Ave");
        clickOn("#recordResultButton");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> lookup(".dialog-pane").tryQuery().isPresent());
        javafx.scene.control.ChoiceBox<?> result = lookup("#resultChoice").query();
        interact(() -> ((javafx.scene.control.ChoiceBox<org.permitdesk.inspection.InspectionResult>) result)
                .setValue(org.permitdesk.inspection.InspectionResult.FAILED));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup("#libraryList .check-box").tryQuery().isPresent());
        javafx.scene.control.CheckBox first = lookup("#libraryList .check-box").query();
        assertTrue(first.isSelected() && first.getText().equals("[open] CRC R403.1  Footing depth does not match the plans."),
                "the open item comes first, ticked already: " + first.getText());
        assertEquals(1L, lookup("#libraryList .check-box").queryAll().stream()
                .filter(box -> ((javafx.scene.control.CheckBox) box).isSelected()).count(), "only the open item is ticked");
        interact(() -> ScreenCapture.save(first.getScene(), "record-result-reinspection"));
        clickOn("Cancel");

        clickOn("#printRouteSheetButton");
        Label message = lookup("#routeMessage").query();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> message.getText().startsWith("Route sheet for"));
        assertTrue(message.getText().contains("saved as ") && message.getText().endsWith("and opened to print."),
                message.getText());
        interact(() -> ScreenCapture.save(table.getScene(), "my-route-printed"));

        clickOn("#section-permits");
        clickOn("#queryField").write("1432 N Quillb");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> lookup("#resultsTable").queryTableView().getItems().size() == 1);
        type(KeyCode.DOWN).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> lookup("#inspectionTypeChoice").tryQuery().isPresent()
                && !lookup("#inspectionTypeChoice").queryAs(ChoiceBox.class).getItems().isEmpty());
        ChoiceBox<InspectionType> types = lookup("#inspectionTypeChoice").queryAs(ChoiceBox.class);
        interact(() -> types.setValue(types.getItems().stream().filter(t -> t.getCode().equals("FOOTING")).findFirst()
                .orElseThrow()));
        Label open = lookup("#inspectionOpenCorrections").query();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> open.getText().startsWith("Reinspection: starts with the 1"));
        interact(() -> {
            javafx.scene.Node node = open;
            while (node != null && !(node instanceof javafx.scene.control.ScrollPane)) {
                node = node.getParent();
            }
            if (node instanceof javafx.scene.control.ScrollPane scroll) {
                double y = scroll.getContent().sceneToLocal(open.localToScene(0, 0)).getY();
                double room = scroll.getContent().getBoundsInLocal().getHeight() - scroll.getViewportBounds().getHeight();
                scroll.setVvalue(Math.max(0, Math.min(1, (y - scroll.getViewportBounds().getHeight() * 0.6) / room)));
            }
        });
        interact(() -> ScreenCapture.save(open.getScene(), "permit-inspections-reinspection"));
    }
}
