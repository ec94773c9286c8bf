package org.permitdesk.permit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.permitdesk.platform.UserFacingException;
import org.permitdesk.staff.NotPermittedException;
import org.permitdesk.staff.SignedInUser;
import org.permitdesk.testing.DatabaseTest;
import org.permitdesk.testing.TestDb;
import org.permitdesk.testing.TestUsers;

class PermitIntakeServiceTest {

    private static final SignedInUser CARMEN = TestUsers.clerk("carmen");

    private static final NewPermit.NewContact OWNER = new NewPermit.NewContact(ContactRole.OWNER, "Ana Peña", null,
            null, "ana@example.com", "(760) 555-0142", null);

    private static long typeId(TestDb db, String code) {
        return db.database().fromTransaction(s -> s.createSelectionQuery("from PermitType where code = :c", PermitType.class)
                .setParameter("c", code).getSingleResult().getId());
    }

    private static NewPermit entry(long typeId, String address) {
        return new NewPermit(typeId, null, null, new NewPermit.NewSite(address, "Palm Valley", "CA", "92260",
                "007-123-045", null, null), List.of(OWNER), new BigDecimal("12500.00"), "Replace water heater", null);
    }

    @DatabaseTest
    void aNewPermitGetsTheNextNumberOfItsTypesTemplateAndIsFoundBySearch(TestDb db) {
        // A year no other test uses, so the numbering period starts fresh.
        Clock clock = Clock.fixed(Instant.parse("2031-03-15T17:00:00Z"), ZoneOffset.UTC);
        PermitIntakeService intake = new PermitIntakeService(db.database(), clock);

        PermitSummary first = intake.createPermit(entry(typeId(db, "WH"), "77 Zinnia Intake Way"), CARMEN);
        PermitSummary second = intake.createPermit(entry(typeId(db, "WH"), "78 Zinnia Intake Way"), CARMEN);

        String template = db.database().fromTransaction(s -> s.find(PermitType.class, typeId(db, "WH")).getNumberTemplate());
        PermitNumberTemplate numbers = new PermitNumberTemplate(template);
        String prefix = db.database().fromTransaction(s -> s.find(PermitType.class, typeId(db, "WH")).getPrefix());
        java.time.LocalDate day = java.time.LocalDate.of(2031, 3, 15);
        assertEquals(numbers.format(prefix, day, 1), first.number());
        assertEquals(numbers.format(prefix, day, 2), second.number());
        assertEquals(PermitStatus.APPLIED, first.status());
        PermitSearchResult found = new PermitSearchService(db.database()).search("77 zinnia intake");
        assertEquals(List.of(first.number()), found.permits().stream().map(PermitSummary::number).toList());
        assertEquals("007-123-045", new PermitSearchService(db.database()).open(first.id()).orElseThrow()
                .permit().site().parcelNumber(), "leading zeros kept");
    }

    @DatabaseTest
    void clerksSavingAtTheSameMomentGetConsecutiveNumbersWithoutGapsOrRepeats(TestDb db) throws Exception {
        Clock clock = Clock.fixed(Instant.parse("2032-07-01T17:00:00Z"), ZoneOffset.UTC);
        PermitIntakeService intake = new PermitIntakeService(db.database(), clock);
        long typeId = typeId(db, "E");
        List<String> numbers = Collections.synchronizedList(new ArrayList<>());
        ExecutorService clerks = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> saves = IntStream.range(0, 40).mapToObj(i -> clerks.submit(() ->
                    numbers.add(intake.createPermit(entry(typeId, i + " Concurrency Ct"), TestUsers.clerk("clerk" + i % 8)).number())))
                    .<Future<?>>map(f -> f).toList();
            for (Future<?> save : saves) {
                save.get();
            }
        } finally {
            clerks.shutdown();
        }

