package org.permitdesk.permit.bulk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.permitdesk.permit.ContactRole;
import org.permitdesk.permit.NewPermit;
import org.permitdesk.permit.PermitIntakeService;
import org.permitdesk.permit.PermitStatus;
import org.permitdesk.permit.PermitSummary;
import org.permitdesk.permit.blds.BldsImportResult;
import org.permitdesk.permit.blds.BldsImportService;
import org.permitdesk.platform.db.Database;
import org.permitdesk.testing.DatabaseTest;
import org.permitdesk.testing.TestDb;
import org.permitdesk.testing.TestUsers;

/**
 * The same permit saved by each path that writes permits — the intake (Hibernate, {@code PermitSearchIndex}), the
 * bulk writer the demo data uses, and the BLDS import (through the same bulk writer) — leaves the same rows in
 * {@code permit}, {@code site}, {@code permit_contact}, {@code permit_status_change}, the search-term tables and the
 * creating audit rows. Each path's permit is removed before the next path saves it under the same number.
 */
class PermitWritePathsTest {

    /** A year no other test uses, so the Water Heater numbering starts fresh. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2033-05-04T17:00:00Z"), ZoneOffset.UTC);
    private static final LocalDate TODAY = LocalDate.of(2033, 5, 4);
    private static final String CLERK = "carmen";

    private static final NewPermit.NewSite SITE = new NewPermit.NewSite("1432 N Maple Ave", "Palm Valley", "CA", "92260",
            "012-345-678", 33.7221, -116.3745);
    /** The owner builds it himself: his name is the contractor's, so a BLDS row (contractor only) has the same terms. */
    private static final NewPermit.NewContact OWNER = new NewPermit.NewContact(ContactRole.OWNER, "José O'Brien", null,
            null, null, null, null);
    private static final NewPermit.NewContact CONTRACTOR = new NewPermit.NewContact(ContactRole.CONTRACTOR,
            "José O'Brien", "Desert-Sun Roofing, Inc.", "1009988", "office@desertsun.example.com", "(760) 555-0142",
            "74-000 Hwy 111, Palm Valley, CA 92260");
    private static final BigDecimal VALUATION = new BigDecimal("2500.00");
    private static final String DESCRIPTION = "Replace 50-gallon gas water heater";

    @TempDir
    Path folder;

    @DatabaseTest
    void theIntakeAndTheBulkWriterOfTheDemoDataAndTheImportStoreAPermitAlike(TestDb db) throws SQLException {
        Database database = db.database();
        PermitSummary entered = enter(db);
        Map<String, Object> byIntake = rows(database, entered.id());
        remove(database, entered.id());

        long bulkId;
        try (PermitBulkWriter writer = new PermitBulkWriter(database, CLOCK.instant(), CLERK)) {
            PermitBulkWriter.StoredSite site = writer.addSite(new PermitBulkWriter.NewSite(SITE.addressLine(),
                    SITE.city(), SITE.state(), SITE.zip(), SITE.parcelNumber(), SITE.latitude(), SITE.longitude()));
            bulkId = writer.addPermit(new PermitBulkWriter.BulkPermit(entered.number(), typeId(database, "WH"), null, site,
                    PermitStatus.APPLIED, null, new PermitBulkWriter.Dates(TODAY, null, null, null, null, null), null,
                    VALUATION, DESCRIPTION, null, CLOCK.instant(), CLERK, List.of(bulk(OWNER), bulk(CONTRACTOR)),
                    List.of(new PermitBulkWriter.StatusStep(null, PermitStatus.APPLIED, TODAY, CLERK, null))));
            writer.commit();
        }

        assertFalse(((List<?>) byIntake.get("permit_search_term")).isEmpty());
        assertEquals(byIntake, rows(database, bulkId));
    }

    @DatabaseTest
    void theIntakeAndTheBldsImportStoreAPermitAlike(TestDb db) throws SQLException, IOException {
        Database database = db.database();
        PermitSummary entered = enter(db);
        Map<String, Object> byIntake = rows(database, entered.id());
        remove(database, entered.id());

        Path file = Files.write(folder.resolve("one.blds.csv"), List.of(
                "PermitNum,Description,AppliedDate,OriginalAddress1,OriginalCity,OriginalState,OriginalZip,PermitType,"
                        + "EstProjectCost,PIN,Latitude,Longitude,ContractorCompanyName,ContractorFullName,"
                        + "ContractorLicNum,ContractorPhone,ContractorEmail,ContractorAddress1,ContractorCity,"
                        + "ContractorState,ContractorZip",
                entered.number() + "," + DESCRIPTION + "," + TODAY + ",1432 N Maple Ave,Palm Valley,CA,92260,WH,2500.00,"
                        + "012-345-678,33.7221,-116.3745,\"Desert-Sun Roofing, Inc.\",José O'Brien,1009988,"
                        + "(760) 555-0142,office@desertsun.example.com,74-000 Hwy 111,Palm Valley,CA,92260"));
        BldsImportResult result = new BldsImportService(database, CLOCK).importFile(file, false, rows -> { },
                TestUsers.ADMIN);
        assertEquals(1, result.imported(), result.rejected().toString());
        long imported = database.count("SELECT id FROM permit WHERE permit_number = ?", entered.number());
        Map<String, Object> byImport = rows(database, imported);

        for (String table : List.of("site", "permit_search_term")) {
            assertEquals(byIntake.get(table), byImport.get(table), table);
        }
        assertEquals(without(byIntake.get("permit"), CLERK, -1), without(byImport.get("permit"), "blds-import", -1),
                "the permit, but for who entered it");
        assertEquals(without(byIntake.get("permit_aud"), CLERK, 1), without(byImport.get("permit_aud"), "blds-import", 1),
                "its creating audit row, but for who the revision names");
        // A BLDS row names only the contractor: the intake's contractor rows, as stored and as audited.
        assertEquals(contractorsOnly(byIntake.get("permit_contact")), byImport.get("permit_contact"));
        assertEquals(contractorsOnly(byIntake.get("permit_contact_aud")), byImport.get("permit_contact_aud"));
        // The first status change: from nothing to APPLIED on the applied date (who and why differ by path).
        assertEquals(first(byIntake.get("permit_status_change")).subList(0, 3),
                first(byImport.get("permit_status_change")).subList(0, 3));
    }

