package org.permitdesk.report;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.fill.JRSwapFileVirtualizer;
import org.permitdesk.platform.OutputFiles;
import org.permitdesk.platform.UserFacingException;
import org.permitdesk.platform.db.Database;
import org.permitdesk.platform.report.ReportTemplates;
import org.permitdesk.staff.Permission;
import org.permitdesk.staff.SignedInUser;

/**
 * The supervisor reports ({@link ReportKind}): check the parameters ({@link #problems}), read the rows
 * ({@link #load}), fill the template ({@link #fill}, stoppable with a {@link FillControl}) and save it as PDF,
 * XLSX or CSV ({@link #export}), or all at once to a file ({@link #write}). The rows are read in one read-only
 * repeatable-read transaction, so the totals and the lists of one report always agree. Slow (database, report
 * filling, files): never on the JavaFX thread. Templates are {@code reports/*.jrxml} (see {@link ReportTemplates}).
 */
public final class ReportService {

    private static final DateTimeFormatter PRINTED = DateTimeFormatter.ofPattern("MMM d, yyyy h:mm a", Locale.US);

    private final Database database;
    private final ReportTemplates templates;
    private final String jurisdiction;
    private final Clock clock;

    /** {@code clock}'s zone is the city's: it decides what "today" and a day of payments are. */
    public ReportService(Database database, ReportTemplates templates, String jurisdiction, Clock clock) {
        this.database = database;
        this.templates = templates;
        this.jurisdiction = jurisdiction;
        this.clock = clock;
    }

    /** A permit type a report can be limited to. */
    public record PermitTypeChoice(String code, String name) {
        @Override
        public String toString() {
            return code + " " + name;
        }
    }

