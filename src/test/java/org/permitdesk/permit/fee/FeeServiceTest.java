package org.permitdesk.permit.fee;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.function.Executable;
import org.permitdesk.permit.Permit;
import org.permitdesk.permit.TestPermits;
import org.permitdesk.platform.UserFacingException;
import org.permitdesk.testing.DatabaseTest;
import org.permitdesk.testing.MutableClock;
import org.permitdesk.testing.TestDb;
import org.permitdesk.testing.TestUsers;

class FeeServiceTest {

    private static final AtomicInteger NEXT = new AtomicInteger(100);
    private static final FeeBasis RESIDENTIAL = new FeeBasis(SmipCategory.RESIDENTIAL_1_TO_3_STORIES, Map.of());

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-29T18:00:00Z"));

    private FeeService service(TestDb db) {
        return new FeeService(db.database(), clock);
    }

    /** A permit of the type its number starts with (B, E, P, WH), with the valuation given (or none). */
    static long permit(TestDb db, String prefix, String valuation) {
        String number = prefix + "2611-" + NEXT.incrementAndGet();
        long id = TestPermits.create(db.database(), number, NEXT.get() + " Fee Test Way", "012-345-" + NEXT.get(),
                "Maria Lopez", null);
        if (valuation != null) {
            db.database().inTransaction(session ->
                    session.find(Permit.class, id).setValuation(new BigDecimal(valuation)));
        }
        return id;
    }

    @DatabaseTest
    void assessingABuildingPermitChargesTheSeededScheduleAndTheStateFees(TestDb db) {
        long id = permit(db, "B", "250000.00");

        FeesAndPayments fees = service(db).assessFees(id, RESIDENTIAL, TestUsers.clerk("clerk"));

        assertEquals(List.of(
                "Permit issuance 45.00 SCHEDULE",
                "Building permit fee (valuation) on $250,000.00 2686.50 SCHEDULE",
                "Technology and records fee 18.00 SCHEDULE",
                "State SB 1473 building standards fee 10.00 STATE_FEE",
                "State SMIP strong-motion fee (Group R, 1–3 stories) 32.50 STATE_FEE"), describe(fees));
        assertEquals(new BigDecimal("2792.00"), fees.total());
        assertEquals(new BigDecimal("2792.00"), fees.balanceDue());
        assertEquals(Optional.of(RESIDENTIAL), fees.basis());
    }

    @DatabaseTest
    void assessingAgainReplacesScheduleAndStateLinesButKeepsManualOnes(TestDb db) {
        long id = permit(db, "B", "250000.00");
        service(db).assessFees(id, RESIDENTIAL, TestUsers.clerk("clerk"));
        service(db).addManualFee(id, "Expedited plan review", new BigDecimal("150"), "Applicant asked for it", TestUsers.clerk("clerk"));
        db.database().inTransaction(session -> session.find(Permit.class, id).setValuation(new BigDecimal("100000")));

        FeesAndPayments fees = service(db).assessFees(id, TestUsers.supervisor("supervisor"));

        assertEquals(List.of(
                "Expedited plan review 150.00 MANUAL",
                "Permit issuance 45.00 SCHEDULE",
                "Building permit fee (valuation) on $100,000.00 1456.50 SCHEDULE",
                "Technology and records fee 18.00 SCHEDULE",
                "State SB 1473 building standards fee 4.00 STATE_FEE",
                "State SMIP strong-motion fee (Group R, 1–3 stories) 13.00 STATE_FEE"), describe(fees));
        assertEquals("Applicant asked for it", fees.lines().get(0).reason());
        assertEquals("supervisor", fees.lines().get(1).createdBy());
        assertEquals(new BigDecimal("1686.50"), fees.total());
    }

    @DatabaseTest
    void aValuedPermitNeedsItsSmipCategoryBeforeItsFeesAreAssessed(TestDb db) {
        long id = permit(db, "B", "80000.00");

        UserFacingException refused = assertThrows(UserFacingException.class,
                () -> service(db).assessFees(id, TestUsers.clerk("clerk")));

        assertTrue(refused.getMessage().contains("SMIP category"), refused.getMessage());
        assertEquals(List.of(), service(db).feesAndPayments(id).lines());
    }

    @DatabaseTest
    void perUnitFeesUseTheUnitsRecordedForThePermit(TestDb db) {
        long id = permit(db, "P", null);
        FeeService fees = service(db);

        assertEquals(List.of("fixture", "gas outlet", "lateral", "dwelling unit"), fees.unitNames(id));
        FeesAndPayments assessed = fees.assessFees(id,
                new FeeBasis(SmipCategory.OTHER, Map.of("fixture", 6, "gas outlet", 2)), TestUsers.clerk("clerk"));

        assertEquals(List.of(
                "Permit issuance 45.00 SCHEDULE",
                "Plumbing fixtures (6 × $14.00 per fixture) 84.00 SCHEDULE",
                "Gas outlets (2 × $11.50 per gas outlet) 23.00 SCHEDULE"), describe(assessed));
        assertEquals(assessed.lines().stream().map(FeeLineView::description).toList(),
                fees.assessFees(id, TestUsers.clerk("clerk")).lines().stream().map(FeeLineView::description).toList(),
                "assessing again uses the units recorded");
    }

