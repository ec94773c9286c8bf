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
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.permitdesk.platform.UserFacingException;
import org.permitdesk.staff.SignedInUser;
import org.permitdesk.testing.DatabaseTest;
import org.permitdesk.testing.TestDb;

class PermitIntakeServiceTest {

    private static final SignedInUser CARMEN = TestStaff.clerk("carmen");

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
                .permit().getSite().getParcelNumber(), "leading zeros kept");
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
                    numbers.add(intake.createPermit(entry(typeId, i + " Concurrency Ct"), TestStaff.clerk("clerk" + i % 8)).number())))
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
}
