package org.permitdesk.report;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import net.sf.jasperreports.engine.JRDataSource;
import org.permitdesk.permit.PermitStatus;

/**
 * Issued permits whose expiry date is from today to today + N days (both included), soonest first: the permits to
 * remind before they expire. Permits already past their date are not here (they are expired daily).
 */
public record ExpiringData(LocalDate today, LocalDate until, List<Expiring> permits) implements ReportData {

    /** One issued permit and when it expires. */
    public record Expiring(String permitNumber, String typeCode, String typeName, String siteAddress,
                           LocalDate issuedDate, LocalDate expiresDate, long daysLeft) {
    }

    private static final String QUERY = """
            SELECT p.permit_number, t.code, t.name, s.address_line, p.issued_date, p.expires_date
            FROM permit p
            JOIN permit_type t ON t.id = p.permit_type_id
            JOIN site s ON s.id = p.site_id
            WHERE p.status = ? AND p.expires_date >= ? AND p.expires_date <= ?
            ORDER BY p.expires_date, p.permit_number""";

    static ExpiringData load(Connection connection, ReportRequest request, LocalDate today) throws SQLException {
        LocalDate until = today.plusDays(request.days());
        List<Expiring> permits = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(QUERY)) {
            query.setFetchSize(1_000);
            query.setString(1, PermitStatus.ISSUED.name());
            query.setObject(2, today);
            query.setObject(3, until);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    LocalDate expires = rs.getObject(6, LocalDate.class);
                    permits.add(new Expiring(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getObject(5, LocalDate.class), expires, ChronoUnit.DAYS.between(today, expires)));
                }
            }
        }
        return new ExpiringData(today, until, permits);
    }

    @Override
    public Map<String, Object> parameters() {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("TODAY", ReportDates.sqlDate(today));
        parameters.put("UNTIL", ReportDates.sqlDate(until));
        parameters.put("TOTAL", permits.size());
        return parameters;
    }

    @Override
    public JRDataSource dataSource() {
        Map<String, Function<Expiring, ?>> fields = new LinkedHashMap<>();
        fields.put("permitNumber", Expiring::permitNumber);
        fields.put("typeCode", Expiring::typeCode);
        fields.put("typeName", Expiring::typeName);
        fields.put("siteAddress", Expiring::siteAddress);
        fields.put("issuedDate", permit -> ReportDates.sqlDate(permit.issuedDate()));
        fields.put("expiresDate", permit -> ReportDates.sqlDate(permit.expiresDate()));
        fields.put("daysLeft", permit -> (int) permit.daysLeft());
        return new RowsDataSource<>(permits, fields);
    }

    @Override
    public List<String> csvHeader() {
        return List.of("permit_number", "permit_type", "site_address", "issued_date", "expires_date", "days_left");
    }

    @Override
    public Stream<List<Object>> csvRows() {
        return permits.stream().map(permit -> List.of(permit.permitNumber(), permit.typeCode(), permit.siteAddress(),
                ReportDates.iso(permit.issuedDate()), ReportDates.iso(permit.expiresDate()), permit.daysLeft()));
    }

    @Override
    public int rowCount() {
        return permits.size();
    }
}