    @DatabaseTest
    void aManualFeeNeedsADescriptionANonZeroAmountInCentsAndAReason(TestDb db) {
        long id = permit(db, "WH", null);
        FeeService fees = service(db);

        assertRefused("reason", () -> fees.addManualFee(id, "Reinspection", new BigDecimal("95"), " ", TestUsers.clerk("clerk")));
        assertRefused("what the fee is for", () -> fees.addManualFee(id, "", new BigDecimal("95"), "why", TestUsers.clerk("clerk")));
        assertRefused("can't be $0.00", () -> fees.addManualFee(id, "Reinspection", BigDecimal.ZERO, "why", TestUsers.clerk("clerk")));
        assertRefused("more than two decimals",
                () -> fees.addManualFee(id, "Reinspection", new BigDecimal("95.005"), "why", TestUsers.clerk("clerk")));
        FeesAndPayments withCredit = fees.addManualFee(id, "Senior discount", new BigDecimal("-10.00"),
                "City council resolution 2026-14", TestUsers.clerk("clerk"));

        assertEquals(new BigDecimal("-10.00"), withCredit.total());
        assertEquals(1, withCredit.lines().size(), "the refused ones saved nothing");
    }

    @DatabaseTest
    void eachPaymentRuleIsRefusedWithWhatToFix(TestDb db) {
        long id = permit(db, "WH", null);
        FeeService fees = service(db);
        assertRefused("no balance due", () -> fees.recordPayment(id, new BigDecimal("10"), PaymentMethod.CASH, null,
                TestUsers.clerk("clerk")));
        fees.assessFees(id, TestUsers.clerk("clerk")); // Water heater replacement $118.00

        assertRefused("greater than $0.00", () -> fees.recordPayment(id, BigDecimal.ZERO, PaymentMethod.CASH, null,
                TestUsers.clerk("clerk")));
        assertRefused("$120.00 is more than the balance due on permit", () -> fees.recordPayment(id,
                new BigDecimal("120.00"), PaymentMethod.CASH, null, TestUsers.clerk("clerk")));
        assertRefused("take at most $118.00", () -> fees.recordPayment(id, new BigDecimal("120.00"),
                PaymentMethod.CASH, null, TestUsers.clerk("clerk")));
        assertRefused("check number", () -> fees.recordPayment(id, new BigDecimal("18"), PaymentMethod.CHECK, "  ",
                TestUsers.clerk("clerk")));
        assertRefused("card terminal", () -> fees.recordPayment(id, new BigDecimal("18"), PaymentMethod.CARD, null,
                TestUsers.clerk("clerk")));
        assertRefused("cash, check or card", () -> fees.recordPayment(id, new BigDecimal("18"), null, null, TestUsers.clerk("clerk")));
        assertEquals(List.of(), fees.feesAndPayments(id).payments());
    }

    @DatabaseTest
    void paymentsReduceTheBalanceAndGetReceiptNumbersOfTheYear(TestDb db) {
        long id = permit(db, "WH", null);
        FeeService fees = service(db);
        fees.assessFees(id, TestUsers.clerk("clerk"));

        PaymentView check = fees.recordPayment(id, new BigDecimal("100"), PaymentMethod.CHECK, " 1042 ",
                "Maria Lopez", TestUsers.clerk("clerk"));
        PaymentView card = fees.recordPayment(id, new BigDecimal("18.00"), PaymentMethod.CARD, "AUTH 8F3K2Q", TestUsers.clerk("clerk"));
        FeesAndPayments after = fees.feesAndPayments(id);

        assertTrue(check.receiptNumber().matches("R" + databaseYear(db) + "-\\d{6}"), check.receiptNumber());
        assertEquals(number(check) + 1, number(card), "the next receipt gets the next number");
        assertEquals("1042", check.reference());
        assertEquals("Maria Lopez", check.payerName());
        assertEquals(List.of(check, card), after.payments());
        assertEquals(new BigDecimal("118.00"), after.paid());
        assertEquals(new BigDecimal("0.00"), after.balanceDue());
        assertRefused("no balance due", () -> fees.recordPayment(id, new BigDecimal("1"), PaymentMethod.CASH, null,
                TestUsers.clerk("clerk")));
    }

    @DatabaseTest
    void twoClerksTakingPaymentsAtOnceNeverShareAReceiptNumberNorOverpay(TestDb db) throws Exception {
        long shared = permit(db, "WH", null);
        FeeService fees = service(db);
        fees.addManualFee(shared, "Reinspection", new BigDecimal("5.00"), "Failed final", TestUsers.clerk("clerk"));
        List<Long> others = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            long other = permit(db, "WH", null);
            fees.assessFees(other, TestUsers.clerk("clerk"));
            others.add(other);
        }

