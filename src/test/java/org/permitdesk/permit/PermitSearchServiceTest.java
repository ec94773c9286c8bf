package org.permitdesk.permit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.permitdesk.platform.db.Database;
import org.permitdesk.testing.DatabaseTest;
import org.permitdesk.testing.TestDb;

class PermitSearchServiceTest {

    @DatabaseTest
    void findsPermitByAddressFragmentNumberPrefixParcelAndName(TestDb db) {
        Database database = db.database();
        long id = TestPermits.create(database, "B2611-901", "1432 N Maple Ave", "012-345-678",
                "Siobhan O'Brien", "Desert Sun Roofing Inc");
        PermitSearchService search = new PermitSearchService(database);
        search.prepare(); // as the desktop does after the sign-in

        assertFound(search.search("mapl"), id);
        assertFound(search.search("1432 maple"), id);
        assertFound(search.search("b2611-9"), id);
        assertFound(search.search("B2611"), id);
        assertFound(search.search("012-345"), id);
        assertFound(search.search("012345678"), id);
        assertFound(search.search("o'brien"), id);
        assertFound(search.search("OBrien"), id);
        assertFound(search.search("desert sun"), id);
        assertFound(search.search("  Maple   O'BRIEN "), id);
    }

    @DatabaseTest
    void everyTypedWordMustMatch(TestDb db) {
        Database database = db.database();
        long maple = TestPermits.create(database, "E2611-001", "77 Elm Way", "100-000-001", "Ana Lopez", null);
        long other = TestPermits.create(database, "E2611-002", "77 Oak Way", "100-000-002", "Ana Kim", null);
        PermitSearchService search = new PermitSearchService(database);

        List<Long> elmLopez = ids(search.search("elm lopez"));
        assertTrue(elmLopez.contains(maple));
        assertFalse(elmLopez.contains(other), "Ana Kim's permit on Oak Way must not match \"elm lopez\"");
    }

    @DatabaseTest
    void wildcardsAndQuotesAreMatchedLiterallyNotAsPatterns(TestDb db) {
        Database database = db.database();
        TestPermits.create(database, "P2611-001", "5 Percent Ct", "200-000-001", "Bo Underscore", null);
        PermitSearchService search = new PermitSearchService(database);

        assertEquals(List.of(), search.search("%").permits(), "a lone % must not match every permit");
        assertEquals(List.of(), search.search("_").permits());
        assertEquals(List.of(), search.search("\\").permits());
        assertEquals(List.of(), search.search("'\"").permits());
        assertEquals(List.of(), search.search("zz%").permits(), "% must not act as a wildcard after zz");
        assertEquals(List.of(), search.search("u_derscore").permits(), "_ must not stand for any one letter");
        assertEquals(List.of(), search.search("' OR 1=1 --").permits().stream()
                .filter(p -> !p.address().contains("1")).toList());
    }

    @DatabaseTest
    void nothingTypedFindsNothingAndManyMatchesSayThereAreMore(TestDb db) {
        Database database = db.database();
        for (int i = 0; i < PermitSearchService.MAX_RESULTS + 5; i++) {
            TestPermits.create(database, String.format("WH2026-%04d", 5000 + i), (100 + i) + " Crowded St",
                    "300-000-" + i, "Owner " + i, null);
        }
        PermitSearchService search = new PermitSearchService(database);

        assertEquals(List.of(), search.search("").permits());
        assertEquals(List.of(), search.search("   ").permits());
        PermitSearchResult crowded = search.search("crowded");
        assertEquals(PermitSearchService.MAX_RESULTS, crowded.permits().size());
        assertTrue(crowded.more(), "the result must say more permits match than are shown");
        assertFalse(search.search("wh2026-5003").more());
    }

