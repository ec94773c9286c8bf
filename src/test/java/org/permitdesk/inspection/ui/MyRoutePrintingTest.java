package org.permitdesk.inspection.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.io.TempDir;
import org.permitdesk.inspection.Correction;
import org.permitdesk.inspection.InspectionFixtures;
import org.permitdesk.inspection.InspectionResult;
import org.permitdesk.inspection.InspectorRouteService;
import org.permitdesk.inspection.RouteSheetService;
import org.permitdesk.inspection.TimeWindow;
import org.permitdesk.platform.TaskRunner;
import org.permitdesk.platform.db.Database;
import org.permitdesk.testing.DatabaseTest;
import org.permitdesk.testing.PdfText;
import org.permitdesk.testing.TestDb;

/** My route's Print route sheet and Print notice: the PDF is saved and handed to the computer's viewer. */
class MyRoutePrintingTest {

    @TempDir
    Path folder;

    @DatabaseTest
    void printRouteSheetSavesTheDaysSheetAndOpensIt(TestDb db) throws Exception {
        Database database = db.database();
        long inspector = InspectionFixtures.inspector(database, "Rhea Print " + UUID.randomUUID().toString().substring(0, 4));
        long permit = InspectionFixtures.issuedPermit(database, "9 Printer Pl", 33.72, -116.37, null);
        InspectionFixtures.assigned(database, permit, InspectionFixtures.type(database, permit, "FOOTING"),
                TimeWindow.AM, inspector);
        MyRouteViewModel route = viewModel(database, inspector, folder.resolve("print"));
        route.load();
        List<Path> opened = new ArrayList<>();

        route.printRouteSheet(opened::add);

        assertEquals(1, opened.size());
        assertEquals(folder.resolve("print"), opened.get(0).getParent());
        assertTrue(route.messageProperty().get().startsWith("Route sheet for Mar 2, 2027 saved as "),
                route.messageProperty().get());
        String text = PdfText.of(Files.readAllBytes(opened.get(0)));
        assertTrue(text.contains("9 Printer Pl") && text.contains("Route sheet"), text);
    }

    @DatabaseTest
    void aRouteSheetThatCannotBeSavedSaysSoAndOpensNothing(TestDb db) throws Exception {
        Database database = db.database();
        long inspector = InspectionFixtures.inspector(database, "Rhea Fail " + UUID.randomUUID());
        Path notAFolder = Files.writeString(folder.resolve("in-the-way"), "a file, not a folder");
        MyRouteViewModel route = viewModel(database, inspector, notAFolder);
        List<Path> opened = new ArrayList<>();

        route.printRouteSheet(opened::add);

        assertEquals(List.of(), opened);
        assertTrue(route.messageProperty().get().startsWith("The route sheet could not be made: cannot save it in the"
                + " folder " + notAFolder), route.messageProperty().get());
        assertTrue(route.messageProperty().get().endsWith("Make sure that folder can be written to, or free some disk"
                + " space, and try again."), route.messageProperty().get());
    }

    @DatabaseTest
    void printNoticeOpensTheNoticeOfTheFailureJustRecorded(TestDb db) throws Exception {
        Database database = db.database();
        long inspector = InspectionFixtures.inspector(database, "Rhea Notice " + UUID.randomUUID());
        long permit = InspectionFixtures.issuedPermit(database, "11 Printer Pl", 33.72, -116.37, null);
        InspectionFixtures.assigned(database, permit, InspectionFixtures.type(database, permit, "FOOTING"),
                TimeWindow.AM, inspector);
        MyRouteViewModel route = viewModel(database, inspector, folder);
        route.load();
        List<Path> opened = new ArrayList<>();
        route.printNotice(opened::add);
        assertEquals(List.of(), opened);
        assertEquals("No correction notice yet: record a failed or partial result first.", route.messageProperty().get());

        route.recordResult(route.stops().get(0), InspectionResult.FAILED, null,
                List.of(new Correction("CRC R403.1", "Footing too shallow.")));
        assertTrue(route.messageProperty().get().endsWith("Print notice opens it to print."), route.messageProperty().get());
        route.printNotice(opened::add);

        assertEquals(1, opened.size());
        String text = PdfText.of(Files.readAllBytes(opened.get(0))).replaceAll("\\s+", " ");
        assertTrue(text.contains("Correction notice") && text.contains("CRC R403.1") && text.contains("Footing too shallow."), text);
        route.recordResult(route.stops().get(0), InspectionResult.PASSED, null, List.of());
        assertTrue(route.messageProperty().get().startsWith("This inspection already has a result (Failed"),
                route.messageProperty().get());
        route.correctResult(route.stops().get(0), InspectionResult.PASSED, null, List.of(), "The footing was deep enough");
        assertTrue(route.messageProperty().get().endsWith("passed recorded as a correction. Corrected from failed to"
                + " passed; the earlier correction notice is marked superseded."), route.messageProperty().get());
        assertNull(route.lastNoticeProperty().get(), "a pass makes no notice to print");
    }

    private static MyRouteViewModel viewModel(Database database, long inspector, Path printFolder) {
        return new MyRouteViewModel(TaskRunner.sameThread(), new InspectorRouteService(database),
                InspectionFixtures.results(database, null), new org.permitdesk.inspection.DayPublicationService(database,
                        java.time.Clock.systemUTC()), java.time.ZoneOffset.UTC, InspectionFixtures.signedIn(inspector, "rhea"), InspectionFixtures.DAY,
                new RouteSheetService(new InspectorRouteService(database), InspectionFixtures.TEMPLATES, "City"),
                printFolder);
    }
}