        String template = db.database().fromTransaction(s -> s.find(PermitType.class, typeId).getNumberTemplate());
        String prefix = db.database().fromTransaction(s -> s.find(PermitType.class, typeId).getPrefix());
        List<String> expected = IntStream.rangeClosed(1, 40).mapToObj(seq -> new PermitNumberTemplate(template)
                .format(prefix, java.time.LocalDate.of(2032, 7, 1), seq)).sorted().toList();
        assertEquals(expected, numbers.stream().sorted().toList());
    }

    @DatabaseTest
    void aNumberAlreadyTakenByAnImportIsSkippedInsteadOfBlockingNewPermits(TestDb db) throws Exception {
        Clock clock = Clock.fixed(Instant.parse("2034-03-02T17:00:00Z"), ZoneOffset.UTC);
        java.time.LocalDate day = java.time.LocalDate.of(2034, 3, 2);
        PermitIntakeService intake = new PermitIntakeService(db.database(), clock);
        long typeId = typeId(db, "E");
        PermitSummary first = intake.createPermit(entry(typeId, "1 Imported Way"), CARMEN);
        assertEquals(number(db, typeId, day, 1), first.number());
        // An import brings in the number the template gives next (the counter is at 1) and the one after it.
        takeNumber(db, first.number(), number(db, typeId, day, 2));
        PermitSummary imported = intake.createPermit(entry(typeId, "2 Imported Way"), CARMEN);
        takeNumber(db, imported.number(), number(db, typeId, day, 3));

        PermitSummary next = intake.createPermit(entry(typeId, "3 Imported Way"), CARMEN);
        PermitSummary after = intake.createPermit(entry(typeId, "4 Imported Way"), CARMEN);

        assertEquals(number(db, typeId, day, 4), next.number(), "numbers 2 and 3 are taken: the next free one");
        assertEquals(number(db, typeId, day, 5), after.number());
    }

    /** Gives the permit numbered {@code from} the number {@code to}, as an import carrying that number would. */
    private static void takeNumber(TestDb db, String from, String to) throws java.sql.SQLException {
        try (java.sql.Connection connection = db.database().dataSource().getConnection();
             java.sql.PreparedStatement update = connection.prepareStatement(
                     "UPDATE permit SET permit_number = ? WHERE permit_number = ?")) {
            update.setString(1, to);
            update.setString(2, from);
            assertEquals(1, update.executeUpdate());
            connection.commit();
        }
    }

    @DatabaseTest
    void anIncompleteEntryIsRefusedWithEveryProblemAndUsesNoNumber(TestDb db) {
        Clock clock = Clock.fixed(Instant.parse("2033-01-10T17:00:00Z"), ZoneOffset.UTC);
        PermitIntakeService intake = new PermitIntakeService(db.database(), clock);
        long typeId = typeId(db, "M");
        NewPermit incomplete = new NewPermit(typeId, null, null, null,
                List.of(new NewPermit.NewContact(ContactRole.CONTRACTOR, null, "Cool Air", "B-12", null, null, null)),
                new BigDecimal("-5"), " ", null);

        UserFacingException refused = assertThrows(UserFacingException.class, () -> intake.createPermit(incomplete, CARMEN));

        for (String expected : List.of("type the site's street address", "0 or more", "Describe the work",
                "Add the property owner", "licence number (1 to 8 digits)")) {
            assertTrue(refused.getMessage().contains(expected), refused.getMessage());
        }
        PermitSummary next = intake.createPermit(entry(typeId, "1 Gapless Rd"), CARMEN);
        String template = db.database().fromTransaction(s -> s.find(PermitType.class, typeId).getNumberTemplate());
        String prefix = db.database().fromTransaction(s -> s.find(PermitType.class, typeId).getPrefix());
        assertEquals(new PermitNumberTemplate(template).format(prefix, java.time.LocalDate.of(2033, 1, 10), 1), next.number());
    }

    private static NewPermit sameForm(NewPermit entry, String requestId) {
        return new NewPermit(entry.typeId(), entry.subtypeId(), entry.siteId(), entry.newSite(), entry.contacts(),
                entry.valuation(), entry.description(), entry.internalNotes(), requestId);
    }

    private static String number(TestDb db, long typeId, java.time.LocalDate day, int seq) {
        PermitType type = db.database().fromTransaction(s -> s.find(PermitType.class, typeId));
        return new PermitNumberTemplate(type.getNumberTemplate()).format(type.getPrefix(), day, seq);
    }

    private static long permitsAt(TestDb db, String address) {
        return db.database().count("SELECT COUNT(*) FROM permit p JOIN site s ON s.id = p.site_id"
                + " WHERE s.address_line = ?", address);
    }

    @DatabaseTest
    void theSameFormSavedTwiceIsOnePermitWithOneNumberAndOneHistory(TestDb db) {
        Clock clock = Clock.fixed(Instant.parse("2035-02-20T17:00:00Z"), ZoneOffset.UTC);
        PermitIntakeService intake = new PermitIntakeService(db.database(), clock);
        long typeId = typeId(db, "WH");
        NewPermit form = sameForm(entry(typeId, "12 Twice Saved Ln"), NewPermit.newRequestId());

        PermitSummary first = intake.createPermit(form, CARMEN);
        PermitSummary again = intake.createPermit(form, CARMEN);

        assertEquals(first, again, "the second save answers with the permit already saved");
        assertEquals(1, permitsAt(db, "12 Twice Saved Ln"));
        assertEquals(1, new PermitSearchService(db.database()).open(first.id()).orElseThrow().history().size(),
                "one 'Applied' in its history");
        PermitSummary next = intake.createPermit(entry(typeId, "13 Twice Saved Ln"), CARMEN);
        assertEquals(number(db, typeId, java.time.LocalDate.of(2035, 2, 20), 2), next.number(),
                "the second save used no number");
    }

    @DatabaseTest
    void twoPermitsEnteredSeparatelyWithTheSameContentAreBothSaved(TestDb db) {
        Clock clock = Clock.fixed(Instant.parse("2036-04-01T17:00:00Z"), ZoneOffset.UTC);
        PermitIntakeService intake = new PermitIntakeService(db.database(), clock);
        long typeId = typeId(db, "WH");
        NewPermit content = entry(typeId, "40 Duplex Twin Ct");

        PermitSummary one = intake.createPermit(sameForm(content, NewPermit.newRequestId()), CARMEN);
        PermitSummary other = intake.createPermit(sameForm(content, NewPermit.newRequestId()), CARMEN);

        assertEquals(List.of(number(db, typeId, java.time.LocalDate.of(2036, 4, 1), 1),
                number(db, typeId, java.time.LocalDate.of(2036, 4, 1), 2)), List.of(one.number(), other.number()));
        assertEquals(2, permitsAt(db, "40 Duplex Twin Ct"));
        // Permits saved without a form (imported, entered before request ids) have none, and any number may.
        TestPermits.create(db.database(), "B-NOFORM-1", "41 Duplex Twin Ct", "123-000-001", "Owner One", null);
        TestPermits.create(db.database(), "B-NOFORM-2", "42 Duplex Twin Ct", "123-000-002", "Owner Two", null);
        assertEquals(2, db.database().count("SELECT COUNT(*) FROM permit WHERE entry_request_id IS NULL"
                + " AND permit_number LIKE 'B-NOFORM-%'"));
    }

    @DatabaseTest
    void theSameFormSubmittedAtOnceFromSeveralThreadsIsOnePermit(TestDb db) throws Exception {
        Clock clock = Clock.fixed(Instant.parse("2037-09-09T17:00:00Z"), ZoneOffset.UTC);
        PermitIntakeService intake = new PermitIntakeService(db.database(), clock);
        long typeId = typeId(db, "E");
        NewPermit form = sameForm(entry(typeId, "9 Race Condition Rd"), NewPermit.newRequestId());
        int submissions = 6;
        CountDownLatch ready = new CountDownLatch(submissions);
        ExecutorService clerks = Executors.newFixedThreadPool(submissions);
        List<Future<PermitSummary>> saves = new ArrayList<>();
        try {
            for (int i = 0; i < submissions; i++) {
                saves.add(clerks.submit(() -> {
                    ready.countDown();
                    ready.await();
                    return intake.createPermit(form, CARMEN);
                }));
            }
            Set<String> answers = new HashSet<>();
            for (Future<PermitSummary> save : saves) {
                answers.add(save.get(60, TimeUnit.SECONDS).number());
            }
            java.time.LocalDate day = java.time.LocalDate.of(2037, 9, 9);
            assertEquals(Set.of(number(db, typeId, day, 1)), answers, "every submission answers with the one permit");
            assertEquals(1, permitsAt(db, "9 Race Condition Rd"));
            assertEquals(number(db, typeId, day, 2), intake.createPermit(entry(typeId, "10 Race Condition Rd"), CARMEN)
                    .number(), "the submissions that lost used no number");
        } finally {
            clerks.shutdownNow();
        }
    }

    @DatabaseTest
    void anInspectorIsRefusedEnteringAPermitAndToldWhoMay(TestDb db) {
        Clock clock = Clock.fixed(Instant.parse("2038-01-05T17:00:00Z"), ZoneOffset.UTC);
        PermitIntakeService intake = new PermitIntakeService(db.database(), clock);

        NotPermittedException refused = assertThrows(NotPermittedException.class, () -> intake.createPermit(
                entry(typeId(db, "WH"), "5 Inspector Only Way"), TestUsers.inspector("ivan")));

        assertEquals("Entering a permit is for counter clerk, supervisor or administrator; you are signed in as"
                + " Ivan (Inspector).", refused.getMessage());
        assertEquals(0, permitsAt(db, "5 Inspector Only Way"));
    }
}
