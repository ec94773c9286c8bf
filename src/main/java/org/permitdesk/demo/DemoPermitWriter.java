package org.permitdesk.demo;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.permitdesk.permit.ContactRole;
import org.permitdesk.permit.PermitStatus;
import org.permitdesk.platform.db.Database;
import org.permitdesk.platform.db.ImportRevision;
import org.permitdesk.platform.db.SequenceIds;

/**
 * Writes generated demo rows with plain JDBC batches: a million permits through Hibernate would take
 * far longer. Their audit trail is written here too: one revision for the run, a creating {@code permit_aud} row
 * per permit in the same batches, the contacts' creating rows at the end ({@link #commitLast}). Ids for sites and
 * permits come from the same sequences Hibernate uses, in the blocks of 50 that its pooled optimiser expects.
 */
final class DemoPermitWriter implements AutoCloseable {

    /** Who the demo permits' creating revision names. */
    static final String DEMO_USER = "demo-data";

    private final Connection connection;
    private final PreparedStatement site;
    private final PreparedStatement permit;
    private final PreparedStatement permitAudit;
    private final PreparedStatement contact;
    private final PreparedStatement history;
    private final PreparedStatement term;
    private final PreparedStatement publicTerm;
    private final SequenceIds siteIds;
    private final SequenceIds permitIds;
    private final ImportRevision revision;

    DemoPermitWriter(Database database) throws SQLException {
        this.connection = database.dataSource().getConnection();
        this.siteIds = new SequenceIds(database, connection, "site_seq");
        this.permitIds = new SequenceIds(database, connection, "permit_seq");
        connection.setAutoCommit(false);
        site = connection.prepareStatement("INSERT INTO site (id, address_line, city, state, zip, parcel_number,"
                + " latitude, longitude, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0)");
        permit = connection.prepareStatement("INSERT INTO permit (id, permit_number, permit_type_id,"
                + " permit_subtype_id, site_id, status, applied_date, approved_date, issued_date, finaled_date,"
                + " expires_date, void_date, void_reason, valuation, description, internal_notes, created_at,"
                + " created_by, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)");
        revision = ImportRevision.open(database, connection, Instant.now(), DEMO_USER);
        permitAudit = connection.prepareStatement("INSERT INTO permit_aud (id, permit_number, permit_type_id,"
                + " permit_subtype_id, site_id, status, applied_date, approved_date, issued_date, finaled_date,"
                + " expires_date, void_date, void_reason, valuation, description, internal_notes, rev, revtype)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, " + revision.number() + ", "
                + ImportRevision.ADDED + ")");
        contact = connection.prepareStatement("INSERT INTO permit_contact (permit_id, role, name, business_name,"
                + " license_number, email, phone, mailing_address) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
        history = connection.prepareStatement("INSERT INTO permit_status_change (permit_id, from_status, to_status,"
                + " changed_on, changed_by, reason) VALUES (?, ?, ?, ?, ?, ?)");
        term = connection.prepareStatement("INSERT INTO permit_search_term (term, permit_id) VALUES (?, ?)");
        publicTerm = connection.prepareStatement("INSERT INTO public_search_term (term, permit_id) VALUES (?, ?)");
    }

    Connection connection() {
        return connection;
    }

    long addSite(DemoSite demoSite) throws SQLException {
        long id = siteIds.next();
        site.setLong(1, id);
        site.setString(2, demoSite.addressLine());
        site.setString(3, DemoNames.CITY);
        site.setString(4, DemoNames.STATE);
        site.setString(5, demoSite.zip());
        site.setString(6, demoSite.parcel());
        setDouble(site, 7, demoSite.latitude());
        setDouble(site, 8, demoSite.longitude());
        site.addBatch();
        return id;
    }

    long addPermit(String number, long typeId, Long subtypeId, long siteId, PermitStatus status,
                   PermitDates dates, String voidReason, BigDecimal valuation, String description,
                   String notes, OffsetDateTime createdAt, String createdBy) throws SQLException {
        long id = permitIds.next();
        permit.setObject(17, createdAt);
        permit.setString(18, createdBy);
        for (PreparedStatement statement : List.of(permit, permitAudit)) {
            statement.setLong(1, id);
            statement.setString(2, number);
            statement.setLong(3, typeId);
            if (subtypeId == null) {
                statement.setNull(4, Types.BIGINT);
            } else {
                statement.setLong(4, subtypeId);
            }
            statement.setLong(5, siteId);
            statement.setString(6, status.name());
            setDate(statement, 7, dates.applied());
            setDate(statement, 8, dates.approved());
            setDate(statement, 9, dates.issued());
            setDate(statement, 10, dates.finaled());
            setDate(statement, 11, dates.expires());
            setDate(statement, 12, dates.voided());
            statement.setString(13, voidReason);
            statement.setBigDecimal(14, valuation);
            statement.setString(15, description);
            statement.setString(16, notes);
            statement.addBatch();
        }
        return id;
    }

    void addContact(long permitId, ContactRole role, String name, String businessName, String license,
                    String email, String phone, String mailingAddress) throws SQLException {
        contact.setLong(1, permitId);
        contact.setString(2, role.name());
        contact.setString(3, name);
        contact.setString(4, businessName);
        contact.setString(5, license);
        contact.setString(6, email);
        contact.setString(7, phone);
        contact.setString(8, mailingAddress);
        contact.addBatch();
    }

    void addStatusChange(long permitId, PermitStatus from, PermitStatus to, LocalDate on, String by,
                         String reason) throws SQLException {
        history.setLong(1, permitId);
        history.setString(2, from == null ? null : from.name());
        history.setString(3, to.name());
        setDate(history, 4, on);
        history.setString(5, by);
        history.setString(6, reason);
        history.addBatch();
    }

    void addSearchTerms(long permitId, Set<String> terms) throws SQLException {
        addTerms(term, permitId, terms);
    }

    /** The terms the public web view finds the permit by (no person's name among them). */
    void addPublicSearchTerms(long permitId, Set<String> terms) throws SQLException {
        addTerms(publicTerm, permitId, terms);
    }

    private static void addTerms(PreparedStatement insert, long permitId, Set<String> terms) throws SQLException {
        for (String value : terms) {
            insert.setString(1, value);
            insert.setLong(2, permitId);
            insert.addBatch();
        }
    }

    /** Sends the batched rows (parents first) and commits them. */
    void commit() throws SQLException {
        site.executeBatch();
        permit.executeBatch();
        permitAudit.executeBatch();
        contact.executeBatch();
        history.executeBatch();
        term.executeBatch();
        publicTerm.executeBatch();
        connection.commit();
    }

    /** Commits the last rows and the creating audit rows of every contact written in this run. */
    void commitLast() throws SQLException {
        commit();
        revision.auditContacts(connection);
        connection.commit();
    }

    @Override
    public void close() throws SQLException {
        try {
            connection.rollback();
        } finally {
            connection.close();
        }
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

    record DemoSite(String addressLine, String zip, String parcel, Double latitude, Double longitude,
                    String ownerName, String ownerEmail, String ownerPhone) {
    }

    record PermitDates(LocalDate applied, LocalDate approved, LocalDate issued, LocalDate finaled,
                       LocalDate expires, LocalDate voided) {
    }
}
