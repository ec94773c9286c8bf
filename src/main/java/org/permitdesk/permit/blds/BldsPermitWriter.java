package org.permitdesk.permit.blds;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.permitdesk.permit.ContactRole;
import org.permitdesk.permit.bulk.PermitBulkWriter;
import org.permitdesk.platform.db.Database;
import org.permitdesk.platform.db.SequenceIds;

/**
 * Stores imported permits inside one JDBC transaction (ADR 0007): permit types for unknown codes, one site per
 * distinct address, and each permit with its contractor and status history through {@link PermitBulkWriter}, the
 * writer the demo data uses too (search terms, audit rows, ids from the Hibernate sequences). Closing it without
 * {@link #commit()} rolls everything back.
 */
final class BldsPermitWriter implements AutoCloseable {

    private static final String NEW_TYPE_TEMPLATE = "{PREFIX}{YYYY}-{SEQ:4}";
    private static final int NEW_TYPE_EXPIRY_DAYS = 180;

    private final Database database;
    private final PermitBulkWriter permits;
    private final Connection connection;
    private final Instant createdAt;
    private final PreparedStatement type;
    private final Map<String, Long> typeIds = new HashMap<>();
    private final Map<String, Long> typeIdsByName = new HashMap<>();
    private final Set<String> prefixes = new HashSet<>();
    private final List<String> newTypes = new ArrayList<>();
    private final Map<String, PermitBulkWriter.StoredSite> sites = new HashMap<>();
    private final SequenceIds typeIdSequence;

    BldsPermitWriter(Database database, Instant createdAt) throws SQLException {
        this.database = database;
        this.createdAt = createdAt;
        this.permits = new PermitBulkWriter(database, createdAt, BldsStatus.IMPORTED_BY);
        this.connection = permits.connection();
        this.typeIdSequence = new SequenceIds(database, connection, "permit_type_seq");
        try {
            type = connection.prepareStatement("INSERT INTO permit_type (id, code, name, prefix, number_template,"
                    + " expiry_days, active, version) VALUES (?, ?, ?, ?, ?, ?, TRUE, 0)");
            loadTypes();
            if (database.isPostgres()) {
                planEachQuery();
            }
        } catch (SQLException e) {
            permits.close();
            throw e;
        }
    }

