package org.permitdesk.bench;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.hibernate.envers.AuditReaderFactory;
import org.permitdesk.app.PermitDesk;
import org.permitdesk.permit.ContactRole;
import org.permitdesk.permit.Permit;
import org.permitdesk.permit.PermitAction;
import org.permitdesk.history.PermitChangeLog;
import org.permitdesk.permit.PermitContact;
import org.permitdesk.permit.PermitDetails;
import org.permitdesk.permit.PermitEditService;
import org.permitdesk.permit.TestPermits;
import org.permitdesk.permit.attachment.AttachmentService;
import org.permitdesk.permit.fee.FeeService;
import org.permitdesk.permit.fee.FeesAndPayments;
import org.permitdesk.permit.fee.PaymentMethod;
import org.permitdesk.permit.review.ConditionKind;
import org.permitdesk.permit.review.PlanReviewRow;
import org.permitdesk.permit.review.PlanReviewService;
import org.permitdesk.permit.review.PlanReviewStatus;
import org.permitdesk.staff.SignedInUser;
import org.permitdesk.testing.TestUsers;

/**
 * The permit the permit-open benchmark opens: 50 inspections, 20 fee lines, 200+ audited changes, plus other
 * permits' audit revisions around it; and a description of what was built.
 */
final class PermitOpenFixture {

    static final SignedInUser CLERK = TestUsers.clerk("bench");
    static final int STATUS_CYCLES = 50;   // void + reinstate: 100 status changes
    static final int DETAIL_EDITS = 100;   // saveDetails: 100 audited edits
    static final int FEE_LINES = 20;
    static final int INSPECTIONS = 50;
    static final int INSPECTIONS_WITH_RESULT = 45;

    private PermitOpenFixture() {
    }

    /**
     * A Building permit with four contacts, 100 detail edits and 50 void/reinstate pairs (200 audited
     * changes, 101 status history rows), 20 manual fee lines, three payments, three plan review cycles, three
     * conditions (one released) and three small attachments; left in review, its last cycle approved.
     */
    static long buildPermit(PermitDesk services) throws Exception {
        long id = TestPermits.create(services.context().database(), "B26-BENCH-0001", "4100 Bench Mark Way", "999-888-777",
                "Morgan Benchley", "Desert Sun Roofing");
        services.context().database().fromTransaction(session -> {
            Permit permit = session.find(Permit.class, id);
            session.persist(new PermitContact(permit, ContactRole.APPLICANT, "Ana Applicant", null, null,
                    "ana@example.com", "(760) 555-0102", "2 Elm St"));
            session.persist(new PermitContact(permit, ContactRole.DESIGN_PROFESSIONAL, "Dee Signer", "Studio Mesa",
                    "C-12345", "dee@example.com", "(760) 555-0103", "3 Oak St"));
            return null;
        });
        PermitEditService edits = services.permits().edits();
        long version = services.permits().search().open(id).orElseThrow().permit().version();
        for (int i = 1; i <= DETAIL_EDITS; i++) {
            version = edits.saveDetails(id, version, new PermitEditService.Details(
                    new BigDecimal(150_000 + i * 250).setScale(2),
                    "Single-family addition, 640 sq ft, revision " + i,
                    i % 3 == 0 ? "Called the owner about sheet A" + i : null), CLERK);
        }
        var lifecycle = services.permits().lifecycle();
        for (int i = 1; i <= STATUS_CYCLES; i++) {
            long v = lifecycle.checkActions(id, TestUsers.supervisor("dana")).version();
            lifecycle.perform(id, v, PermitAction.VOID, "Void #" + i + ": applicant asked to withdraw", TestUsers.supervisor("dana"));
            v = lifecycle.checkActions(id, TestUsers.supervisor("dana")).version();
            lifecycle.perform(id, v, PermitAction.REINSTATE, "Reinstated #" + i + ": applicant resumed", TestUsers.supervisor("dana"));
        }
        FeeService fees = services.permits().fees();
        for (int i = 1; i <= FEE_LINES; i++) {
            fees.addManualFee(id, "Manual fee " + i, new BigDecimal(25 * i).setScale(2), "Counter adjustment " + i,
                    CLERK);
        }
        fees.recordPayment(id, new BigDecimal("500.00"), PaymentMethod.CASH, null, CLERK);
        fees.recordPayment(id, new BigDecimal("750.00"), PaymentMethod.CHECK, "1042", "Morgan Benchley", CLERK);
        fees.recordPayment(id, new BigDecimal("300.00"), PaymentMethod.CARD, "AUTH-77", CLERK);

        long v = lifecycle.checkActions(id, TestUsers.supervisor("dana")).version();
        lifecycle.perform(id, v, PermitAction.START_REVIEW, null, TestUsers.clerk("carmen"));
        PlanReviewService reviews = services.permits().reviews();
        PlanReviewRow cycle = reviews.startCycle(id, "Ray Whitfield", TestUsers.CLERK);
        reviews.finishCycle(cycle.id(), PlanReviewStatus.CORRECTIONS_REQUIRED, "Show the shear wall nailing.", TestUsers.CLERK);
        cycle = reviews.startCycle(id, "Ray Whitfield", TestUsers.CLERK);
        reviews.finishCycle(cycle.id(), PlanReviewStatus.CORRECTIONS_REQUIRED, "Truss calcs missing.", TestUsers.CLERK);
        cycle = reviews.startCycle(id, "Ray Whitfield", TestUsers.CLERK);
        reviews.finishCycle(cycle.id(), PlanReviewStatus.APPROVED, null, TestUsers.CLERK);
        reviews.addCondition(id, ConditionKind.NOTICE, "Special inspection for epoxy anchors", CLERK);
        reviews.addCondition(id, ConditionKind.HOLD, "Fire department sign-off", CLERK);
        var released = reviews.addCondition(id, ConditionKind.HOLD, "School district fee receipt", CLERK);
        reviews.releaseCondition(released.id(), CLERK);

        AttachmentService attachments = services.permits().attachments();
        Path folder = Files.createTempDirectory("permit-open-bench");
        try {
            for (String name : List.of("site-plan.pdf", "truss-calcs.pdf", "photo.jpg")) {
                Path file = folder.resolve(name);
                byte[] content = new byte[20 * 1024];
                Arrays.fill(content, (byte) name.length());
                Files.write(file, content);
                attachments.attach(id, file, CLERK);
                Files.delete(file);
            }
        } finally {
            Files.deleteIfExists(folder);
        }
        return id;
    }

