package org.permitdesk.report;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import net.sf.jasperreports.engine.JRDataSource;
import org.permitdesk.permit.fee.PaymentMethod;

/**
 * Payments received in a date range (days of the city's time zone, both ends included), by day and payment
 * method, each payment listed: what a cashier balances the drawer and the card terminal against.
 */
public record FeesCollectedData(List<Collected> payments) implements ReportData {

    /** One payment, on the city's day it was received. */
    public record Collected(LocalDate day, PaymentMethod method, String receiptNumber, String permitNumber,
                            String payer, String reference, BigDecimal amount, String receivedBy) {
    }

    private static final String QUERY = """
            SELECT y.received_at, y.method, y.receipt_number, p.permit_number, y.payer_name, y.reference, y.amount,
                   COALESCE(u.full_name, y.received_by)
            FROM payment y
            JOIN permit p ON p.id = y.permit_id
            LEFT JOIN staff_user u ON u.username = y.received_by
            WHERE y.received_at >= ? AND y.received_at < ?""";

    static FeesCollectedData load(Connection connection, ReportRequest request, ZoneId zone) throws SQLException {
        List<Collected> payments = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(QUERY)) {
            query.setFetchSize(1_000);
            query.setObject(1, startOf(request.from(), zone));
            query.setObject(2, startOf(request.to().plusDays(1), zone));
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    LocalDate day = rs.getObject(1, OffsetDateTime.class).atZoneSameInstant(zone).toLocalDate();
                    payments.add(new Collected(day, PaymentMethod.valueOf(rs.getString(2)), rs.getString(3),
                            rs.getString(4), rs.getString(5), rs.getString(6), rs.getBigDecimal(7), rs.getString(8)));
                }
            }
        }
        payments.sort(Comparator.comparing(Collected::day).thenComparing(Collected::method)
                .thenComparing(Collected::receiptNumber));
        return new FeesCollectedData(List.copyOf(payments));
    }

    private static OffsetDateTime startOf(LocalDate day, ZoneId zone) {
        return day.atStartOfDay(zone).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
    }

    /** The total of each payment method over the whole range. */
    public Map<PaymentMethod, BigDecimal> totalsByMethod() {
        Map<PaymentMethod, BigDecimal> totals = new EnumMap<>(PaymentMethod.class);
        for (PaymentMethod method : PaymentMethod.values()) {
            totals.put(method, new BigDecimal("0.00"));
        }
        payments.forEach(payment -> totals.merge(payment.method(), payment.amount(), BigDecimal::add));
        return totals;
    }

    public BigDecimal total() {
        return payments.stream().map(Collected::amount).reduce(new BigDecimal("0.00"), BigDecimal::add);
    }

    @Override
    public Map<String, Object> parameters() {
        Map<String, Object> parameters = new HashMap<>();
        Map<PaymentMethod, BigDecimal> totals = totalsByMethod();
        parameters.put("CASH_TOTAL", totals.get(PaymentMethod.CASH));
        parameters.put("CHECK_TOTAL", totals.get(PaymentMethod.CHECK));
        parameters.put("CARD_TOTAL", totals.get(PaymentMethod.CARD));
        parameters.put("TOTAL", total());
        parameters.put("PAYMENTS", payments.size());
        return parameters;
    }

    @Override
    public JRDataSource dataSource() {
        Map<String, Function<Collected, ?>> fields = new LinkedHashMap<>();
        fields.put("day", payment -> ReportDates.sqlDate(payment.day()));
        fields.put("method", payment -> methodName(payment.method()));
        fields.put("receiptNumber", Collected::receiptNumber);
        fields.put("permitNumber", Collected::permitNumber);
        fields.put("payer", Collected::payer);
        fields.put("reference", Collected::reference);
        fields.put("amount", Collected::amount);
        fields.put("receivedBy", Collected::receivedBy);
        return new RowsDataSource<>(payments, fields);
    }

    static String methodName(PaymentMethod method) {
        return switch (method) {
            case CASH -> "Cash";
            case CHECK -> "Check";
            case CARD -> "Card";
        };
    }

    @Override
    public List<String> csvHeader() {
        return List.of("date", "method", "receipt_number", "permit_number", "payer", "reference", "amount",
                "received_by");
    }

    @Override
    public Stream<List<Object>> csvRows() {
        return payments.stream().map(payment -> java.util.Arrays.asList(payment.day().toString(),
                payment.method().name(), payment.receiptNumber(), payment.permitNumber(), payment.payer(),
                payment.reference(), payment.amount().toPlainString(), payment.receivedBy()));
    }

    @Override
    public int rowCount() {
        return payments.size();
    }
}
