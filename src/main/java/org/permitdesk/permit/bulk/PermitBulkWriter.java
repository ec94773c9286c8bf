package org.permitdesk.permit.bulk;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.permitdesk.permit.ContactRole;
import org.permitdesk.permit.PermitSearchTerms;
import org.permitdesk.permit.PermitStatus;
import org.permitdesk.platform.db.Database;
import org.permitdesk.platform.db.ImportRevision;
import org.permitdesk.platform.db.SequenceIds;

/**
 * The one writer of permits arriving in bulk (the BLDS import and the demo data; ADR 0004, 0007): sites, permits,
 * their contacts, status history and search terms, with plain JDBC in one connection's transaction, as multi-row
 * inserts sent at {@link #flush()}. Permits saved one at a time go through Hibernate ({@code PermitIntakeService});
 * both paths take a permit's search terms from {@link PermitSearchTerms#rowsByTable}.
 * <p>
 * Ids come from the sequences Hibernate uses, in the blocks of 50 its pooled optimiser expects. The audit trail is
 * written alongside, as Envers would: one revision for the run (opened with the first permit), a creating
 * {@code permit_aud} row per permit, and the contacts' creating rows in one statement at {@link #commit()}.
 * Closing without {@link #commit()} rolls back what was not committed yet.
 */
public final class PermitBulkWriter implements AutoCloseable {

    private static final String[] PERMIT_COLUMNS = {"id", "permit_number", "permit_type_id", "permit_subtype_id",
        "site_id", "status", "status_text", "applied_date", "approved_date", "issued_date", "finaled_date",
        "expires_date", "void_date", "void_reason", "valuation", "description", "internal_notes"};

    private final Database database;
    private final Connection connection;
    private final Instant revisionAt;
    private final String revisionBy;
    private final SequenceIds siteIds;
    private final SequenceIds permitIds;
    private final MultiRowInsert site;
    private final MultiRowInsert permit;
    private final MultiRowInsert permitAudit;
    private final MultiRowInsert contact;
    private final MultiRowInsert history;
    /** One insert per term table of {@link PermitSearchTerms#rowsByTable}, made when first needed. */
    private final Map<String, MultiRowInsert> terms = new LinkedHashMap<>();
    private ImportRevision revision;