    /** The permit numbers among {@code numbers} that are already stored. */
    Set<String> existing(Collection<String> numbers) throws SQLException {
        Set<String> found = new HashSet<>();
        if (numbers.isEmpty()) {
            return found;
        }
        String marks = String.join(", ", java.util.Collections.nCopies(numbers.size(), "?"));
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT permit_number FROM permit WHERE permit_number IN (" + marks + ")")) {
            int index = 1;
            for (String number : numbers) {
                query.setString(index++, number);
            }
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    found.add(rs.getString(1));
                }
            }
        }
        return found;
    }

    /** Adds one permit with its site, contractor, history and search terms to the rows to send. */
    void add(BldsRow row) throws SQLException {
        long typeId = typeId(row.typeCode(), row.typeName());
        PermitBulkWriter.StoredSite site = site(row.site());
        BldsStatus.Outcome status = row.status();
        List<PermitBulkWriter.Contact> contacts = new ArrayList<>();
        if (row.contractor() != null) {
            BldsRow.Contractor c = row.contractor();
            contacts.add(new PermitBulkWriter.Contact(ContactRole.CONTRACTOR, c.name(), c.businessName(), c.licence(),
                    c.email(), c.phone(), c.mailingAddress()));
        }
        List<PermitBulkWriter.StatusStep> history = new ArrayList<>();
        for (BldsStatus.Step step : status.history()) {
            history.add(new PermitBulkWriter.StatusStep(step.from(), step.to(), step.on(), BldsStatus.IMPORTED_BY,
                    step.reason()));
        }
        permits.addPermit(new PermitBulkWriter.BulkPermit(row.number(), typeId, null, site, status.status(),
                row.statusText(), new PermitBulkWriter.Dates(status.applied(), null, status.issued(), status.finaled(),
                        status.expires(), status.voided()), status.voidReason(), row.valuation(), row.description(),
                null, createdAt, BldsStatus.IMPORTED_BY, contacts, history));
    }

    /** Sends the rows added so far, parents first (still inside the transaction). */
    void flush() throws SQLException {
        permits.flush();
    }

    /** Drops the rows added since the last flush (an all-or-nothing import that found an invalid row). */
    void discard() {
        permits.discard();
    }

    void commit() throws SQLException {
        permits.commit();
    }

    /** "CARN Building Residential - New" for each type created so far. */
    List<String> newTypes() {
        return newTypes;
    }

    @Override
    public void close() throws SQLException {
        try {
            if (!database.abandoned()) { // after a full disk, H2 is left alone (see PermitBulkWriter.close)
                type.close();
            }
        } finally {
            permits.close();
        }
    }

    /**
     * Plans the duplicate check afresh each time, for the table as it is then: a plan cached while the permit
     * table was small (a new database, or one never analysed) reads the whole table for every chunk, which
     * took an import of 100,000 permits from 15 s to over 4 minutes.
     */
    private void planEachQuery() throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET LOCAL plan_cache_mode = force_custom_plan");
        }
    }

    private void loadTypes() throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT id, code, name, prefix FROM permit_type")) {
            while (rs.next()) {
                typeIds.put(key(rs.getString(2)), rs.getLong(1));
                typeIdsByName.putIfAbsent(key(rs.getString(3)), rs.getLong(1));
                prefixes.add(key(rs.getString(4)));
            }
        }
        typeIdsByName.putIfAbsent("roof", typeIdsByName.get("reroof"));
        typeIdsByName.remove("roof", null);
    }

    /**
     * The type with this code (any case); without a code, the type named like PermitTypeMapped
     * ("Building", "Plumbing"…); otherwise a new type, named from PermitTypeDesc.
     */
    private long typeId(String code, String name) throws SQLException {
        String wanted = code == null ? "BLDS" : code;
        Long id = typeIds.get(key(wanted));
        if (id == null && code != null && typeIdsByName.containsKey(key(code))) {
            id = typeIdsByName.get(key(code));
            typeIds.put(key(wanted), id);
        }
        return id != null ? id : createType(wanted, name == null ? (code == null ? "Imported" : code) : name);
    }

    private long createType(String code, String name) throws SQLException {
        long id = typeIdSequence.next();
        String prefix = prefixFor(code);
        type.setLong(1, id);
        type.setString(2, code);
        type.setString(3, name);
        type.setString(4, prefix);
        type.setString(5, NEW_TYPE_TEMPLATE);
        type.setInt(6, NEW_TYPE_EXPIRY_DAYS);
        type.executeUpdate();
        typeIds.put(key(code), id);
        newTypes.add(code + " " + name);
        return id;
    }

    /** The code's letters and digits in capitals (at most 10), made unique with a digit if need be. */
    private String prefixFor(String code) {
        String base = code.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
        base = base.isEmpty() ? "X" : base.substring(0, Math.min(base.length(), 9));
        String prefix = base;
        for (int n = 2; prefixes.contains(key(prefix)); n++) {
            prefix = base + n;
        }
        prefixes.add(key(prefix));
        return prefix;
    }

    private PermitBulkWriter.StoredSite site(BldsRow.Address address) throws SQLException {
        PermitBulkWriter.StoredSite known = sites.get(address.key());
        if (known == null) {
            known = permits.addSite(new PermitBulkWriter.NewSite(address.line(), address.city(), address.state(),
                    address.zip(), address.parcel(), address.latitude(), address.longitude()));
            sites.put(address.key(), known);
        }
        return known;
    }

    private static String key(String text) {
        return text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    }
}