    /**
     * Gives the permit {@value #INSPECTIONS} inspections, written with JDBC: the request rules need an issued
     * permit without holds, and this one is in review with a hold. Building permit types in turn, spread over the
     * weekdays of the 7 days after Monday 2027-03-01 (AM and PM); the first {@value #INSPECTIONS_WITH_RESULT}
     * are assigned and resulted (passed, failed, partial, not ready, no access), with one correction item for
     * each failed or partial one; the rest are requested.
     */
    static int addInspections(PermitDesk services, long id) throws SQLException {
        String[] results = {"PASSED", "FAILED", "PASSED", "PARTIAL", "PASSED", "NOT_READY", "PASSED", "NO_ACCESS",
            "PASSED", "PASSED"};
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate day = LocalDate.of(2027, 3, 2); !day.isAfter(LocalDate.of(2027, 3, 8)); day = day.plusDays(1)) {
            if (day.getDayOfWeek().getValue() <= 5) {
                days.add(day);
            }
        }
        ZoneOffset pacific = ZoneOffset.ofHours(-8);
        try (Connection connection = services.context().database().dataSource().getConnection()) {
            List<Long> types = new ArrayList<>();
            try (var query = connection.prepareStatement("SELECT t.id FROM inspection_type t, permit p"
                    + " WHERE p.id = ? AND t.permit_type_id = p.permit_type_id ORDER BY t.position")) {
                query.setLong(1, id);
                try (var rs = query.executeQuery()) {
                    while (rs.next()) {
                        types.add(rs.getLong(1));
                    }
                }
            }
            Long inspector = null;
            try (var statement = connection.createStatement();
                 var rs = statement.executeQuery("SELECT MIN(id) FROM staff_user")) {
                if (rs.next()) {
                    long value = rs.getLong(1);
                    inspector = rs.wasNull() ? null : value;
                }
            }
            connection.setAutoCommit(false);
            try (var insert = connection.prepareStatement("INSERT INTO inspection (permit_id, inspection_type_id,"
                    + " requested_date, time_window, contact_name, phone, email, notes, status, inspector_id,"
                    + " requested_by, requested_at, version, result, result_notes, resulted_by, resulted_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?)")) {
                for (int i = 0; i < INSPECTIONS; i++) {
                    LocalDate day = days.get(i % days.size());
                    boolean resulted = i < INSPECTIONS_WITH_RESULT;
                    insert.setLong(1, id);
                    insert.setLong(2, types.get(i % types.size()));
                    insert.setObject(3, day);
                    insert.setString(4, i % 2 == 0 ? "AM" : "PM");
                    insert.setString(5, "Site contact " + (i % 4 + 1));
                    insert.setString(6, "(760) 555-01" + String.format(Locale.ROOT, "%02d", i));
                    insert.setString(7, "site" + (i % 4 + 1) + "@example.com");
                    insert.setString(8, i % 3 == 0 ? "Gate code 4" + i + "; dog in the yard" : null);
                    insert.setString(9, resulted && inspector != null ? "ASSIGNED" : "REQUESTED");
                    if (resulted && inspector != null) {
                        insert.setLong(10, inspector);
                    } else {
                        insert.setNull(10, Types.BIGINT);
                    }
                    insert.setString(11, CLERK.username());
                    insert.setObject(12, OffsetDateTime.of(day.minusDays(1).atTime(10, 0), pacific));
                    if (resulted) {
                        String result = results[i % results.length];
                        insert.setString(13, result);
                        insert.setString(14, "PASSED".equals(result) ? null : "See the corrections; call to reschedule.");
                        insert.setString(15, "inspector");
                        insert.setObject(16, OffsetDateTime.of(day.atTime(i % 2 == 0 ? 11 : 15, 0), pacific));
                    } else {
                        insert.setNull(13, Types.VARCHAR);
                        insert.setNull(14, Types.VARCHAR);
                        insert.setNull(15, Types.VARCHAR);
                        insert.setNull(16, Types.TIMESTAMP_WITH_TIMEZONE);
                    }
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            try (var corrections = connection.prepareStatement("INSERT INTO inspection_correction (inspection_id,"
                    + " code_ref, text) SELECT i.id, 'CRC R602.10', 'Complete wall bracing / shear wall nailing per the"
                    + " approved plans.' FROM inspection i WHERE i.permit_id = ? AND i.result IN ('FAILED', 'PARTIAL')")) {
                corrections.setLong(1, id);
                corrections.executeUpdate();
            }
            connection.commit();
            connection.setAutoCommit(true);
            if (services.context().database().isPostgres()) {
                try (var statement = connection.createStatement()) {
                    statement.execute("ANALYZE inspection, inspection_correction");
                }
            }
        }
        return INSPECTIONS;
    }

    /**
     * Gives every permit in the database {@code perPermit} Envers revisions (a creation, then edits), written
     * with SQL; revision numbers from 1,000,000 up, clear of the ones the services hand out afterwards.
     */
    static long addOtherRevisions(PermitDesk services, int perPermit) throws SQLException {
        if (perPermit > 8) {
            throw new IllegalArgumentException("--other-revisions: at most 8");
        }
        long rows = 0;
        try (Connection connection = services.context().database().dataSource().getConnection();
             var statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            for (int k = 0; k < perPermit; k++) {
                String rev = "(1000000 + p.id * 8 + " + k + ")";
                statement.executeUpdate("INSERT INTO audit_revision (id, revision_at, username) SELECT " + rev
                        + ", 1700000000000 + p.id * 1000 + " + k + ", 'demo' FROM permit p");
                rows += statement.executeUpdate("INSERT INTO permit_aud (id, rev, revtype, permit_number,"
                        + " permit_type_id, permit_subtype_id, site_id, status, applied_date, valuation, description)"
                        + " SELECT p.id, " + rev + ", " + (k == 0 ? 0 : 1) + ", p.permit_number, p.permit_type_id,"
                        + " p.permit_subtype_id, p.site_id, p.status, p.applied_date, p.valuation, p.description"
                        + " FROM permit p");
                connection.commit();
            }
            connection.setAutoCommit(true);
            if (services.context().database().isPostgres()) {
                statement.execute("VACUUM (ANALYZE) permit_aud, audit_revision");
            }
        }
        return rows;
    }

    static void describe(PermitDesk services, PermitChangeLog changeLog, long id) throws SQLException {
        PermitDetails details = services.permits().search().open(id).orElseThrow();
        FeesAndPayments fees = services.permits().fees().feesAndPayments(id);
        int revisions = services.context().database().fromTransaction(session ->
                AuditReaderFactory.get(session).getRevisions(Permit.class, id).size());
        System.out.printf("permit       %s, %s: %d contacts, %d status history rows, %d Envers revisions"
                        + " (%d changed fields listed), %d fee lines, %d payments, %d review cycles, %d conditions,"
                        + " %d attachments, %d inspections%n",
                details.permit().number(), details.permit().status().label(), details.contacts().size(),
                details.history().size(), revisions, changeLog.changes(id).size(), fees.lines().size(),
                fees.payments().size(), services.permits().reviews().planReviews(id).size(),
                services.permits().reviews().conditions(id).size(), services.permits().attachments().attachments(id).size(),
                services.inspections().requests().inspections(id).size());
        try (Connection connection = services.context().database().dataSource().getConnection();
             var statement = connection.createStatement();
             var rs = statement.executeQuery("SELECT COUNT(*) FROM permit")) {
            rs.next();
            System.out.printf("permits      %,d in the database%n", rs.getLong(1));
        }
        // The shape of the query Envers runs for PermitChangeLog (permit_aud's key is (rev, id)).
        try (Connection connection = services.context().database().dataSource().getConnection();
             var statement = connection.createStatement()) {
            try (var rs = statement.executeQuery("SELECT COUNT(*) FROM permit_aud")) {
                rs.next();
                System.out.printf("permit_aud   %,d rows; plan of the change log's query:%n", rs.getLong(1));
            }
            try (var rs = statement.executeQuery("EXPLAIN SELECT a.* FROM permit_aud a, audit_revision r"
                    + " WHERE a.id = " + id + " AND a.rev = r.id ORDER BY a.rev")) {
                while (rs.next()) {
                    for (String line : rs.getString(1).split("\n")) {
                        System.out.println("             " + line);
                    }
                }
            }
        }
    }

    // ---------------------------------------------------------------------------------------------------
    // What the tab loads
}
