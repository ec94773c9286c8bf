package org.permitdesk.inspection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.permitdesk.platform.report.ReportTemplates;
import java.util.UUID;
import org.permitdesk.testing.DatabaseTest;
import org.permitdesk.testing.PdfText;
import org.permitdesk.testing.TestDb;
import org.permitdesk.testing.TestUsers;

/** The printed route sheet: every stop in driving order with what the inspector needs at the door. */
class RouteSheetServiceTest {

    @TempDir
    Path reports;

    @Test
    void theJurisdictionsLogoIsPrintedWhenThereIsOneAndABadOneLeavesItsPlaceBlank() throws Exception {
        InspectorRouteService.DayRoute empty = new InspectorRouteService.DayRoute(InspectionFixtures.DAY, List.of(), 0, null);
        RouteSheetService sheets = new RouteSheetService(null, new ReportTemplates(List.of(reports)), "City");
        assertFalse(hasImage(sheets.pdf(empty, "Rita")), "no logo.png: no picture, no failure");

        BufferedImage logo = new BufferedImage(80, 40, BufferedImage.TYPE_INT_RGB);
        ImageIO.write(logo, "png", reports.resolve(CorrectionNoticeService.LOGO).toFile());
        assertTrue(hasImage(sheets.pdf(empty, "Rita")), "reports/logo.png is printed");

        Files.writeString(reports.resolve(CorrectionNoticeService.LOGO), "not a picture");
        byte[] pdf = sheets.pdf(empty, "Rita");
        assertTrue(PdfText.of(pdf).contains("Route sheet") && !hasImage(pdf), "a broken logo is left out");
    }

    private static boolean hasImage(byte[] pdf) {
        return new String(pdf, StandardCharsets.ISO_8859_1).contains("/Subtype/Image");
    }

    @DatabaseTest
    void theRouteSheetListsEveryStopInRouteOrderWithItsOpenCorrections(TestDb db) {
        var database = db.database();
        String name = "Rita Route " + UUID.randomUUID().toString().substring(0, 4);
        long inspector = InspectionFixtures.inspector(database, name);
        long reinspected = InspectionFixtures.issuedPermit(database, "101 Alpha Way", 33.7240, -116.3730, "Alpha Builders");
        long footing = InspectionFixtures.type(database, reinspected, "FOOTING");
        long failed = InspectionFixtures.assigned(database, reinspected, footing, TimeWindow.AM, inspector);
        InspectionFixtures.results(database, null).record(failed, InspectionResult.FAILED, null,
                List.of(new Correction("CRC R403.1", "Footing depth does not match the plans."),
                        new Correction(null, "Clean the trench of loose soil.")), TestUsers.inspector("ray"));
        database.inTransaction(s -> s.createNativeMutationQuery("UPDATE inspection SET status = 'CANCELLED' WHERE id = :id")
                .setParameter("id", failed).executeUpdate()); // yesterday's visit: not on today's sheet
        long again = InspectionFixtures.assigned(database, reinspected, footing, TimeWindow.AM, inspector);
        long pm = InspectionFixtures.assigned(database, InspectionFixtures.issuedPermit(database, "202 Bravo St",
                33.7230, -116.3740, null), footing, TimeWindow.PM, inspector);
        long unknown = InspectionFixtures.issuedPermit(database, "303 Charlie Ct", null, null, null);
        long noMap = InspectionFixtures.assigned(database, unknown, footing, TimeWindow.AM, inspector);
        database.inTransaction(s -> s.createNativeMutationQuery("INSERT INTO permit_condition (permit_id, kind, text,"
                        + " added_by, added_at) VALUES (:id, 'NOTICE', 'Dog on site: call ahead.', 'carmen', :at)")
                .setParameter("id", unknown).setParameter("at", InspectionFixtures.CLOCK.instant()).executeUpdate());
        InspectorRouteService routes = new InspectorRouteService(database);
        List<Long> order = routes.route(inspector, InspectionFixtures.DAY).stops().stream()
                .map(InspectorRouteService.Stop::inspectionId).toList();
        assertEquals(List.of(again, noMap, pm), order, "located AM, AM without coordinates, then PM");

        byte[] pdf = new RouteSheetService(routes, InspectionFixtures.TEMPLATES, "City of Palm Valley")
                .routeSheetPdf(inspector, InspectionFixtures.DAY);

        String text = PdfText.of(pdf).replaceAll("\\s+", " ");
        for (String expected : List.of("City of Palm Valley", "Route sheet", "Inspector: " + name, "Tuesday",
                "3 stops (2 AM, 1 PM)", "Footing / foundation", "Pat Doe (760) 555-0101", "Access: Gate code 4412",
                "Notice: Dog on site: call ahead.", "no map location", "Result")) {
            assertTrue(text.contains(expected), expected + " in: " + text);
        }
        int alpha = text.indexOf("101 Alpha Way");
        int depth = text.indexOf("CRC R403.1 Footing depth does not match the plans.");
        int trench = text.indexOf("Clean the trench of loose soil.");
        int charlie = text.indexOf("303 Charlie Ct");
        int bravo = text.indexOf("202 Bravo St");
        assertTrue(alpha >= 0 && alpha < depth && depth < trench && trench < charlie && charlie < bravo,
                "stops in route order, each with its open corrections: " + text);
        assertEquals(1, text.split("Open corrections from the last visit", -1).length - 1,
                "only the reinspection has open corrections: " + text);
    }
}