    private static PermitSummary enter(TestDb db) {
        NewPermit entry = new NewPermit(typeId(db.database(), "WH"), null, null, SITE, List.of(OWNER, CONTRACTOR),
                VALUATION, DESCRIPTION, null);
        return new PermitIntakeService(db.database(), CLOCK).createPermit(entry, TestUsers.clerk(CLERK));
    }

    private static PermitBulkWriter.Contact bulk(NewPermit.NewContact c) {
        return new PermitBulkWriter.Contact(c.role(), c.name(), c.businessName(), c.licenseNumber(), c.email(), c.phone(),
                c.mailingAddress());
    }

    private static long typeId(Database database, String code) {
        return database.count("SELECT id FROM permit_type WHERE code = ?", code);
    }

    /**
     * What a user (or the audit screen) could tell apart, by table: every column but generated ids, the creation
     * instant and versions; contact rows in a stable order; the search terms sorted.
     */
    private static Map<String, Object> rows(Database database, long permitId) throws SQLException {
        String permitColumns = "permit_number, permit_type_id, permit_subtype_id, status, status_text, applied_date,"
                + " approved_date, issued_date, finaled_date, expires_date, void_date, void_reason, valuation,"
                + " description, internal_notes";
        String contactColumns = "role, name, business_name, license_number, email, phone, mailing_address, account_id";
        Map<String, Object> rows = new LinkedHashMap<>();
        try (Connection connection = database.dataSource().getConnection()) {
            rows.put("permit", query(connection, "SELECT " + permitColumns + ", created_by FROM permit WHERE id = ?",
                    permitId));
            rows.put("permit_aud", query(connection, "SELECT a.revtype, r.username, " + permitColumns.replace("status,",
                    "a.status,") + " FROM permit_aud a JOIN audit_revision r ON r.id = a.rev WHERE a.id = ?", permitId));
            rows.put("site", query(connection, "SELECT address_line, city, state, zip, parcel_number, latitude, longitude,"
                    + " version FROM site WHERE id = (SELECT site_id FROM permit WHERE id = ?)", permitId));
            rows.put("permit_contact", query(connection, "SELECT " + contactColumns + " FROM permit_contact"
                    + " WHERE permit_id = ? ORDER BY role, name", permitId));
            rows.put("permit_contact_aud", query(connection, "SELECT revtype, " + contactColumns + " FROM permit_contact_aud"
                    + " WHERE permit_id = ? ORDER BY role, name", permitId));
            rows.put("permit_status_change", query(connection, "SELECT from_status, to_status, changed_on, changed_by,"
                    + " reason FROM permit_status_change WHERE permit_id = ? ORDER BY id", permitId));
            rows.put("permit_search_term", query(connection, "SELECT term FROM permit_search_term WHERE permit_id = ?"
                    + " ORDER BY term", permitId));
        }
        return rows;
    }

    private static List<List<String>> query(Connection connection, String sql, long permitId) throws SQLException {
        List<List<String>> rows = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, permitId);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    List<String> row = new ArrayList<>();
                    for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                        row.add(String.valueOf(rs.getObject(i)));
                    }
                    rows.add(row);
                }
            }
        }
        return rows;
    }

    /** Deletes a permit and everything stored with it, audit rows included, so the next path can save it again. */
    private static void remove(Database database, long permitId) throws SQLException {
        try (Connection connection = database.dataSource().getConnection()) {
            for (String sql : List.of("DELETE FROM permit_search_term WHERE permit_id = ?",
                    "DELETE FROM permit_status_change WHERE permit_id = ?", "DELETE FROM permit_contact_aud WHERE permit_id = ?",
                    "DELETE FROM permit_contact WHERE permit_id = ?", "DELETE FROM permit_aud WHERE id = ?",
                    "DELETE FROM permit WHERE id = ?")) {
                try (PreparedStatement statement = connection.prepareStatement(sql)) {
                    statement.setLong(1, permitId);
                    statement.executeUpdate();
                }
            }
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
        }
        assertEquals(0, database.count("SELECT COUNT(*) FROM permit WHERE id = ?", permitId));
    }

    @SuppressWarnings("unchecked")
    /** The only row, less its column {@code column} (-1: the last), which must say {@code who}. */
    private static List<List<String>> without(Object rows, String who, int column) {
        List<List<String>> only = (List<List<String>>) rows;
        assertEquals(1, only.size());
        List<String> row = new ArrayList<>(only.get(0));
        assertEquals(who, row.remove(column < 0 ? row.size() - 1 : column));
        return List.of(row);
    }

    @SuppressWarnings("unchecked")
    private static List<List<String>> contractorsOnly(Object rows) {
        List<List<String>> contractors = ((List<List<String>>) rows).stream()
                .filter(row -> row.contains(ContactRole.CONTRACTOR.name())).toList();
        assertEquals(1, contractors.size(), rows.toString());
        return contractors;
    }

    @SuppressWarnings("unchecked")
    private static List<String> first(Object rows) {
        List<List<String>> steps = (List<List<String>>) rows;
        assertTrue(!steps.isEmpty());
        return steps.get(0);
    }
}
