package org.permitdesk.permit.fee;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import org.permitdesk.platform.Formats;
import org.permitdesk.platform.UserFacingException;
import org.permitdesk.platform.db.Database;
import org.permitdesk.platform.report.ReportTemplates;
import org.permitdesk.staff.StaffNames;

/**
 * The printed receipt of a payment (template {@code reports/receipt.jrxml}): jurisdiction, receipt number,
 * date, permit, address, payer, method and reference, the permit's fee lines, the amount paid and the
 * balance remaining after this payment. Slow (fills a report): never on the JavaFX thread.
 */
public final class ReceiptService {

    public static final String TEMPLATE = "receipt.jrxml";

    private final Database database;
    private final ReportTemplates templates;
    private final String jurisdiction;

    public ReceiptService(Database database, ReportTemplates templates, String jurisdiction) {
        this.database = database;
        this.templates = templates;
        this.jurisdiction = jurisdiction;
    }

    /** The receipt of payment {@code paymentId} as a PDF. */
    public byte[] receiptPdf(long paymentId) {
        Receipt receipt = database.fromTransaction(session -> {
            Payment payment = session.createSelectionQuery("""
                            from Payment p join fetch p.permit permit join fetch permit.site
                            where p.id = :id""", Payment.class)
                    .setParameter("id", paymentId).uniqueResultOptional()
                    .orElseThrow(() -> new UserFacingException("Payment " + paymentId + " no longer exists."));
            List<PermitFeeLine> lines = session.createSelectionQuery(
                            "from PermitFeeLine where permit = :permit order by id", PermitFeeLine.class)
                    .setParameter("permit", payment.getPermit()).getResultList();
            BigDecimal paidToDate = session.createSelectionQuery(
                            "select coalesce(sum(amount), 0) from Payment where permit = :permit and id <= :id",
                            BigDecimal.class)
                    .setParameter("permit", payment.getPermit()).setParameter("id", paymentId).getSingleResult();
            PaymentView view = payment.view();
            return new Receipt(view.receivedBy(StaffNames.fullName(session, view.receivedBy())), payment.getPermit().getNumber(),
                    payment.getPermit().getSite().fullAddress(), lines.stream().map(PermitFeeLine::view).toList(),
                    paidToDate);
        });
        return templates.pdf(TEMPLATE, parameters(receipt), rows(receipt.lines()));
    }

    private Map<String, Object> parameters(Receipt receipt) {
        PaymentView payment = receipt.payment();
        BigDecimal total = receipt.lines().stream().map(FeeLineView::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        Map<String, Object> parameters = new HashMap<>();
        parameters.put(JRParameter.REPORT_LOCALE, Locale.US);
        parameters.put("JURISDICTION", jurisdiction);
        parameters.put("RECEIPT_NUMBER", payment.receiptNumber());
        parameters.put("RECEIVED_AT", Formats.dateTime(payment.receivedAt()));
        parameters.put("PERMIT_NUMBER", receipt.permitNumber());
        parameters.put("ADDRESS", receipt.address());
        parameters.put("PAYER", Formats.text(payment.payerName()));
        parameters.put("METHOD", methodText(payment));
        parameters.put("RECEIVED_BY", payment.receivedBy());
        parameters.put("AMOUNT_PAID", payment.amount());
        parameters.put("TOTAL_FEES", total.setScale(2));
        parameters.put("PAID_TO_DATE", receipt.paidToDate().setScale(2));
        parameters.put("BALANCE", total.subtract(receipt.paidToDate()).setScale(2));
        return parameters;
    }

    /** "Cash", "Check no. 1042", "Card, ref. 8F3K2Q". */
    static String methodText(PaymentView payment) {
        return switch (payment.method()) {
            case CASH -> "Cash";
            case CHECK -> "Check no. " + payment.reference();
            case CARD -> "Card, ref. " + payment.reference();
        };
    }

    private static JRMapCollectionDataSource rows(List<FeeLineView> lines) {
        List<Map<String, ?>> rows = lines.stream()
                .<Map<String, ?>>map(line -> Map.of("description", line.description(), "amount", line.amount()))
                .toList();
        return new JRMapCollectionDataSource(rows);
    }

    private record Receipt(PaymentView payment, String permitNumber, String address, List<FeeLineView> lines,
                           BigDecimal paidToDate) {
    }
}
