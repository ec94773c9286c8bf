package org.permitdesk.demo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.permitdesk.permit.PermitNumberTemplate;

/**
 * The active permit types the demo permits are made of (with their subtypes), picked by how common each is in a real
 * city, and their numbering sequences: read from the database before the permits are written, the sequences saved
 * back afterwards, so that permits the app numbers later carry on from the demo ones.
 */
final class DemoPermitTypes {

    /** How often each type is issued, relative to the others; types not listed are not used. */
    private static final Map<String, Integer> TYPE_WEIGHTS = Map.ofEntries(
            Map.entry("B", 30), Map.entry("E", 15), Map.entry("P", 10), Map.entry("M", 8), Map.entry("RERF", 8),
            Map.entry("WH", 7), Map.entry("EPU", 5), Map.entry("ACC", 2), Map.entry("DUMP", 5),
            Map.entry("HAUL", 1), Map.entry("FILM", 2), Map.entry("RPP", 5), Map.entry("OVP", 2));

    private final List<PermitType> types;
    /** Indexes into {@link #types}, each repeated by its weight. */
    private final int[] weighted;
    /** Last number used, by "type id|period". */
    private final Map<String, Integer> sequences;

    private DemoPermitTypes(List<PermitType> types, Map<String, Integer> sequences) {
        this.types = types;
        this.weighted = weightedTable(types);
        this.sequences = sequences;
    }

    static DemoPermitTypes load(Connection connection) throws SQLException {
        return new DemoPermitTypes(loadTypes(connection), loadSequences(connection));
    }

    /** A type, the common ones more often. */
    PermitType pick(Random random) {
        return types.get(weighted[random.nextInt(weighted.length)]);
    }

    /** The next permit number of {@code type} for a permit applied for on {@code applied}, by its template. */
    String nextNumber(PermitType type, LocalDate applied) {
        PermitNumberTemplate template = new PermitNumberTemplate(type.template());
        int seq = sequences.merge(type.id() + "|" + template.periodOf(applied), 1, Integer::sum);
        return template.format(type.prefix(), applied, seq);
    }

    void saveSequences(Connection connection) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE permit_number_sequence SET last_value = ? WHERE permit_type_id = ? AND period = ?");
             PreparedStatement insert = connection.prepareStatement(
                     "INSERT INTO permit_number_sequence (permit_type_id, period, last_value) VALUES (?, ?, ?)")) {
            for (Map.Entry<String, Integer> entry : sequences.entrySet()) {
                String[] key = entry.getKey().split("\\|");
                update.setInt(1, entry.getValue());
                update.setLong(2, Long.parseLong(key[0]));
                update.setString(3, key[1]);
                if (update.executeUpdate() == 0) {
                    insert.setLong(1, Long.parseLong(key[0]));
                    insert.setString(2, key[1]);
                    insert.setInt(3, entry.getValue());
                    insert.executeUpdate();
                }
            }
        }
    }

    private static List<PermitType> loadTypes(Connection connection) throws SQLException {
        Map<Long, List<Subtype>> subtypes = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT id, permit_type_id, name FROM permit_subtype ORDER BY id");
             ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                subtypes.computeIfAbsent(rs.getLong(2), key -> new ArrayList<>())
                        .add(new Subtype(rs.getLong(1), rs.getString(3)));
            }
        }
        List<PermitType> types = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT id, code, prefix, number_template, expiry_days FROM permit_type WHERE active ORDER BY id");
             ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                types.add(new PermitType(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getInt(5), subtypes.getOrDefault(rs.getLong(1), List.of())));
            }
        }
        return types;
    }

    private static int[] weightedTable(List<PermitType> types) {
        List<Integer> table = new ArrayList<>();
        for (int i = 0; i < types.size(); i++) {
            for (int w = 0; w < TYPE_WEIGHTS.getOrDefault(types.get(i).code(), 0); w++) {
                table.add(i);
            }
        }
        if (table.isEmpty()) {
            throw new IllegalStateException("No demo permit types: the seeded permit types are missing.");
        }
        return table.stream().mapToInt(Integer::intValue).toArray();
    }

    private static Map<String, Integer> loadSequences(Connection connection) throws SQLException {
        Map<String, Integer> sequences = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT permit_type_id, period, last_value FROM permit_number_sequence");
             ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                sequences.put(rs.getLong(1) + "|" + rs.getString(2), rs.getInt(3));
            }
        }
        return sequences;
    }

    record PermitType(long id, String code, String prefix, String template, int expiryDays, List<Subtype> subtypes) {
    }

    record Subtype(long id, String name) {
    }
}