    /**
     * Opens a connection of its own, in a transaction.
     *
     * @param revisionAt when the run's audit revision says the permits were added
     * @param revisionBy who that revision names
     */
    public PermitBulkWriter(Database database, Instant revisionAt, String revisionBy) throws SQLException {
        this.database = database;
        this.revisionAt = revisionAt;
        this.revisionBy = revisionBy;
        this.connection = database.dataSource().getConnection();
        try {
            connection.setAutoCommit(false);
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
        this.siteIds = new SequenceIds(database, connection, "site_seq");
        this.permitIds = new SequenceIds(database, connection, "permit_seq");
        site = new MultiRowInsert(connection, "site", "id", "address_line", "city", "state", "zip", "parcel_number",
                "latitude", "longitude", "version");
        permit = new MultiRowInsert(connection, "permit", concat(PERMIT_COLUMNS, "created_at", "created_by", "version"));
        permitAudit = new MultiRowInsert(connection, "permit_aud", concat(PERMIT_COLUMNS, "rev", "revtype"));
        contact = new MultiRowInsert(connection, "permit_contact", "permit_id", "role", "name", "business_name",
                "license_number", "email", "phone", "mailing_address");
        history = new MultiRowInsert(connection, "permit_status_change", "permit_id", "from_status", "to_status",
                "changed_on", "changed_by", "reason");
    }

    /** The writer's connection, for the caller's own statements in the same transaction (types, numbering). */
    public Connection connection() {
        return connection;
    }

    /** Adds a site to the rows to send; the returned site is what permits refer to. */
    public StoredSite addSite(NewSite newSite) throws SQLException {
        long id = siteIds.next();
        site.add(id, newSite.addressLine(), newSite.city(), newSite.state(), newSite.zip(), newSite.parcelNumber(),
                newSite.latitude(), newSite.longitude(), 0L);
        return new StoredSite(id, newSite.addressLine(), newSite.parcelNumber());
    }

    /** Adds a permit with its contacts, status history, audit row and search terms; returns its id. */
    public long addPermit(BulkPermit p) throws SQLException {
        long id = permitIds.next();
        Dates d = p.dates();
        Object[] values = {id, p.number(), p.typeId(), p.subtypeId(), p.site().id(), p.status().name(), p.statusText(),
            d.applied(), d.approved(), d.issued(), d.finaled(), d.expires(), d.voided(), p.voidReason(), p.valuation(),
            p.description(), p.internalNotes()};
        permit.add(concat(values, p.createdAt().atOffset(ZoneOffset.UTC), p.createdBy(), 0L));
        permitAudit.add(concat(values, revision().number(), ImportRevision.ADDED));
        List<PermitSearchTerms.Contact> named = new ArrayList<>();
        for (Contact c : p.contacts()) {
            contact.add(id, c.role().name(), c.name(), c.businessName(), c.licenseNumber(), c.email(), c.phone(),
                    c.mailingAddress());
            named.add(new PermitSearchTerms.Contact(c.role(), c.name(), c.businessName()));
        }
        for (StatusStep step : p.history()) {
            history.add(id, step.from() == null ? null : step.from().name(), step.to().name(), step.on(), step.by(),
                    step.reason());
        }
        addSearchTerms(id, new PermitSearchTerms.Source(p.number(), p.site().parcelNumber(), p.site().addressLine(),
                named));
        return id;
    }

    /** The permit's rows in every term table, as {@link PermitSearchTerms#rowsByTable} decides. */
    private void addSearchTerms(long permitId, PermitSearchTerms.Source source) {
        for (Map.Entry<String, Set<String>> table : PermitSearchTerms.rowsByTable(source).entrySet()) {
            MultiRowInsert insert = terms.computeIfAbsent(table.getKey(),
                    name -> new MultiRowInsert(connection, name, "term", "permit_id"));
            for (String term : table.getValue()) {
                insert.add(term, permitId);
            }
        }
    }

    /** Sends the rows added so far, parents first (still inside the transaction). */
    public void flush() throws SQLException {
        for (MultiRowInsert insert : inserts()) {
            insert.execute();
        }
    }

    /** Drops the rows added since the last flush (an all-or-nothing import that found an invalid row). */
    public void discard() {
        for (MultiRowInsert insert : inserts()) {
            insert.clear();
        }
    }

    /** Sends and commits the rows so far, leaving the run open for more (the demo fill commits every few thousand). */
    public void commitSoFar() throws SQLException {
        flush();
        connection.commit();
    }

    /** Sends the last rows, adds the creating audit rows of every contact written in this run and commits. */
    public void commit() throws SQLException {
        flush();
        if (revision != null) {
            revision.auditContacts(connection);
        }
        connection.commit();
    }

    @Override
    public void close() throws SQLException {
        if (database.abandoned()) {
            return; // closed at once after a full disk: H2 would spin in this connection's rollback
        }
        try {
            connection.rollback();
        } finally {
            try {
                for (MultiRowInsert insert : inserts()) {
                    insert.close();
                }
            } finally {
                connection.close();
            }
        }
    }

    /** Every insert, parents before children. */
    private List<MultiRowInsert> inserts() {
        List<MultiRowInsert> all = new ArrayList<>(List.of(site, permit, permitAudit, contact, history));
        all.addAll(terms.values());
        return all;
    }

    /** The run's audit revision, written with the first permit. */
    private ImportRevision revision() throws SQLException {
        if (revision == null) {
            revision = ImportRevision.open(database, connection, revisionAt, revisionBy);
        }
        return revision;
    }

    @SafeVarargs
    private static <T> T[] concat(T[] first, T... more) {
        T[] all = Arrays.copyOf(first, first.length + more.length);
        System.arraycopy(more, 0, all, first.length, more.length);
        return all;
    }

    /** A site to add: address line (never blank), city, state, ZIP, parcel number as text, coordinates or null. */
    public record NewSite(String addressLine, String city, String state, String zip, String parcelNumber,
                          Double latitude, Double longitude) {
    }

    /** A site added by {@link #addSite}: its id, and what the search terms of its permits take from it. */
    public record StoredSite(long id, String addressLine, String parcelNumber) {
    }

    /** A contact of a permit, as stored; null for what is not known. */
    public record Contact(ContactRole role, String name, String businessName, String licenseNumber, String email,
                          String phone, String mailingAddress) {
    }

    /** One step of a permit's status history ({@code from} null for the first). */
    public record StatusStep(PermitStatus from, PermitStatus to, LocalDate on, String by, String reason) {
    }

    /** A permit's dates; only {@code applied} is required. */
    public record Dates(LocalDate applied, LocalDate approved, LocalDate issued, LocalDate finaled, LocalDate expires,
                        LocalDate voided) {
    }

    /**
     * One permit to add, with everything stored with it.
     *
     * @param statusText the status as a source system wrote it (BLDS), or null
     * @param createdBy  who the permit says entered it (its {@code created_by})
     */
    public record BulkPermit(String number, long typeId, Long subtypeId, StoredSite site, PermitStatus status,
                             String statusText, Dates dates, String voidReason, BigDecimal valuation,
                             String description, String internalNotes, Instant createdAt, String createdBy,
                             List<Contact> contacts, List<StatusStep> history) {
    }
}
