package org.permitdesk.web;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.permitdesk.inspection.InspectionResult;
import org.permitdesk.inspection.InspectionStatus;
import org.permitdesk.inspection.TimeWindow;
import org.permitdesk.permit.PermitStatus;

/**
 * Reads one permit for its public page from the {@code public_*} views, with plain JDBC. An inspection's time
 * window and inspector are shown once its day is published (the supervisor publishes each day's routes, at the
 * latest by 7:30am); a day not published yet says "Scheduled".
 */
final class PublicPermits {

    private PublicPermits() {
    }

    static Optional<PublicPermit> find(Connection connection, String number, LocalDate today) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT p.id, p.permit_number, t.name, st.name, p.description, p.status, p.applied_date,
                       p.approved_date, p.issued_date, p.finaled_date, p.expires_date, p.void_date, s.address_line,
                       s.city, s.state, s.zip, s.parcel_number
                FROM public_permit p
                JOIN public_permit_type t ON t.id = p.permit_type_id
                LEFT JOIN public_permit_subtype st ON st.id = p.permit_subtype_id
                JOIN public_site s ON s.id = p.site_id
                WHERE p.permit_number = ?""")) {
            query.setString(1, number);
            try (ResultSet rs = query.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                long id = rs.getLong(1);
                PermitStatus status = PermitStatus.valueOf(rs.getString(6));
                LocalDate applied = rs.getObject(7, LocalDate.class);
                LocalDate approved = rs.getObject(8, LocalDate.class);
                LocalDate issued = rs.getObject(9, LocalDate.class);
                LocalDate finaled = rs.getObject(10, LocalDate.class);
                LocalDate expires = rs.getObject(11, LocalDate.class);
                LocalDate voided = rs.getObject(12, LocalDate.class);
                String address = join(rs.getString(13), join(rs.getString(14), join(rs.getString(15),
                        rs.getString(16), " "), ", "), ", ");
                List<PublicPermit.Inspection> inspections = inspections(connection, id, today);
                Timeline timeline = new Timeline(today);
                timeline.add(applied, "Applied");
                planReviews(connection, id, timeline);
                timeline.add(approved, "Approved");
                timeline.add(issued, "Issued: work may start, with inspections as it goes");
                for (PublicPermit.Inspection inspection : inspections) {
                    if (inspection.day() != null && !inspection.day().isAfter(today)
                            && !inspection.outcome().equals("Scheduled")) {
                        timeline.add(inspection.day(), inspection.type() + " inspection: "
                                + inspection.outcome().toLowerCase());
                    }
                }
                timeline.add(finaled, "Finaled: the work is complete and approved");
                timeline.add(status == PermitStatus.EXPIRED ? expires : null, "Expired");
                timeline.add(voided, "Void (cancelled)");
                return Optional.of(new PublicPermit(rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), status.label(), applied, approved, issued, finaled, expires, address,
                        rs.getString(17), contractors(connection, id, today), inspections, timeline.steps(
                                status == PermitStatus.FINALED || status == PermitStatus.EXPIRED
                                        || status == PermitStatus.VOID)));
            }
        }
    }

    private static void planReviews(Connection connection, long permitId, Timeline timeline) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT cycle, status, started_on, finished_on"
                + " FROM public_plan_review WHERE permit_id = ? ORDER BY cycle")) {
            query.setLong(1, permitId);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    int cycle = rs.getInt(1);
                    String status = rs.getString(2);
                    timeline.add(rs.getObject(3, LocalDate.class), "Plan review " + cycle + " started");
                    String finished = switch (status) {
                        case "APPROVED" -> "plans approved";
                        case "CORRECTIONS_REQUIRED" -> "corrections required, waiting for revised plans";
                        default -> "finished";
                    };
                    timeline.add(rs.getObject(4, LocalDate.class), "Plan review " + cycle + ": " + finished);
                }
            }
        }
    }

    private static List<PublicPermit.Contractor> contractors(Connection connection, long permitId, LocalDate today)
            throws SQLException {
        List<PublicPermit.Contractor> contractors = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT business_name, license_number"
                + " FROM public_permit_contractor WHERE permit_id = ? ORDER BY id")) {
            query.setLong(1, permitId);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    String licence = rs.getString(2);
                    contractors.add(new PublicPermit.Contractor(orEmpty(rs.getString(1)), orEmpty(licence),
                            licenceStatus(connection, licence, today)));
                }
            }
        }
        return contractors;
    }

    /** "Active, expires 2027-05-31", "Expired on 2025-01-31", or "" when the licence is not in the CSLB file. */
    private static String licenceStatus(Connection connection, String licence, LocalDate today) throws SQLException {
        if (licence == null || !licence.strip().matches("\\d{1,9}")) {
            return "";
        }
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT status, expiration_date FROM public_contractor_licence WHERE licence_number = ?")) {
            query.setInt(1, Integer.parseInt(licence.strip()));
            try (ResultSet rs = query.executeQuery()) {
                if (!rs.next()) {
                    return "Not found in the state licence file";
                }
                LocalDate expires = rs.getObject(2, LocalDate.class);
                if (expires != null && expires.isBefore(today)) {
                    return "Expired on " + expires;
                }
                return rs.getString(1) + (expires == null ? "" : ", expires " + expires);
            }
        }
    }

    private static List<PublicPermit.Inspection> inspections(Connection connection, long permitId, LocalDate today)
            throws SQLException {
        Map<Long, List<String>> corrections = corrections(connection, permitId);
        List<PublicPermit.Inspection> inspections = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT i.id, i.inspection_type, i.requested_date, i.time_window, i.status, i.result, i.result_notes,
                       i.inspector_name, d.inspection_day
                FROM public_inspection i
                LEFT JOIN public_inspection_day d ON d.inspection_day = i.requested_date
                WHERE i.permit_id = ?
                ORDER BY i.requested_date, i.type_position, i.id""")) {
            query.setLong(1, permitId);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    LocalDate day = rs.getObject(3, LocalDate.class);
                    boolean published = rs.getObject(9) != null || day.isBefore(today);
                    String result = rs.getString(6);
                    InspectionStatus status = InspectionStatus.valueOf(rs.getString(5));
                    String outcome = result != null ? InspectionResult.valueOf(result).label()
                            : status == InspectionStatus.CANCELLED ? "Cancelled"
                            : published && day.isBefore(today) ? "No result recorded" : "Scheduled";
                    boolean shown = published && status != InspectionStatus.CANCELLED;
                    String window = shown ? TimeWindow.valueOf(rs.getString(4)).label() : "";
                    String inspector = shown ? orEmpty(rs.getString(8)) : "";
                    inspections.add(new PublicPermit.Inspection(rs.getString(2), day, window, outcome, inspector,
                            result == null ? "" : orEmpty(rs.getString(7)),
                            corrections.getOrDefault(rs.getLong(1), List.of())));
                }
            }
        }
        return inspections;
    }

    private static Map<Long, List<String>> corrections(Connection connection, long permitId) throws SQLException {
        Map<Long, List<String>> items = new LinkedHashMap<>();
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT c.inspection_id, c.code_ref, c.text
                FROM public_inspection_correction c
                JOIN public_inspection i ON i.id = c.inspection_id
                WHERE i.permit_id = ?
                ORDER BY c.inspection_id, c.id""")) {
            query.setLong(1, permitId);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    String code = rs.getString(2);
                    items.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())
                            .add((code == null || code.isBlank() ? "" : code + ": ") + rs.getString(3));
                }
            }
        }
        return items;
    }

    private static String join(String first, String second, String separator) {
        if (first == null || first.isBlank()) {
            return orEmpty(second);
        }
        return second == null || second.isBlank() ? first : first + separator + second;
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