        List<Callable<String>> payments = new ArrayList<>();
        for (int i = 0; i < 8; i++) {  // 8 × $1 on a permit that owes $5: three must be refused
            payments.add(() -> fees.recordPayment(shared, BigDecimal.ONE, PaymentMethod.CASH, null, TestUsers.clerk("clerk"))
                    .receiptNumber());
        }
        others.forEach(other -> payments.add(() -> fees.recordPayment(other, new BigDecimal("118.00"),
                PaymentMethod.CARD, "T" + other, TestUsers.clerk("counter2")).receiptNumber()));
        List<String> receipts = Collections.synchronizedList(new ArrayList<>());
        int refused = runAtOnce(payments, receipts);

        assertEquals(3, refused);
        assertEquals(new BigDecimal("0.00"), fees.feesAndPayments(shared).balanceDue());
        List<Integer> numbers = receipts.stream().map(r -> Integer.parseInt(r.substring(6))).sorted().toList();
        assertEquals(11, numbers.stream().distinct().count(), "every receipt number is different: " + receipts);
        assertEquals(numbers.get(0) + 10, numbers.get(10), "no number is skipped: " + numbers);
    }

    @DatabaseTest
    void clientsWhoseClocksDisagreeAtNewYearTakePaymentsInTheDatabasesYearWithoutClashing(TestDb db) {
        FeeService oldYear = new FeeService(db.database(), new MutableClock(Instant.parse("2026-12-31T23:59:00Z")));
        FeeService newYear = new FeeService(db.database(), new MutableClock(Instant.parse("2027-01-01T00:01:00Z")));
        long id = permit(db, "WH", null);
        oldYear.assessFees(id, TestUsers.clerk("clerk"));

        List<String> receipts = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            receipts.add(oldYear.recordPayment(id, BigDecimal.ONE, PaymentMethod.CASH, null, TestUsers.clerk("ann"))
                    .receiptNumber());
            receipts.add(newYear.recordPayment(id, BigDecimal.ONE, PaymentMethod.CASH, null, TestUsers.clerk("bo"))
                    .receiptNumber());
        }

        String year = "R" + databaseYear(db) + "-";
        assertTrue(receipts.stream().allMatch(r -> r.startsWith(year)), "the database's year on all: " + receipts);
        List<Integer> numbers = receipts.stream().map(r -> Integer.parseInt(r.substring(6))).toList();
        assertEquals(IntStream.range(0, 6).mapToObj(i -> numbers.get(0) + i).toList(), numbers,
                "one sequence, in order, none repeated: " + receipts);
        assertEquals(new BigDecimal("6.00"), oldYear.feesAndPayments(id).paid());
    }

    @DatabaseTest
    void aCounterAlreadyInALaterYearKeepsNumberingThereInsteadOfStartingAnEarlierYearAgain(TestDb db) throws Exception {
        try (TestDb fresh = TestDb.create(db.kind())) {
            int later = databaseYear(fresh) + 1;
            try (java.sql.Connection connection = fresh.database().dataSource().getConnection();
                 java.sql.PreparedStatement ahead = connection.prepareStatement(
                         "UPDATE receipt_number_counter SET year_no = ?, last_value = 7 WHERE id = 1")) {
                ahead.setInt(1, later);
                ahead.executeUpdate();
                connection.commit();
            }
            FeeService fees = new FeeService(fresh.database(), clock);
            long id = permit(fresh, "WH", null);
            fees.assessFees(id, TestUsers.clerk("clerk"));

            PaymentView payment = fees.recordPayment(id, BigDecimal.ONE, PaymentMethod.CASH, null,
                    TestUsers.clerk("clerk"));

            assertEquals("R" + later + "-000008", payment.receiptNumber());
        }
    }

    /** This year by the database server's clock (the receipts' year). */
    private static int databaseYear(TestDb db) {
        try (java.sql.Connection connection = db.database().dataSource().getConnection();
             java.sql.ResultSet now = connection.createStatement().executeQuery("SELECT CURRENT_TIMESTAMP")) {
            now.next();
            int year = now.getObject(1, java.time.OffsetDateTime.class).atZoneSameInstant(ZoneOffset.UTC).getYear();
            connection.rollback();
            return year;
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs all calls at the same moment on their own threads; returns how many were refused. */
    private static int runAtOnce(List<Callable<String>> calls, List<String> results) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<String>> futures = new ArrayList<>();
            for (Callable<String> call : calls) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            int refused = 0;
            for (Future<String> future : futures) {
                try {
                    results.add(future.get());
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof UserFacingException)
                            || !e.getCause().getMessage().contains("balance due")) {
                        throw e;
                    }
                    refused++;
                }
            }
            return refused;
        } finally {
            pool.shutdownNow();
        }
    }

    private static int number(PaymentView payment) {
        return Integer.parseInt(payment.receiptNumber().substring(6));
    }

    private static List<String> describe(FeesAndPayments fees) {
        return fees.lines().stream()
                .map(line -> line.description() + " " + line.amount().toPlainString() + " " + line.source()).toList();
    }

    private static void assertRefused(String expectedPart, Executable call) {
        UserFacingException refused = assertThrows(UserFacingException.class, call);
        assertTrue(refused.getMessage().contains(expectedPart), refused.getMessage());
    }
}
