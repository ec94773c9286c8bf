package org.permitdesk.report;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Stream;
import net.sf.jasperreports.engine.JRDataSource;
import org.permitdesk.permit.PermitStatus;

/**
 * The issued / finaled report's rows: the permits whose issued date is in the range (whatever their status now)
 * and the permits whose finaled date is in it, both days included, optionally of some permit types only; a
 * permit issued and finaled in the range is in both lists. The summary's fees are the assessed fee lines of the
 * permits issued, added up.
 */
public record IssuedFinaledData(List<PermitLine> issued, List<PermitLine> finaled, List<TypeTotals> byType,
                                String typesText) implements ReportData {

    /** The CSV's columns, exactly. */
    public static final List<String> CSV_COLUMNS = List.of("section", "permit_number", "permit_type", "site_address",
            "issued_date", "finaled_date", "valuation");

    public enum Section { ISSUED, FINALED }

    /** One permit in one list; {@code status} is its status now ("Finaled"). */
    public record PermitLine(Section section, String permitNumber, String typeCode, String typeName, String siteAddress,
                             LocalDate issuedDate, LocalDate finaledDate, String status, BigDecimal valuation) {
    }

    /** One permit type's line of the summary: issued count, their valuation and fees, finaled count. */
    public record TypeTotals(String typeCode, String typeName, int issued, BigDecimal issuedValuation,
                             BigDecimal issuedFees, int finaled) {
    }

    /**
     * One list, in date then permit-number order. The permit type is not joined but looked up from the few types
     * read first, and the type filter applied to the rows read: joined, the tiny type table led H2's plan, which
     * then read every permit of every year through the type's index (40 s for a year of a million-permit
     * database) instead of the permits in the range through the date's index. The lists do not show fees: the
     * summary's are added up by {@link #ISSUED_FEES_BY_TYPE} (on H2 a sum per permit here took half the read).
     */
    private static final String QUERY = """
            SELECT p.permit_number, p.permit_type_id, s.address_line, p.issued_date, p.finaled_date, p.status,
                   p.valuation
            FROM %2$s p
            JOIN %3$s s ON s.id = p.site_id
            WHERE p.%1$s >= ? AND p.%1$s <= ?
            ORDER BY p.%1$s, p.permit_number""";

    /** The assessed fees of the permits issued in the range, by permit type id. */
    private static final String ISSUED_FEES_BY_TYPE = """
            SELECT p.permit_type_id, SUM(f.amount)
            FROM permit p
            JOIN permit_fee_line f ON f.permit_id = p.id
            WHERE p.issued_date >= ? AND p.issued_date <= ?
            GROUP BY p.permit_type_id""";

    private record PermitType(String code, String name) {
    }

    /** The tables read: the staff's, or the public web view's {@code public_*} views of them (no fees there). */
    private record Relations(String permit, String site, String permitType) {
        static final Relations STAFF = new Relations("permit", "site", "permit_type");
        static final Relations PUBLIC = new Relations("public_permit", "public_site", "public_permit_type");
    }

    /** Reads both lists on {@code connection} (one transaction, so they agree). */
    static IssuedFinaledData load(Connection connection, ReportRequest request) throws SQLException {
        return load(connection, request, Relations.STAFF);
    }

    /**
     * The same lists and counts read from the public web view's {@code public_*} views (what its read-only database
     * role can see): the fees in the totals are zero.
     */
    public static IssuedFinaledData loadPublic(Connection connection, ReportRequest request) throws SQLException {
        return load(connection, request, Relations.PUBLIC);
    }

    private static IssuedFinaledData load(Connection connection, ReportRequest request, Relations relations)
            throws SQLException {
        Map<Long, PermitType> types = permitTypes(connection, relations);
        List<PermitLine> issued = permits(connection, Section.ISSUED, request, types, relations);
        List<PermitLine> finaled = permits(connection, Section.FINALED, request, types, relations);
        Map<String, BigDecimal> fees = relations == Relations.STAFF ? issuedFeesByType(connection, request, types)
                : Map.of();
        Map<String, String> names = new HashMap<>();
        types.values().forEach(type -> names.put(type.code(), type.name()));
        String typesText = request.typeCodes().isEmpty() ? "All permit types" : String.join(", ", request.typeCodes()
                .stream().map(code -> code + " " + names.getOrDefault(code, "")).map(String::strip).toList());
        return new IssuedFinaledData(issued, finaled, totals(issued, finaled, fees), typesText);
    }

    private static Map<Long, PermitType> permitTypes(Connection connection, Relations relations) throws SQLException {
        Map<Long, PermitType> types = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT id, code, name FROM " + relations.permitType());
             ResultSet rs = query.executeQuery()) {
            while (rs.next()) {
                types.put(rs.getLong(1), new PermitType(rs.getString(2), rs.getString(3)));
            }
        }
        return types;
    }

    private static List<PermitLine> permits(Connection connection, Section section, ReportRequest request,
                                            Map<Long, PermitType> types, Relations relations) throws SQLException {
        Set<String> wanted = Set.copyOf(request.typeCodes());
        try (PreparedStatement query = connection.prepareStatement(QUERY.formatted(
                section == Section.ISSUED ? "issued_date" : "finaled_date", relations.permit(), relations.site()))) {
            query.setFetchSize(1_000);
            query.setObject(1, request.from());
            query.setObject(2, request.to());
            List<PermitLine> lines = new ArrayList<>();
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    PermitType type = types.get(rs.getLong(2));
                    if (wanted.isEmpty() || wanted.contains(type.code())) {
                        lines.add(new PermitLine(section, rs.getString(1), type.code(), type.name(), rs.getString(3),
                                rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class),
                                PermitStatus.valueOf(rs.getString(6)).label(), rs.getBigDecimal(7)));
                    }
                }
            }
            return lines;
        }
    }

    private static Map<String, BigDecimal> issuedFeesByType(Connection connection, ReportRequest request,
                                                            Map<Long, PermitType> types) throws SQLException {
        Map<String, BigDecimal> fees = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement(ISSUED_FEES_BY_TYPE)) {
            query.setObject(1, request.from());
            query.setObject(2, request.to());
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    fees.put(types.get(rs.getLong(1)).code(), rs.getBigDecimal(2));
                }
            }
        }
        return fees;
    }

    private static List<TypeTotals> totals(List<PermitLine> issued, List<PermitLine> finaled,
                                           Map<String, BigDecimal> issuedFees) {
        Map<String, TypeTotals> byCode = new TreeMap<>();
        for (PermitLine line : issued) {
            TypeTotals old = byCode.getOrDefault(line.typeCode(), empty(line, issuedFees));
            byCode.put(line.typeCode(), new TypeTotals(old.typeCode(), old.typeName(), old.issued() + 1,
                    old.issuedValuation().add(orZero(line.valuation())), old.issuedFees(), old.finaled()));
        }
        for (PermitLine line : finaled) {
            TypeTotals old = byCode.getOrDefault(line.typeCode(), empty(line, issuedFees));
            byCode.put(line.typeCode(), new TypeTotals(old.typeCode(), old.typeName(), old.issued(),
                    old.issuedValuation(), old.issuedFees(), old.finaled() + 1));
        }
        return List.copyOf(byCode.values());
    }

    /** A type's line before its permits are counted, with the fees of its permits issued in the range. */
    private static TypeTotals empty(PermitLine line, Map<String, BigDecimal> issuedFees) {
        return new TypeTotals(line.typeCode(), line.typeName(), 0, money(BigDecimal.ZERO),
                money(issuedFees.getOrDefault(line.typeCode(), BigDecimal.ZERO)), 0);
    }

    /** Total valuation of the permits issued in the range. */
    public BigDecimal issuedValuation() {
        return byType.stream().map(TypeTotals::issuedValuation).reduce(money(BigDecimal.ZERO), BigDecimal::add);
    }

    /** Total assessed fees of the permits issued in the range. */
    public BigDecimal issuedFees() {
        return byType.stream().map(TypeTotals::issuedFees).reduce(money(BigDecimal.ZERO), BigDecimal::add);
    }

    @Override
    public Map<String, Object> parameters() {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("TYPES", typesText);
        parameters.put("ISSUED_COUNT", issued.size());
        parameters.put("FINALED_COUNT", finaled.size());
        parameters.put("ISSUED_VALUATION", issuedValuation());
        parameters.put("ISSUED_FEES", issuedFees());
        parameters.put("CHART", TypeBarChart.draw(byType));
        return parameters;
    }

    /** Summary rows (section "SUMMARY", one per type), then the ISSUED list, then the FINALED list. */
    @Override
    public JRDataSource dataSource() {
        List<Row> rows = new ArrayList<>(byType.size() + issued.size() + finaled.size());
        byType.forEach(totals -> rows.add(new Row("SUMMARY", totals, null)));
        issued.forEach(line -> rows.add(new Row("ISSUED", null, line)));
        finaled.forEach(line -> rows.add(new Row("FINALED", null, line)));
        Map<String, Function<Row, ?>> fields = new LinkedHashMap<>();
        fields.put("section", Row::section);
        fields.put("typeCode", row -> row.totals != null ? row.totals.typeCode() : row.line.typeCode());
        fields.put("typeName", row -> row.totals != null ? row.totals.typeName() : row.line.typeName());
        fields.put("issuedCount", row -> row.totals == null ? null : row.totals.issued());
        fields.put("finaledCount", row -> row.totals == null ? null : row.totals.finaled());
        fields.put("valuation", row -> row.totals != null ? row.totals.issuedValuation() : row.line.valuation());
        fields.put("fees", row -> row.totals == null ? null : row.totals.issuedFees());
        fields.put("permitNumber", row -> row.line == null ? null : row.line.permitNumber());
        fields.put("siteAddress", row -> row.line == null ? null : row.line.siteAddress());
        fields.put("issuedDate", row -> row.line == null ? null : ReportDates.sqlDate(row.line.issuedDate()));
        fields.put("finaledDate", row -> row.line == null ? null : ReportDates.sqlDate(row.line.finaledDate()));
        fields.put("status", row -> row.line == null ? null : row.line.status());
        return new RowsDataSource<>(rows, fields);
    }

    @Override
    public List<String> csvHeader() {
        return CSV_COLUMNS;
    }

    @Override
    public Stream<List<Object>> csvRows() {
        return Stream.concat(issued.stream(), finaled.stream()).map(line -> List.of(line.section().name(),
                line.permitNumber(), line.typeCode(), line.siteAddress(), ReportDates.iso(line.issuedDate()),
                ReportDates.iso(line.finaledDate()), line.valuation() == null ? "" : line.valuation().toPlainString()));
    }

    @Override
    public int rowCount() {
        return issued.size() + finaled.size();
    }

    private static BigDecimal orZero(BigDecimal amount) {
        return amount == null ? BigDecimal.ZERO : amount;
    }

    private static BigDecimal money(BigDecimal amount) {
        return amount.setScale(2, java.math.RoundingMode.HALF_UP);
    }

    private record Row(String section, TypeTotals totals, PermitLine line) {
    }
}
