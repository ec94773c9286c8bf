package org.permitdesk.permit.blds;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.permitdesk.permit.ContactRole;
import org.permitdesk.permit.PermitSearchTerms;
import org.permitdesk.platform.db.Database;

/**
 * Stores imported permits inside one JDBC transaction, in batches (ADR 0004, 0007): permit types for unknown
 * codes, one site per distinct address, the permit, its contractor, its status history and its search terms.
 * Closing it without {@link #commit()} rolls everything back. Ids come from the sequences Hibernate uses, in
 * the blocks of 50 its pooled optimiser expects.
 */
final class BldsPermitWriter implements AutoCloseable {

    private static final int SEQUENCE_BLOCK = 50;
    private static final String NEW_TYPE_TEMPLATE = "{PREFIX}{YYYY}-{SEQ:4}";
    private static final int NEW_TYPE_EXPIRY_DAYS = 180;

    private final Database database;
    private final Connection connection;
    private final OffsetDateTime createdAt;
    private final PreparedStatement type;
    private final PreparedStatement site;
    private final PreparedStatement permit;
    private final PreparedStatement contact;
    private final PreparedStatement history;
    private final PreparedStatement term;
    private final Map<String, Long> typeIds = new HashMap<>();
    private final Map<String, Long> typeIdsByName = new HashMap<>();
    private final Set<String> prefixes = new HashSet<>();
    private final List<String> newTypes = new ArrayList<>();
    private final Map<String, Long> siteIds = new HashMap<>();
    private final Deque<Long> freeSiteIds = new ArrayDeque<>();
    private final Deque<Long> freePermitIds = new ArrayDeque<>();
    private final Deque<Long> freeTypeIds = new ArrayDeque<>();