    @DatabaseTest
    void whenMoreMatchThanAreListedTheNewestAreListed(TestDb db) {
        Database database = db.database();
        List<Long> entered = new java.util.ArrayList<>();
        for (int i = 0; i < PermitSearchService.MAX_RESULTS + 20; i++) {
            entered.add(TestPermits.create(database, String.format("WH2026-%04d", 7000 + i),
                    (100 + i) + (i % 2 == 0 ? " Teakwood St" : " Teakwell Ave"), "700-000-" + i,
                    i < PermitSearchService.MAX_RESULTS + 10 ? "Hollis Vantongeren" : "Hollis Vantongerenko", null));
        }
        Set<Long> newest = Set.copyOf(entered.subList(20, entered.size()));
        PermitSearchService search = new PermitSearchService(database);

        // two terms merged (Teakwood and Teakwell, 110 each; Vantongeren 210 and Vantongerenko the newest 10, so
        // that Vantongeren is read in two parts), a permit-number prefix (a term per permit), two words
        for (String typed : List.of("teak", "vantongeren", "wh2026-7", "vantongeren teak", "teak hollis van")) {
            PermitSearchResult result = search.search(typed);
            assertEquals(newest, Set.copyOf(ids(result)), typed + ": the 200 entered last, not the first 20");
            assertTrue(result.more(), typed);
        }
        PermitSearchResult teakwood = search.search("teakwood");
        assertEquals(PermitSearchService.MAX_RESULTS / 2 + 10, teakwood.permits().size(), "all on Teakwood St");
        assertFalse(teakwood.more());
    }

    @DatabaseTest
    void aBroadWordBesideARareOneFindsExactlyThePermitWithBoth(TestDb db) {
        PermitSearchService search = new PermitSearchService(boundaryLane(db.database()));

        List<PermitSummary> both = search.search("boundary zabriskie").permits();
        assertEquals(List.of("B2612-0200"), both.stream().map(PermitSummary::number).toList(),
                "\"boundary\" is on 201 permits, \"zabriskie\" on one");
        assertEquals(ids(search.search("boundary zabriskie")), ids(search.search("ZABRISK  Bound")));
        assertFalse(search.search("boundary zabriskie").more());
        assertEquals(List.of(), search.search("boundary zabriskie nowhere").permits(), "every word must match");
    }

    @DatabaseTest
    void exactly200MatchesAreAllShownAndOneMoreSaysTypeMore(TestDb db) {
        PermitSearchService search = new PermitSearchService(boundaryLane(db.database()));

        PermitSearchResult kept = search.search("boundary kept");
        assertEquals(PermitSearchService.MAX_RESULTS, kept.permits().size());
        assertFalse(kept.more(), "exactly 200 permits match \"boundary kept\": nothing more to show");
        PermitSearchResult trust = search.search("boundary trust");
        assertEquals(PermitSearchService.MAX_RESULTS, trust.permits().size());
        assertTrue(trust.more(), "201 permits match \"boundary trust\"");
        assertTrue(search.search("boundary").more());
    }

    @DatabaseTest
    void aWordStartingSeveralTermsOfEachPermitStillFillsTheList(TestDb db) {
        PermitSearchService search = new PermitSearchService(boundaryLane(db.database()));

        // "2612" starts two terms of each of the 201 permits, its number (B2612-0007 gives 26120007) and its
        // parcel (261-200-007 gives 261200007), so the first 201 matching rows hold far fewer permits.
        for (String typed : List.of("2612", "2612 26")) {
            PermitSearchResult result = search.search(typed);
            assertEquals(PermitSearchService.MAX_RESULTS, result.permits().size(), typed);
            assertEquals(PermitSearchService.MAX_RESULTS, Set.copyOf(ids(result)).size(), typed);
            assertTrue(result.more(), typed);
        }
    }

    @DatabaseTest
    void wildcardsBesideOtherWordsAreStillMatchedLiterally(TestDb db) {
        PermitSearchService search = new PermitSearchService(boundaryLane(db.database()));

        assertEquals(List.of(), search.search("b_undary trust").permits(), "_ must not stand for the o");
        assertEquals(List.of(), search.search("bo%ry kept").permits(), "% must not stand for \"unda\"");
        assertEquals(List.of(), search.search("boundary k%t").permits());
        assertEquals(ids(search.search("kept boundary")), ids(search.search("kept % boundary _")),
                "a lone % or _ beside words adds nothing and takes nothing away");
        assertEquals(PermitSearchService.MAX_RESULTS, search.search("kept % boundary _").permits().size());
    }

