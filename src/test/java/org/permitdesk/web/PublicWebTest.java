package org.permitdesk.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.function.Consumer;
import org.permitdesk.testing.DatabaseTest;
import org.permitdesk.testing.TestDb;

/** The public pages as a visitor reads them, on H2 and PostgreSQL. */
class PublicWebTest {

    static void withWeb(TestDb db, WebSettings settings, Consumer<WebClient> visit) {
        WebTestData.seed(db.database());
        try (PublicWeb web = new PublicWeb(db.database(), WebTestData.CLOCK, settings)) {
            visit.accept(new WebClient(web.start()));
        }
    }

    static void withWeb(TestDb db, Consumer<WebClient> visit) {
        withWeb(db, WebSettings.local(0).withRequestsPerMinute(0), visit);
    }

    @DatabaseTest
    void searchingAnAddressListsItsPermitsNewestFirstWithLinks(TestDb db) {
        withWeb(db, web -> {
            HttpResponse<String> page = web.get("/search?q=main");
            assertEquals(200, page.statusCode());
            String body = page.body();
            assertTrue(body.contains("2 permits match"), body);
            assertTrue(body.contains("href=\"/permits/" + WebTestData.ISSUED + "\""), body);
            assertTrue(body.contains("1230 Main St"), body);
            assertFalse(body.contains(WebTestData.VOIDED), "44 Palm Canyon Dr is not on Main");
        });
    }

    @DatabaseTest
    void searchFindsByPermitNumberParcelAndContractorBusinessButNeverByAPersonsName(TestDb db) {
        withWeb(db, web -> {
            assertTrue(web.get("/search?q=b2611-0001").body().contains("1 permit matches"));
            assertTrue(web.get("/search?q=012-345").body().contains("2 permits match"));
            assertTrue(web.get("/search?q=desert+sun").body().contains("/permits/" + WebTestData.ISSUED));
            String byOwner = web.get("/search?q=zqowner").body();
            assertTrue(byOwner.contains("No permits match"), byOwner);
            assertTrue(web.get("/search?q=pat+doe").body().contains("No permits match"),
                    "the contractor's own name is a person's name");
        });
    }

    @DatabaseTest
    void thePermitPageShowsStatusSiteContractorInspectionsAndTimeline(TestDb db) {
        WebTestData.publishToday(db.database(), false);
        withWeb(db, web -> {
            String body = web.get("/permits/" + WebTestData.ISSUED).body();
            for (String shown : List.of("Permit B2611-0001", "Issued", "1200 Main St", "012-345-678",
                    "Desert Sun Builders", "1009988", "Footing / foundation", "Failed",
                    "Nail spacing at the shear walls is too wide.", "CRC R602.10: Complete wall bracing",
                    "Plan review 1: corrections required", "Plan review 2: plans approved", "Cancelled")) {
                assertTrue(body.contains(shown), shown + " missing in " + body);
            }
            assertTrue(body.contains("AM (8:30"), "a past inspection shows its half-day");
            assertTrue(body.contains("Ray Whitfield"), "a past inspection shows its inspector");
            assertTrue(body.contains("days so far"), "the current step counts its days");
        });
    }

    @DatabaseTest
    void todaysInspectionShowsItsTimeAndInspectorOnlyOnceTheDayIsPublished(TestDb db) {
        WebTestData.publishToday(db.database(), false);
        withWeb(db, web -> {
            String before = web.get("/permits/" + WebTestData.ISSUED).body();
            String framing = before.substring(before.indexOf("<h3>Framing</h3>"));
            framing = framing.substring(0, framing.indexOf("</li>"));
            assertTrue(framing.contains("Scheduled"), framing);
            assertFalse(framing.contains("PM (1:00"), framing);
            assertFalse(framing.contains("Ray Whitfield"), framing);
        });
        WebTestData.publishToday(db.database(), true);
        withWeb(db, web -> {
            String after = web.get("/permits/" + WebTestData.ISSUED).body();
            String framing = after.substring(after.indexOf("<h3>Framing</h3>"));
            framing = framing.substring(0, framing.indexOf("</li>"));
            assertTrue(framing.contains("PM (1:00"), framing);
            assertTrue(framing.contains("Ray Whitfield"), framing);
        });
        WebTestData.publishToday(db.database(), false);
    }

    @DatabaseTest
    void anUnknownPermitOrPageIsAFriendly404WithoutATrace(TestDb db) {
        withWeb(db, web -> {
            HttpResponse<String> permit = web.get("/permits/B9999-9999");
            assertEquals(404, permit.statusCode());
            assertTrue(permit.body().contains("There is no permit numbered"), permit.body());
            HttpResponse<String> page = web.get("/no/such/page");
            assertEquals(404, page.statusCode());
            assertTrue(page.body().contains("Page not found"), page.body());
            assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
            for (HttpResponse<String> response : List.of(permit, page)) {
                assertFalse(response.body().contains("Exception"), response.body());
                assertFalse(response.body().contains("Endpoint"), response.body());
            }
        });
    }

    @DatabaseTest
    void theIssuedAndFinaledListCountsByTypeAndDownloadsAsCsv(TestDb db) {
        withWeb(db, web -> {
            String page = web.get("/issued-finaled?from=2026-11-01&to=2026-11-30").body();
            assertTrue(page.contains("2 issued, 1 finaled"), page);
            assertTrue(page.contains("href=\"/issued-finaled.csv?from=2026-11-01&amp;to=2026-11-30\""), page);
            HttpResponse<String> csv = web.get("/issued-finaled.csv?from=2026-11-01&to=2026-11-30");
            assertEquals(200, csv.statusCode());
            assertTrue(csv.headers().firstValue("Content-Disposition").orElse("").contains("attachment"));
            List<String> lines = csv.body().lines().toList();
            assertEquals("section,permit_number,permit_type,site_address,issued_date,finaled_date,valuation",
                    lines.get(0));
            assertEquals(4, lines.size(), csv.body());
            assertTrue(csv.body().contains("FINALED," + WebTestData.FINALED), csv.body());
            String onlyB = web.get("/issued-finaled?from=2026-11-01&to=2026-11-30&type=B").body();
            assertTrue(onlyB.contains("1 issued, 0 finaled"), onlyB);
            HttpResponse<String> backwards = web.get("/issued-finaled?from=2026-11-30&to=2026-11-01");
            assertEquals(400, backwards.statusCode());
            assertTrue(backwards.body().contains("is after the last day"), backwards.body());
        });
    }

    @DatabaseTest
    void theOpenDataFileHasTheBldsColumnsWithoutContractorPersonPhoneOrEmail(TestDb db) {
        withWeb(db, web -> {
            HttpResponse<String> csv = web.get("/open-data/permits.csv");
            assertEquals(200, csv.statusCode());
            String header = csv.body().lines().findFirst().orElseThrow();
            assertTrue(header.startsWith("PermitNum,Description,AppliedDate,IssuedDate,CompletedDate,StatusCurrent"),
                    header);
            assertTrue(header.contains("ContractorCompanyName,ContractorLicNum"), header);
            assertFalse(header.contains("ContractorFullName") || header.contains("ContractorPhone")
                    || header.contains("ContractorEmail"), header);
            assertTrue(csv.body().contains(WebTestData.ISSUED + ",Test permit B2611-0001"), csv.body());
            assertTrue(csv.body().contains("Desert Sun Builders,1009988"), csv.body());
        });
    }
}
