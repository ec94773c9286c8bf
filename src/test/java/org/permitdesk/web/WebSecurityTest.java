package org.permitdesk.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.permitdesk.testing.DatabaseTest;
import org.permitdesk.testing.TestDb;

/** Headers, methods, bounds and the rate limit of the public web view. */
class WebSecurityTest {

    @DatabaseTest
    void everyResponseCarriesTheSecurityHeadersAndNoServerVersion(TestDb db) {
        PublicWebTest.withWeb(db, web -> {
            for (String path : List.of("/", "/search?q=main", "/permits/" + WebTestData.ISSUED, "/permits/nope",
                    "/nowhere", "/open-data/permits.csv", "/site.css")) {
                HttpResponse<String> response = web.get(path);
                String csp = response.headers().firstValue("Content-Security-Policy").orElse("");
                assertTrue(csp.contains("frame-ancestors 'none'"), path + ": " + csp);
                assertTrue(csp.contains("default-src 'none'"), path + ": " + csp);
                assertFalse(csp.contains("unsafe-inline") || csp.contains("script-src"), path + ": " + csp);
                assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(""), path);
                assertTrue(response.headers().firstValue("Referrer-Policy").isPresent(), path);
                assertFalse(response.headers().firstValue("Server").isPresent(), path + ": "
                        + response.headers().firstValue("Server"));
                assertFalse(response.body().contains("<script"), path);
                assertFalse(response.body().contains("style=\""), path + " has an inline style");
            }
        });
    }

    @DatabaseTest
    void headOptionsAndOtherMethodsAreAnsweredCorrectly(TestDb db) {
        PublicWebTest.withWeb(db, web -> {
            HttpResponse<String> head = web.send("/permits/" + WebTestData.ISSUED, "HEAD");
            assertEquals(200, head.statusCode());
            assertEquals("", head.body());
            assertTrue(head.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
            assertEquals(404, web.send("/permits/nope", "HEAD").statusCode());
            HttpResponse<String> options = web.send("/search", "OPTIONS");
            assertEquals(204, options.statusCode());
            assertEquals(PublicWeb.ALLOWED_METHODS, options.headers().firstValue("Allow").orElse(""));
            for (String method : List.of("POST", "PUT", "DELETE", "PATCH", "TRACE", "PROPFIND")) {
                HttpResponse<String> refused = web.send("/search?q=main", method);
                assertEquals(405, refused.statusCode(), method);
                assertEquals(PublicWeb.ALLOWED_METHODS, refused.headers().firstValue("Allow").orElse(""), method);
                assertTrue(refused.body().contains("can only be read"), method + ": " + refused.body());
            }
        });
    }

    @DatabaseTest
    void aTooLongSearchOrAFarPageIsBounded(TestDb db) {
        PublicWebTest.withWeb(db, web -> {
            HttpResponse<String> tooLong = web.get("/search?q=" + "a".repeat(PublicSearch.MAX_QUERY_LENGTH + 1));
            assertEquals(400, tooLong.statusCode());
            assertTrue(tooLong.body().contains("longer than 200 characters"), tooLong.body());
            HttpResponse<String> far = web.get("/search?q=main&page=99999999999");
            assertEquals(200, far.statusCode());
            assertTrue(far.body().contains("1230 Main St"), "an impossible page shows the last one");
            assertEquals(400, web.get("/issued-finaled?from=2020-01-01&to=2026-11-30").statusCode(),
                    "more than a year at a time");
        });
    }

    @DatabaseTest
    void aClientOverTheRateLimitGetsAFriendly429(TestDb db) {
        PublicWebTest.withWeb(db, WebSettings.local(0).withRequestsPerMinute(3), web -> {
            for (int i = 0; i < 3; i++) {
                assertEquals(200, web.get("/").statusCode());
            }
            HttpResponse<String> limited = web.get("/");
            assertEquals(429, limited.statusCode());
            assertTrue(limited.body().contains("Please wait"), limited.body());
            assertTrue(limited.headers().firstValue("Retry-After").isPresent());
            assertEquals(429, web.get("/", "X-Forwarded-For", "203.0.113.9").statusCode(),
                    "X-Forwarded-For from a client that is not a configured proxy is ignored");
        });
        PublicWebTest.withWeb(db, WebSettings.local(0).withRequestsPerMinute(1)
                .withTrustedProxies(Set.of("127.0.0.1")), web -> {
            assertEquals(200, web.get("/", "X-Forwarded-For", "203.0.113.9").statusCode());
            assertEquals(200, web.get("/", "X-Forwarded-For", "203.0.113.10").statusCode(),
                    "behind the proxy, each client has its own limit");
            assertEquals(429, web.get("/", "X-Forwarded-For", "203.0.113.9").statusCode());
        });
    }

    @Test
    void theClientAddressComesFromXForwardedForOnlyThroughATrustedProxy() {
        assertEquals("10.0.0.5", ClientAddress.of("10.0.0.5", "1.2.3.4", Set.of("127.0.0.1")));
        assertEquals("1.2.3.4", ClientAddress.of("127.0.0.1", "9.9.9.9, 1.2.3.4", Set.of("127.0.0.1")));
        assertEquals("1.2.3.4", ClientAddress.of("127.0.0.1", "1.2.3.4, 10.0.0.2", Set.of("127.0.0.1", "10.0.0.2")));
    }
}
