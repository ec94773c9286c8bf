package org.permitdesk.permit.blds;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.permitdesk.permit.ContactRole;
import org.permitdesk.permit.PermitSearchTerms;
import org.permitdesk.platform.db.Database;
import org.permitdesk.platform.db.ImportRevision;
import org.permitdesk.platform.db.SequenceIds;

/**
 * Stores imported permits inside one JDBC transaction, in batches (ADR 0004, 0007): permit types for unknown
 * codes, one site per distinct address, the permit, its contractor, its status history and its search terms.
 * Closing it without {@link #commit()} rolls everything back. Ids come from the sequences Hibernate uses, in
 * the blocks of 50 its pooled optimiser expects. The audit trail is written alongside, as plain JDBC too: one revision
 * for the import, a creating {@code permit_aud} row per permit in the same batches, and the contacts' creating rows
 * in one statement at the commit.
 */
final class BldsPermitWriter implements AutoCloseable {

    private static final String NEW_TYPE_TEMPLATE = "{PREFIX}{YYYY}-{SEQ:4}";
    private static final int NEW_TYPE_EXPIRY_DAYS = 180;

    private final Database database;
    private final Connection connection;
    private final OffsetDateTime createdAt;
    private final PreparedStatement type;
    private final MultiRowInsert site;
    private final MultiRowInsert permit;
    private final MultiRowInsert permitAudit;
    private ImportRevision revision;
    private final MultiRowInsert contact;
    private final MultiRowInsert history;
    private final MultiRowInsert term;
    private final MultiRowInsert publicTerm;
    private final Map<String, Long> typeIds = new HashMap<>();
    private final Map<String, Long> typeIdsByName = new HashMap<>();
    private final Set<String> prefixes = new HashSet<>();
    private final List<String> newTypes = new ArrayList<>();
    private final Map<String, Long> siteIds = new HashMap<>();
    private final SequenceIds siteIdSequence;
    private final SequenceIds permitIdSequence;
    private final SequenceIds typeIdSequence;

    BldsPermitWriter(Database database, Instant createdAt) throws SQLException {
        this.database = database;
        this.createdAt = createdAt.atOffset(ZoneOffset.UTC);
        this.connection = database.dataSource().getConnection();
        this.siteIdSequence = new SequenceIds(database, connection, "site_seq");
        this.permitIdSequence = new SequenceIds(database, connection, "permit_seq");
        this.typeIdSequence = new SequenceIds(database, connection, "permit_type_seq");
        try {
            connection.setAutoCommit(false);
            type = connection.prepareStatement("INSERT INTO permit_type (id, code, name, prefix, number_template,"
                    + " expiry_days, active, version) VALUES (?, ?, ?, ?, ?, ?, TRUE, 0)");
            site = new MultiRowInsert(connection, "site", "id", "address_line", "city", "state", "zip",
                    "parcel_number", "latitude", "longitude", "version");
            permit = new MultiRowInsert(connection, "permit", "id", "permit_number", "permit_type_id", "site_id",
                    "status", "status_text", "applied_date", "issued_date", "finaled_date", "expires_date", "void_date",
                    "void_reason", "valuation", "description", "created_at", "created_by", "version");
            permitAudit = new MultiRowInsert(connection, "permit_aud", "id", "rev", "revtype", "permit_number",
                    "permit_type_id", "site_id", "status", "status_text", "applied_date", "issued_date", "finaled_date",
                    "expires_date", "void_date", "void_reason", "valuation", "description");
            contact = new MultiRowInsert(connection, "permit_contact", "permit_id", "role", "name", "business_name",
                    "license_number", "email", "phone", "mailing_address");
            history = new MultiRowInsert(connection, "permit_status_change", "permit_id", "from_status", "to_status",
                    "changed_on", "changed_by", "reason");
            term = new MultiRowInsert(connection, "permit_search_term", "term", "permit_id");
            publicTerm = new MultiRowInsert(connection, "public_search_term", "term", "permit_id");
            loadTypes();
            if (database.isPostgres()) {
                planEachQuery();
            }
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
        long id = permitIdSequence.next();
        BldsStatus.Outcome status = row.status();
        permit.add(id, row.number(), typeId, siteId, status.status().name(), row.statusText(), status.applied(),
                status.issued(), status.finaled(), status.expires(), status.voided(), status.voidReason(),
                row.valuation(), row.description(), createdAt, BldsStatus.IMPORTED_BY, 0L);
        permitAudit.add(id, revision().number(), ImportRevision.ADDED, row.number(), typeId, siteId,
                status.status().name(), row.statusText(), status.applied(), status.issued(), status.finaled(),
                status.expires(), status.voided(), status.voidReason(), row.valuation(), row.description());
        List<String> names = new ArrayList<>();
        if (row.contractor() != null) {
            addContractor(id, row.contractor());
            names.add(row.contractor().name());
            names.add(row.contractor().businessName());
        }
        for (BldsStatus.Step step : status.history()) {
            history.add(id, step.from() == null ? null : step.from().name(), step.to().name(), step.on(),
                    BldsStatus.IMPORTED_BY, step.reason());
        }
        for (String value : PermitSearchTerms.forPermit(row.number(), row.site().parcel(), row.site().line(), names)) {
            term.add(value, id);
        }
        List<String> businesses = row.contractor() == null ? List.of() : Arrays.asList(row.contractor().businessName());
        for (String value : PermitSearchTerms.forPublic(row.number(), row.site().parcel(), row.site().line(),
                businesses)) {
            publicTerm.add(value, id);
        }
    }

    /** Sends the batched rows, parents first (still inside the transaction). */
    void flush() throws SQLException {
        site.execute();
        permit.execute();
        permitAudit.execute();
        contact.execute();
        history.execute();
        term.execute();
        publicTerm.execute();
    }

    /** Drops the rows batched since the last flush (an all-or-nothing import that found an invalid row). */
    void discard() throws SQLException {
        site.clear();
        permit.clear();
        permitAudit.clear();
        contact.clear();
        history.clear();
        term.clear();
        publicTerm.clear();
    }

    void commit() throws SQLException {
        flush();
        if (revision != null) {
            revision.auditContacts(connection);
        }
        connection.commit();
    }

    /** "CARN Building Residential - New" for each type created so far. */
    List<String> newTypes() {
        return newTypes;
    }

    @Override
    public void close() throws SQLException {
        if (database.abandoned()) {
            return; // closed at once after a full disk: H2 would spin in this connection's rollback
        }
        try {
            connection.rollback();
        } finally {
            for (MultiRowInsert insert : List.of(site, permit, permitAudit, contact, history, term)) {
                insert.close();
            }
            connection.close();
        }
    }

    /** The import's audit revision, written with the first permit. */
    private ImportRevision revision() throws SQLException {
        if (revision == null) {
            revision = ImportRevision.open(database, connection, createdAt.toInstant(), BldsStatus.IMPORTED_BY);
        }
        return revision;
    }

    private void addContractor(long permitId, BldsRow.Contractor contractor) throws SQLException {
        contact.add(permitId, ContactRole.CONTRACTOR.name(), contractor.name(), contractor.businessName(),
                contractor.licence(), contractor.email(), contractor.phone(), contractor.mailingAddress());
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

    private long siteId(BldsRow.Address address) throws SQLException {
        Long known = siteIds.get(address.key());
        if (known != null) {
            return known;
        }
        long id = siteIdSequence.next();
        site.add(id, address.line(), address.city(), address.state(), address.zip(), address.parcel(),
                address.latitude(), address.longitude(), 0L);
        siteIds.put(address.key(), id);
        return id;
    }


    private static String key(String text) {
        return text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    }
}
