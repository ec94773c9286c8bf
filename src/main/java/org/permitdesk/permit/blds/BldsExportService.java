package org.permitdesk.permit.blds;

import java.io.BufferedWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.permitdesk.permit.PermitStatus;
import org.permitdesk.platform.CsvCells;
import org.permitdesk.platform.OutputFiles;
import org.permitdesk.platform.UserFacingException;
import org.permitdesk.platform.db.Database;
import org.permitdesk.staff.Permission;
import org.permitdesk.staff.SignedInUser;

/**
 * Writes permits as a BLDS file (the core columns, see {@link BldsColumns#EXPORTED}), one row per permit in
 * permit-number order, with its first contractor. {@code StatusCurrent} is the imported status text where
 * there is one, else PermitDesk's status; importing the file again gives the same permits (ADR 0007).
 * Text cells that a spreadsheet would take for a formula get a leading quote ({@link CsvCells}); the import takes
 * it off again. The file is written beside the target (a regular file or nothing) and moved into place when
 * complete.
 */
public final class BldsExportService {

    private static final String QUERY = """
            SELECT p.permit_number, p.description, p.applied_date, p.issued_date, p.finaled_date, p.status,
                   p.status_text, p.expires_date, p.void_date, p.valuation, t.code, t.name, s.address_line, s.city,
                   s.state, s.zip, s.parcel_number, s.latitude, s.longitude, c.business_name, c.name,
                   c.license_number, c.phone, c.email
            FROM permit p
            JOIN permit_type t ON t.id = p.permit_type_id
            JOIN site s ON s.id = p.site_id
            LEFT JOIN permit_contact c ON c.id = (SELECT MIN(k.id) FROM permit_contact k
                                                  WHERE k.permit_id = p.id AND k.role = 'CONTRACTOR')
            WHERE p.applied_date >= ? AND p.applied_date <= ?
            ORDER BY p.permit_number""";
    /**
     * The same rows from the public web view's {@code public_*} views: no contractor person's name, phone or email
     * is read (their places hold NULL, and {@link #PUBLIC_COLUMNS} leaves them out).
     */
    private static final String PUBLIC_QUERY = """
            SELECT p.permit_number, p.description, p.applied_date, p.issued_date, p.finaled_date, p.status,
                   p.status_text, p.expires_date, p.void_date, p.valuation, t.code, t.name, s.address_line, s.city,
                   s.state, s.zip, s.parcel_number, s.latitude, s.longitude, c.business_name,
                   CAST(NULL AS VARCHAR(1)), c.license_number, CAST(NULL AS VARCHAR(1)), CAST(NULL AS VARCHAR(1))
            FROM public_permit p
            JOIN public_permit_type t ON t.id = p.permit_type_id
            JOIN public_site s ON s.id = p.site_id
            LEFT JOIN public_permit_contractor c ON c.id = (SELECT MIN(k.id) FROM public_permit_contractor k
                                                            WHERE k.permit_id = p.id)
            ORDER BY p.permit_number""";
    /** The BLDS columns of the public open-data file: the exported ones less ContractorFullName, Phone and Email. */
    public static final List<String> PUBLIC_COLUMNS = BldsColumns.EXPORTED.stream()
            .filter(column -> !List.of(BldsColumns.CONTRACTOR_FULL_NAME, BldsColumns.CONTRACTOR_PHONE,
                    BldsColumns.CONTRACTOR_EMAIL).contains(column)).toList();
    private static final LocalDate EARLIEST = LocalDate.of(1, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(9999, 12, 31);

    private final Database database;

    public BldsExportService(Database database) {
        this.database = database;
    }

    /**
     * Writes the permits applied for from {@code from} to {@code to} (both included; null for no limit) to
     * {@code out}; returns how many.
     *
     * @throws UserFacingException when {@code out} is not a regular file or nothing (a folder, a device, a link)
     */
    public long export(Path out, LocalDate from, LocalDate to, SignedInUser who) {
        who.require(Permission.EXPORT_DATA);
        OutputFiles.checkTarget(out);
        Path temporary = null;
        try {
            temporary = OutputFiles.temporaryBeside(out, ".csv");
            long count = write(temporary, from == null ? EARLIEST : from, to == null ? LATEST : to);
            OutputFiles.moveInto(temporary, out);
            return count;
        } catch (IOException e) {
            throw OutputFiles.writeFailed(out, e);
        } catch (SQLException e) {
            throw new UserFacingException("The permits could not be read from " + database.settings().displayUrl()
                    + ": " + e.getMessage(), e);
        } finally {
            deleteQuietly(temporary);
        }
    }

    private long write(Path file, LocalDate from, LocalDate to) throws IOException, SQLException {
        try (Connection connection = database.dataSource().getConnection();
             BufferedWriter writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT)) {
            connection.setAutoCommit(false);
            connection.setReadOnly(true);
            printer.printRecord(BldsColumns.EXPORTED);
            long count = 0;
            try (PreparedStatement query = connection.prepareStatement(QUERY)) {
                query.setFetchSize(1_000);
                query.setObject(1, from);
                query.setObject(2, to);
                try (ResultSet rs = query.executeQuery()) {
                    while (rs.next()) {
                        printer.printRecord(CsvCells.safe(row(rs)));
                        count++;
                    }
                }
            } finally {
                connection.rollback();
            }
            return count;
        }
    }