    @DatabaseTest
    void opensAPermitWithItsTypeSiteContactsAndHistory(TestDb db) {
        Database database = db.database();
        long id = TestPermits.create(database, "B2611-777", "9 Cielo Dr", "009-000-777", "Zoë Peña",
                "Apex Builders LLC");
        PermitDetails details = new PermitSearchService(database).open(id).orElseThrow();

        assertEquals("B2611-777", details.permit().number());
        assertEquals("Building", details.permit().typeName());
        assertEquals("009-000-777", details.permit().site().parcelNumber());
        assertEquals(List.of(ContactRole.OWNER, ContactRole.CONTRACTOR),
                details.contacts().stream().map(PermitDetails.Contact::role).toList());
        assertEquals(PermitStatus.APPLIED, details.history().get(0).toStatus());
        assertTrue(new PermitSearchService(database).open(-1).isEmpty());
    }

    @DatabaseTest
    void twoCommonNamesFindExactlyThePermitsWithBoth(TestDb db) {
        Database database = db.database();
        for (int i = 0; i < 40; i++) {
            TestPermits.create(database, String.format("N2611-%03d", i), (10 + i) + " Palo Ln", "400-000-" + i,
                    "Sandra Ortiz", null);
        }
        for (int i = 40; i < 120; i++) {
            TestPermits.create(database, String.format("N2611-%03d", i), (10 + i) + " Palo Ln", "400-000-" + i,
                    "Maria Torres", null);
        }
        List<Long> both = List.of(
                TestPermits.create(database, "N2611-200", "1 Palo Ln", "400-001-000", "Sandra Torres", null),
                TestPermits.create(database, "N2611-201", "2 Palo Ln", "400-001-001", "Sandra Torres", null),
                TestPermits.create(database, "N2611-202", "3 Palo Ln", "400-001-002", "SANDRA TORRES", null),
                TestPermits.create(database, "N2611-203", "9 Torres Ave", "400-001-003", "Sandra Lee", null));
        PermitSearchService search = new PermitSearchService(database);

        // "sandra" starts 44 terms and drives; "torres" (84) is checked for each of its permits.
        PermitSearchResult result = search.search("sandra torres");
        assertEquals(Set.copyOf(both), Set.copyOf(ids(result)), "the three Sandra Torres permits and Sandra Lee's"
                + " on Torres Ave, no other Sandra and no other Torres");
        assertFalse(result.more());
        assertEquals(Set.copyOf(both), Set.copyOf(ids(search.search("Torres Sandra"))));
        assertEquals(List.of(both.get(3)), ids(search.search("sandra torres ave")));
        assertEquals(List.of(), search.search("sandra t_rres").permits(), "_ must not stand for the o");
        assertEquals(List.of(), search.search("s%ra torres").permits(), "% must not stand for \"and\"");
    }

    @Test
    void accentsAndCaseDoNotMatter() {
        assertEquals(List.of("pena"), PermitSearchTerms.queryWords("PEÑA"));
        assertTrue(PermitSearchTerms.forPermit("B1", null, null, List.of("Zoë Peña")).contains("pena"));
    }

    /**
     * 201 permits B2612-0000 to B2612-0200 on Boundary Ln, parcels 261-200-000 to 261-200-200, all with
     * contractor Boundless Builders: 200 owned by Kept Family Trust and the last by Quinn Zabriskie Trust.
     * Made once per database; the tests share it.
     */
    private static synchronized Database boundaryLane(Database database) {
        if (new PermitSearchService(database).search("B2612-0200").permits().isEmpty()) {
            for (int i = 0; i <= PermitSearchService.MAX_RESULTS; i++) {
                String owner = i < PermitSearchService.MAX_RESULTS ? "Kept Family Trust" : "Quinn Zabriskie Trust";
                TestPermits.create(database, String.format("B2612-%04d", i), (500 + i) + " Boundary Ln",
                        String.format("261-200-%03d", i), owner, "Boundless Builders");
            }
        }
        return database;
    }

    private static void assertFound(PermitSearchResult result, long id) {
        assertTrue(ids(result).contains(id), "\"" + result.query() + "\" should find the permit, found "
                + result.permits().stream().map(PermitSummary::number).toList());
    }

    private static List<Long> ids(PermitSearchResult result) {
        return result.permits().stream().map(PermitSummary::id).toList();
    }

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-20T16:00:00Z"), ZoneOffset.UTC);
    static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
}
