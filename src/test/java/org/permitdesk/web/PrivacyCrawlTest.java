package org.permitdesk.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.permitdesk.testing.DatabaseTest;
import org.permitdesk.testing.TestDb;

/**
 * Crawls every page and download the public site links to, from the home page and from searches and lists a visitor
 * would make, and fails if any private marker of {@link WebTestData#PRIVATE_MARKERS} (owner names, phones, emails,
 * notes, request contacts and access notes, cancel reasons, payments, accounts, staff user names) appears anywhere.
 */
class PrivacyCrawlTest {

    private static final Pattern LINK = Pattern.compile("(?:href|action)=\"(/[^\"]*)\"");

    @DatabaseTest
    void noPageOrDownloadShowsAnythingPrivate(TestDb db) {
        WebTestData.publishToday(db.database(), true);
        PublicWebTest.withWeb(db, web -> {
            Deque<String> toVisit = new ArrayDeque<>(List.of("/", "/search?q=main", "/search?q=palm",
                    "/search?q=b2611", "/search?q=012", "/search?q=desert", "/search?q=quimby",
                    "/issued-finaled?from=2026-11-01&to=2026-11-30", "/open-data/permits.csv",
                    "/permits/" + WebTestData.ISSUED, "/permits/" + WebTestData.VOIDED,
                    "/permits/" + WebTestData.FINALED, "/permits/nope"));
            Set<String> visited = new LinkedHashSet<>();
            List<String> leaks = new ArrayList<>();
            while (!toVisit.isEmpty() && visited.size() < 200) {
                String path = toVisit.removeFirst();
                if (!visited.add(path)) {
                    continue;
                }
                HttpResponse<String> response = web.get(path);
                String body = response.body().toLowerCase(Locale.ROOT);
                for (String marker : WebTestData.PRIVATE_MARKERS) {
                    if (body.contains(marker.toLowerCase(Locale.ROOT))) {
                        leaks.add(marker + " on " + path);
                    }
                }
                Matcher links = LINK.matcher(response.body());
                while (links.find()) {
                    String link = links.group(1).replace("&amp;", "&");
                    if (!visited.contains(link)) {
                        toVisit.addLast(link);
                    }
                }
            }
            assertEquals(List.of(), leaks);
            assertTrue(visited.contains("/issued-finaled.csv?from=2026-11-01&to=2026-11-30"), visited.toString());
            assertTrue(visited.contains("/site.css"), visited.toString());
            assertTrue(visited.stream().filter(path -> path.startsWith("/permits/")).count() >= 4,
                    visited.toString());
        });
        WebTestData.publishToday(db.database(), false);
    }
}
