package org.permitdesk.report;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Stream;
import net.sf.jasperreports.engine.JRDataSource;
import org.permitdesk.inspection.InspectionResult;
import org.permitdesk.inspection.InspectionStatus;

/**
 * Inspections of a date range (the day they were requested for, both ends included) counted by inspector and
 * result. An inspection with no result yet counts as "No result yet", a request cancelled before any result as
 * "Request cancelled", one nobody was assigned to under "Not assigned".
 */
public record InspectionsData(List<Count> counts) implements ReportData {

    public static final String NOT_ASSIGNED = "Not assigned";
    public static final String NO_RESULT = "No result yet";
    public static final String REQUEST_CANCELLED = "Request cancelled";

    /** How many inspections of one inspector had one result. */
    public record Count(String inspector, String result, int inspections) {
    }

    private static final String QUERY = """
            SELECT u.full_name, i.result, i.status, COUNT(*)
            FROM inspection i
            LEFT JOIN staff_user u ON u.id = i.inspector_id
            WHERE i.requested_date >= ? AND i.requested_date <= ?
            GROUP BY u.full_name, i.result, i.status""";

    static InspectionsData load(Connection connection, ReportRequest request) throws SQLException {
        Map<List<String>, Integer> counts = new TreeMap<>(Comparator.<List<String>, String>comparing(key -> key.get(0))
                .thenComparing(key -> key.get(1)));
        try (PreparedStatement query = connection.prepareStatement(QUERY)) {
            query.setObject(1, request.from());
            query.setObject(2, request.to());
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    String inspector = rs.getString(1) == null ? NOT_ASSIGNED : rs.getString(1);
                    counts.merge(List.of(inspector, result(rs.getString(2), rs.getString(3))), rs.getInt(4),
                            Integer::sum);
                }
            }
        }
        List<Count> rows = new ArrayList<>();
        counts.forEach((key, count) -> rows.add(new Count(key.get(0), key.get(1), count)));
        return new InspectionsData(rows);
    }

    private static String result(String result, String status) {
        if (result != null) {
            return InspectionResult.valueOf(result).label();
        }
        return InspectionStatus.valueOf(status) == InspectionStatus.CANCELLED ? REQUEST_CANCELLED : NO_RESULT;
    }

    /** All inspections of the range. */
    public int total() {
        return counts.stream().mapToInt(Count::inspections).sum();
    }

    @Override
    public Map<String, Object> parameters() {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("TOTAL", total());
        parameters.put("BY_RESULT", byResultText());
        return parameters;
    }

    /** "Passed 12 · Failed 3 · No result yet 1". */
    private String byResultText() {
        Map<String, Integer> byResult = new TreeMap<>();
        counts.forEach(count -> byResult.merge(count.result(), count.inspections(), Integer::sum));
        return String.join(" · ", byResult.entrySet().stream()
                .map(entry -> entry.getKey() + " " + String.format("%,d", entry.getValue())).toList());
    }

    @Override
    public JRDataSource dataSource() {
        Map<String, Function<Count, ?>> fields = new LinkedHashMap<>();
        fields.put("inspector", Count::inspector);
        fields.put("result", Count::result);
        fields.put("inspections", Count::inspections);
        return new RowsDataSource<>(counts, fields);
    }

    @Override
    public List<String> csvHeader() {
        return List.of("inspector", "result", "inspections");
    }

    @Override
    public Stream<List<Object>> csvRows() {
        return counts.stream().map(count -> List.of(count.inspector(), count.result(), count.inspections()));
    }

    @Override
    public int rowCount() {
        return total();
    }
}
