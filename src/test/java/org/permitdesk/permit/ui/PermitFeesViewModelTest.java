package org.permitdesk.permit.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.io.TempDir;
import org.permitdesk.permit.Permit;
import org.permitdesk.permit.TestPermits;
import org.permitdesk.permit.fee.FeeService;
import org.permitdesk.permit.fee.FeeSource;
import org.permitdesk.permit.fee.PaymentMethod;
import org.permitdesk.permit.fee.ReceiptService;
import org.permitdesk.permit.fee.SmipCategory;
import org.permitdesk.platform.TaskRunner;
import org.permitdesk.platform.report.ReportTemplates;
import org.permitdesk.testing.DatabaseTest;
import org.permitdesk.testing.TestDb;
import org.permitdesk.testing.TestUsers;

class PermitFeesViewModelTest {

    private final Clock clock = Clock.fixed(Instant.parse("2026-11-02T17:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path folder;

    @DatabaseTest
    void theClerkAssessesTakesTheWholeBalanceAndSavesTheReceipt(TestDb db) throws Exception {
        long id = TestPermits.create(db.database(), "B" + UUID.randomUUID().toString().substring(0, 8), "1 Fee Way",
                "123-456-787", "Owner Name", null);
        db.database().inTransaction(s -> s.find(Permit.class, id).setValuation(new BigDecimal("250000.00")));
        PermitFeesViewModel vm = new PermitFeesViewModel(TaskRunner.sameThread(), new FeeService(db.database(), clock),
                new ReceiptService(db.database(), new ReportTemplates(List.of()), "City of Palm Valley"), TestUsers.clerk("carmen"),
                () -> { });
        vm.load(id);

        vm.smipCategoryProperty().set(SmipCategory.RESIDENTIAL_1_TO_3_STORIES);
        vm.assess();
        assertTrue(vm.lines().stream().anyMatch(l -> l.source() == FeeSource.STATE_FEE
                && l.amount().compareTo(new BigDecimal("32.50")) == 0), vm.lines().toString());
        BigDecimal due = vm.balanceDueProperty().get();
        vm.takePayment("1,000,000.00", PaymentMethod.CASH, null, null);
        assertTrue(vm.messageIsErrorProperty().get(), "more than the balance is refused");
        vm.takePayment(due.toPlainString(), PaymentMethod.CHECK, "1042", "Ana Peña");

        assertEquals(0, vm.balanceDueProperty().get().signum());
        assertTrue(vm.totalsProperty().get().endsWith("Balance due $0.00"), vm.totalsProperty().get());
        AtomicReference<Path> opened = new AtomicReference<>();
        vm.saveReceipt(vm.payments().get(0), folder.resolve("receipt.pdf"), opened::set);
        assertTrue(new String(Files.readAllBytes(opened.get()), 0, 4, java.nio.charset.StandardCharsets.US_ASCII)
                .equals("%PDF"));
    }

    @DatabaseTest
    void anInspectorSeesTheFeesButNoPaymentButtonAndTheServiceRefusesHim(TestDb db) {
        long id = TestPermits.create(db.database(), "B" + UUID.randomUUID().toString().substring(0, 8), "2 Fee Way",
                "123-456-788", "Owner Name", null);
        db.database().inTransaction(s -> s.find(Permit.class, id).setValuation(new BigDecimal("1000.00")));
        new FeeService(db.database(), clock).assessFees(id, new org.permitdesk.permit.fee.FeeBasis(
                SmipCategory.OTHER, java.util.Map.of()), TestUsers.CLERK);
        PermitFeesViewModel vm = new PermitFeesViewModel(TaskRunner.sameThread(), new FeeService(db.database(), clock),
                new ReceiptService(db.database(), new ReportTemplates(List.of()), "City of Palm Valley"),
                TestUsers.INSPECTOR, () -> { });
        vm.load(id);

        assertFalse(vm.mayTakePayment(), "no Take payment button for an inspector");
        assertFalse(vm.mayAssessFees(), "no Assess fees button for an inspector");
        assertTrue(vm.balanceDueProperty().get().signum() > 0, "but the fees and balance are shown");
        vm.takePayment("1.00", PaymentMethod.CASH, null, null);
        assertTrue(vm.messageIsErrorProperty().get());
        assertTrue(vm.messageProperty().get().startsWith("Taking a payment is for counter clerk or supervisor"),
                vm.messageProperty().get());
        assertTrue(vm.payments().isEmpty(), "nothing was taken");
    }
}