    BldsPermitWriter(Database database, Instant createdAt) throws SQLException {
        this.database = database;
        this.createdAt = createdAt.atOffset(ZoneOffset.UTC);
        this.connection = database.dataSource().getConnection();
        try {
            connection.setAutoCommit(false);
            type = connection.prepareStatement("INSERT INTO permit_type (id, code, name, prefix, number_template,"
                    + " expiry_days, active, version) VALUES (?, ?, ?, ?, ?, ?, TRUE, 0)");
            site = connection.prepareStatement("INSERT INTO site (id, address_line, city, state, zip, parcel_number,"
                    + " latitude, longitude, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0)");
            permit = connection.prepareStatement("INSERT INTO permit (id, permit_number, permit_type_id, site_id,"
                    + " status, status_text, applied_date, issued_date, finaled_date, expires_date, void_date,"
                    + " void_reason, valuation, description, created_at, created_by, version)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)");
            contact = connection.prepareStatement("INSERT INTO permit_contact (permit_id, role, name, business_name,"
                    + " license_number, email, phone, mailing_address) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
            history = connection.prepareStatement("INSERT INTO permit_status_change (permit_id, from_status,"
                    + " to_status, changed_on, changed_by, reason) VALUES (?, ?, ?, ?, ?, ?)");
            term = connection.prepareStatement("INSERT INTO permit_search_term (term, permit_id) VALUES (?, ?)");
            loadTypes();
        } catch (SQLException e) {
            connection.close();
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

    /** Adds one permit with its site, contractor, history and search terms to the batches. */
    void add(BldsRow row) throws SQLException {
        long typeId = typeId(row.typeCode(), row.typeName());
        long siteId = siteId(row.site());
        long id = nextId(freePermitIds, "permit_seq");
        BldsStatus.Outcome status = row.status();
        permit.setLong(1, id);
        permit.setString(2, row.number());
        permit.setLong(3, typeId);
        permit.setLong(4, siteId);
        permit.setString(5, status.status().name());
        permit.setString(6, row.statusText());
        setDate(permit, 7, status.applied());
        setDate(permit, 8, status.issued());
        setDate(permit, 9, status.finaled());
        setDate(permit, 10, status.expires());
        setDate(permit, 11, status.voided());
        permit.setString(12, status.voidReason());
        permit.setBigDecimal(13, row.valuation());
        permit.setString(14, row.description());
        permit.setObject(15, createdAt);
        permit.setString(16, BldsStatus.IMPORTED_BY);
        permit.addBatch();
        List<String> names = new ArrayList<>();
        if (row.contractor() != null) {
            addContractor(id, row.contractor());
            names.add(row.contractor().name());
            names.add(row.contractor().businessName());
        }
        for (BldsStatus.Step step : status.history()) {
            history.setLong(1, id);
            history.setString(2, step.from() == null ? null : step.from().name());
            history.setString(3, step.to().name());
            setDate(history, 4, step.on());
            history.setString(5, BldsStatus.IMPORTED_BY);
            history.setString(6, step.reason());
            history.addBatch();
        }
        for (String value : PermitSearchTerms.forPermit(row.number(), row.site().parcel(), row.site().line(), names)) {
            term.setString(1, value);
            term.setLong(2, id);
            term.addBatch();
        }
    }

    /** Sends the batched rows, parents first (still inside the transaction). */
    void flush() throws SQLException {
        site.executeBatch();
        permit.executeBatch();
        contact.executeBatch();
        history.executeBatch();
        term.executeBatch();
    }

    /** Drops the rows batched since the last flush (an all-or-nothing import that found an invalid row). */
    void discard() throws SQLException {
        for (PreparedStatement statement : List.of(site, permit, contact, history, term)) {
            statement.clearBatch();
        }
    }

    void commit() throws SQLException {
        flush();
        connection.commit();
    }

    /** "CARN Building Residential - New" for each type created so far. */
    List<String> newTypes() {
        return newTypes;
    }

    @Override
    public void close() throws SQLException {
        try {
            connection.rollback();
        } finally {
            connection.close();
        }
    }

    private void addContractor(long permitId, BldsRow.Contractor contractor) throws SQLException {
        contact.setLong(1, permitId);
        contact.setString(2, ContactRole.CONTRACTOR.name());
        contact.setString(3, contractor.name());
        contact.setString(4, contractor.businessName());
        contact.setString(5, contractor.licence());
        contact.setString(6, contractor.email());
        contact.setString(7, contractor.phone());
        contact.setString(8, contractor.mailingAddress());
        contact.addBatch();
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
        long id = nextId(freeTypeIds, "permit_type_seq");
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

    private long siteId(BldsRow.Address address) throws SQLException {
        Long known = siteIds.get(address.key());
        if (known != null) {
            return known;
        }
        long id = nextId(freeSiteIds, "site_seq");
        site.setLong(1, id);
        site.setString(2, address.line());
        site.setString(3, address.city());
        site.setString(4, address.state());
        site.setString(5, address.zip());
        site.setString(6, address.parcel());
        setDouble(site, 7, address.latitude());
        setDouble(site, 8, address.longitude());
        site.addBatch();
        siteIds.put(address.key(), id);
        return id;
    }

    private long nextId(Deque<Long> pool, String sequence) throws SQLException {
        if (pool.isEmpty()) {
            long high;
            try (Statement statement = connection.createStatement()) {
                do {
                    try (ResultSet rs = statement.executeQuery(database.nextValueSql(sequence))) {
                        rs.next();
                        high = rs.getLong(1);
                    }
                    // A value below a full block is the sequence's start, which Hibernate treats specially.
                } while (high < SEQUENCE_BLOCK);
            }
            for (long id = high - SEQUENCE_BLOCK + 1; id <= high; id++) {
                pool.add(id);
            }
        }
        return pool.removeFirst();
    }

    private static String key(String text) {
        return text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    }

    private static void setDate(PreparedStatement statement, int index, LocalDate date) throws SQLException {
        if (date == null) {
            statement.setNull(index, Types.DATE);
        } else {
            statement.setObject(index, date);
        }
    }

    private static void setDouble(PreparedStatement statement, int index, Double value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.DOUBLE);
        } else {
            statement.setDouble(index, value);
        }
    }
}