    /**
     * Writes every permit as the public open-data file ({@link #PUBLIC_COLUMNS}, a header line first), read on
     * {@code connection} from the public web view's {@code public_*} views; returns how many permits.
     */
    public static long writePublic(Connection connection, Appendable out) throws IOException, SQLException {
        List<Integer> kept = new ArrayList<>();
        for (int i = 0; i < BldsColumns.EXPORTED.size(); i++) {
            if (PUBLIC_COLUMNS.contains(BldsColumns.EXPORTED.get(i))) {
                kept.add(i);
            }
        }
        CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT);
        printer.printRecord(PUBLIC_COLUMNS);
        long count = 0;
        try (PreparedStatement query = connection.prepareStatement(PUBLIC_QUERY)) {
            query.setFetchSize(1_000);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    List<String> all = row(rs);
                    printer.printRecord(CsvCells.safe(kept.stream().map(all::get).toList()));
                    count++;
                }
            }
        }
        printer.flush();
        return count;
    }

    /** One permit's values in the order of {@link BldsColumns#EXPORTED}. */
    private static List<String> row(ResultSet rs) throws SQLException {
        PermitStatus status = PermitStatus.valueOf(rs.getString(6));
        String statusText = rs.getString(7);
        LocalDate applied = rs.getObject(3, LocalDate.class);
        LocalDate issued = rs.getObject(4, LocalDate.class);
        LocalDate finaled = rs.getObject(5, LocalDate.class);
        LocalDate expires = rs.getObject(8, LocalDate.class);
        LocalDate voided = rs.getObject(9, LocalDate.class);
        BigDecimal valuation = rs.getBigDecimal(10);
        List<String> row = new ArrayList<>();
        row.add(rs.getString(1));
        row.add(text(rs.getString(2)));
        row.add(date(applied));
        row.add(date(issued));
        row.add(date(finaled));
        row.add(statusText != null ? statusText : status.label());
        row.add(mapped(status));
        row.add(date(statusDate(status, applied, issued, finaled, expires, voided)));
        row.add(rs.getString(13));
        row.add("");
        for (int column = 14; column <= 16; column++) {
            row.add(text(rs.getString(column)));
        }
        row.add(rs.getString(11));
        row.add(rs.getString(12));
        row.add(valuation == null ? "" : valuation.toPlainString());
        row.add(text(rs.getString(17)));
        row.add(number(rs, 18));
        row.add(number(rs, 19));
        for (int column = 20; column <= 24; column++) {
            row.add(text(rs.getString(column)));
        }
        row.add(date(expires));
        row.add(date(voided));
        return row;
    }

    /** The BLDS StatusCurrentMapped value for a status ("" where BLDS has none, as for expired). */
    private static String mapped(PermitStatus status) {
        return switch (status) {
            case APPLIED, APPROVED -> "Application Accepted";
            case IN_REVIEW -> "In Review";
            case ISSUED -> "Permit Issued";
            case FINALED -> "Permit Finaled";
            case VOID -> "Permit Cancelled";
            case EXPIRED -> "";
        };
    }

    private static LocalDate statusDate(PermitStatus status, LocalDate applied, LocalDate issued, LocalDate finaled,
                                        LocalDate expires, LocalDate voided) {
        LocalDate date = switch (status) {
            case ISSUED -> issued;
            case FINALED -> finaled;
            case EXPIRED -> expires;
            case VOID -> voided;
            default -> applied;
        };
        return date == null ? applied : date;
    }

    private static String number(ResultSet rs, int column) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? "" : Double.toString(value);
    }

    private static String date(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static void deleteQuietly(Path file) {
        try {
            if (file != null) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            // a leftover temporary file is harmless
        }
    }
}