    /** Every permit type (active or not: old permits have old types), by code. */
    public List<PermitTypeChoice> permitTypes() {
        return read(connection -> {
            List<PermitTypeChoice> types = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement("SELECT code, name FROM permit_type ORDER BY code");
                 ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    types.add(new PermitTypeChoice(rs.getString(1), rs.getString(2)));
                }
            }
            return types;
        });
    }

    /** What is wrong with {@code request}, each message saying how to fix it; empty when it can run. */
    public List<String> problems(ReportRequest request) {
        List<String> codes = request.kind().usesPermitTypes()
                ? permitTypes().stream().map(PermitTypeChoice::code).toList() : List.of();
        return request.problems(codes);
    }

    /** The report's rows, read in one transaction. Throws {@link UserFacingException} for bad parameters. */
    public ReportData load(ReportRequest request, SignedInUser who) {
        who.require(Permission.EXPORT_DATA);
        List<String> problems = problems(request);
        if (!problems.isEmpty()) {
            throw new UserFacingException(String.join(" ", problems));
        }
        return read(connection -> switch (request.kind()) {
            case ISSUED_FINALED -> IssuedFinaledData.load(connection, request);
            case INSPECTIONS_BY_INSPECTOR -> InspectionsData.load(connection, request);
            case EXPIRING -> ExpiringData.load(connection, request, LocalDate.now(clock));
            case FEES_COLLECTED -> FeesCollectedData.load(connection, request, clock.getZone());
        });
    }

    /** Reads the rows and fills the template into pages for the screen (to show, print or {@link #export}). */
    public FilledReport fill(ReportRequest request, FillControl control, SignedInUser who) {
        who.require(Permission.EXPORT_DATA);
        ReportData data = load(request, who);
        control.checkNotCancelled();
        JasperReport report = templates.report(request.kind().template());
        Map<String, Object> parameters = parameters(request, data);
        JRSwapFileVirtualizer virtualizer = ReportFiller.virtualizer();
        try {
            JasperPrint print = ReportFiller.fill(report, request.kind().template(), parameters, data.dataSource(),
                    virtualizer, control);
            return new FilledReport(request, data, print, virtualizer);
        } catch (RuntimeException e) {
            virtualizer.cleanup();
            throw e;
        }
    }

    /**
     * Writes {@code report} to {@code out} (not closed) as PDF or XLSX of its pages, or as CSV of its rows
     * (the CSV does not depend on the template).
     */
    public void export(FilledReport report, ReportFormat format, OutputStream out) {
        try {
            switch (format) {
                case PDF -> ReportExporter.pdf(report.print(), out);
                case XLSX -> ReportExporter.xlsx(report.print(), out);
                case CSV -> ReportExporter.csv(report.data(), out);
            }
        } catch (JRException e) {
            throw new UserFacingException("The report could not be saved as " + format + ": " + e.getMessage(), e);
        }
    }

    /**
     * Makes the report and writes it to {@code file} (replaced when complete; nothing is left behind on failure);
     * returns its rows. CSV is written from the rows without filling the template. XLSX is the paged report on one
     * sheet without the page footers (one long page would not fit a small heap: 514 MiB for a year of 50,000 permits).
     */
    public ReportData write(ReportRequest request, ReportFormat format, Path file, FillControl control, SignedInUser who) {
        who.require(Permission.EXPORT_DATA);
        return writeAtomically(file, format, out -> writeTo(request, format, out, control, who));
    }

    /** Saves a report already made (shown on screen) to {@code file}, replaced only once it is complete. */
    public void save(FilledReport report, ReportFormat format, Path file) {
        writeAtomically(file, format, out -> {
            export(report, format, out);
            return report.data();
        });
    }

    private static <T> T writeAtomically(Path file, ReportFormat format, Function<OutputStream, T> write) {
        OutputFiles.checkTarget(file);
        Path temporary = null;
        try {
            temporary = OutputFiles.temporaryBeside(file, "." + format.extension());
            T written;
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temporary))) {
                written = write.apply(out);
            }
            OutputFiles.moveInto(temporary, file);
            return written;
        } catch (IOException | UncheckedIOException e) {
            throw OutputFiles.writeFailed(file, e);
        } catch (RuntimeException e) {
            // the PDF and XLSX writers wrap a failed write (a full disk) in exceptions of their own
            if (OutputFiles.ioFailure(e) != null && !readFailure(e)) {
                throw OutputFiles.writeFailed(file, e);
            }
            throw e;
        } finally {
            deleteQuietly(temporary);
        }
    }

    /** A failure reading the database (which may wrap an I/O failure of its own), not of writing the file. */
    private static boolean readFailure(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException) {
                return true;
            }
        }
        return false;
    }

    private ReportData writeTo(ReportRequest request, ReportFormat format, OutputStream out, FillControl control,
                               SignedInUser who) {
        if (format == ReportFormat.CSV) {
            ReportData data = load(request, who);
            ReportExporter.csv(data, out);
            return data;
        }
        try (FilledReport report = fill(request, control, who)) {
            export(report, format, out);
            return report.data();
        }
    }

    private Map<String, Object> parameters(ReportRequest request, ReportData data) {
        Map<String, Object> parameters = new HashMap<>(data.parameters());
        parameters.put(JRParameter.REPORT_LOCALE, Locale.US);
        parameters.put("JURISDICTION", jurisdiction);
        parameters.put("REPORT_TITLE", request.kind().title());
        parameters.put("RANGE", request.describeRange());
        parameters.put("PRINTED_AT", PRINTED.format(ZonedDateTime.now(clock)));
        return parameters;
    }

    private interface Reading<T> {
        T read(Connection connection) throws SQLException;
    }

    private <T> T read(Reading<T> reading) {
        try (Connection connection = database.dataSource().getConnection()) {
            connection.setReadOnly(true);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            connection.setAutoCommit(false);
            try {
                return reading.read(connection);
            } finally {
                connection.rollback();
            }
        } catch (SQLException e) {
            throw new UserFacingException("The report could not be read from " + database.settings().displayUrl()
                    + ": " + e.getMessage(), e);
        }
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
