package org.permitdesk.permit.fee;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import net.sf.jasperreports.engine.JREmptyDataSource;
import net.sf.jasperreports.engine.JasperReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.permitdesk.platform.UserFacingException;
import org.permitdesk.platform.report.ReportTemplates;
import org.permitdesk.testing.DatabaseTest;
import org.permitdesk.testing.MutableClock;
import org.permitdesk.testing.TestDb;
import org.permitdesk.staff.StaffService;
import org.permitdesk.staff.Role;
import org.permitdesk.platform.security.PasswordHasher;
import org.permitdesk.testing.TestUsers;

class ReceiptServiceTest {

    private static final String CITY = "City of Palm Valley — Permit Center";

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-29T18:00:00Z"));

    @TempDir
    Path adjusted;

    @DatabaseTest
    void theReceiptShowsTheReceiptNumberPermitPaymentFeesAndBalance(TestDb db) throws IOException {
        FeeService fees = new FeeService(db.database(), clock);
        new StaffService(db.database(), new PasswordHasher(), clock).createUser("clerk", "Carmen Ortiz",
                "a long enough password", java.util.EnumSet.of(Role.CLERK), TestUsers.ADMIN);
        long permit = FeeServiceTest.permit(db, "B", "250000.00");
        fees.assessFees(permit, new FeeBasis(SmipCategory.RESIDENTIAL_1_TO_3_STORIES, Map.of()), TestUsers.clerk("clerk"));
        fees.recordPayment(permit, new BigDecimal("792.00"), PaymentMethod.CASH, null, TestUsers.clerk("clerk"));
        PaymentView payment = fees.recordPayment(permit, new BigDecimal("1500.00"), PaymentMethod.CHECK, "1042",
                "Maria Lopez", TestUsers.clerk("clerk"));
        String permitNumber = fees.feesAndPayments(permit).permitNumber();

        byte[] pdf = new ReceiptService(db.database(), new ReportTemplates(List.of()), CITY)
                .receiptPdf(payment.id());

        assertEquals("%PDF", new String(pdf, 0, 4, StandardCharsets.US_ASCII));
        String text = text(pdf);
        for (String expected : List.of(CITY, "Receipt " + payment.receiptNumber(), permitNumber, "Fee Test Way",
                "Maria Lopez", "Check no. 1042", "Building permit fee (valuation) on $250,000.00", "$2,686.50",
                "State SMIP strong-motion fee", "$32.50", "$1,500.00", "$2,792.00", "$792.00", "$500.00",
                "Carmen Ortiz")) {
            assertTrue(text.contains(expected), "the receipt shows " + expected + ":\n" + text);
        }
        assertFalse(text.contains("Received by: clerk"), "the clerk's name, not the sign-in name:\n" + text);
        assertEquals("Carmen Ortiz", fees.feesAndPayments(permit).payments().get(0).receivedBy(),
                "the permit's payments list says who took each payment by name");
        assertTrue(text.indexOf("Amount paid") < text.indexOf("$1,500.00", text.indexOf("Amount paid")), text);
        assertTrue(text.indexOf("Balance remaining") < text.lastIndexOf("$500.00"), text);
    }

    @Test
    void theTemplateIsCompiledOnceAndAnAdjustedCopyBesideTheJarWins() throws IOException {
        ReportTemplates builtIn = new ReportTemplates(List.of(adjusted));
        assertSame(builtIn.report(ReceiptService.TEMPLATE), builtIn.report(ReceiptService.TEMPLATE),
                "compiled once, then kept");

        Files.writeString(adjusted.resolve(ReceiptService.TEMPLATE),
                builtInTemplate().replace("Payment receipt", "Official payment receipt"));
        ReportTemplates withCopy = new ReportTemplates(List.of(adjusted));
        byte[] pdf = withCopy.pdf(ReceiptService.TEMPLATE, Map.of("RECEIPT_NUMBER", "R2026-000001",
                "PAID_TO_DATE", BigDecimal.ONE, "AMOUNT_PAID", BigDecimal.ONE), new JREmptyDataSource(0));

        assertTrue(text(pdf).contains("Official payment receipt"), text(pdf));
        JasperReport first = withCopy.report(ReceiptService.TEMPLATE);
        Files.setLastModifiedTime(adjusted.resolve(ReceiptService.TEMPLATE),
                FileTime.from(Instant.now().plusSeconds(60)));
        assertNotSame(first, withCopy.report(ReceiptService.TEMPLATE), "an edited copy is compiled again");
    }

    @Test
    void anAdjustedCopyWithAMistakeIsRefusedNamingTheFile() throws IOException {
        Files.writeString(adjusted.resolve(ReceiptService.TEMPLATE),
                builtInTemplate().replace("$P{RECEIPT_NUMBER}", "$P{NO_SUCH_PARAMETER}"));

        UserFacingException refused = assertThrows(UserFacingException.class,
                () -> new ReportTemplates(List.of(adjusted)).report(ReceiptService.TEMPLATE));

        assertTrue(refused.getMessage().contains(adjusted.resolve(ReceiptService.TEMPLATE).toString()),
                refused.getMessage());
        assertTrue(refused.getMessage().contains("remove the adjusted copy"), refused.getMessage());
    }

    private static String builtInTemplate() throws IOException {
        try (InputStream in = ReceiptServiceTest.class.getResourceAsStream("/reports/receipt.jrxml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static String text(byte[] pdf) {
        return org.permitdesk.testing.PdfText.of(pdf);
    }
}
