package org.permitdesk.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.permitdesk.app.PermitDesk;
import org.permitdesk.platform.UserFacingException;
import org.permitdesk.platform.OutputFiles;
import org.permitdesk.report.FillControl;
import org.permitdesk.report.ReportData;
import org.permitdesk.report.ReportFormat;
import org.permitdesk.report.ReportRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import org.permitdesk.staff.SignedInUser;

/** {@code report KIND ... --format pdf|xlsx|csv --out FILE}: the supervisor reports from the command line. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Writes a supervisor report as PDF, XLSX or CSV. Date ranges include both days.",
            "Exit codes: 0 written, 2 bad arguments, a broken report template, the file cannot be written"
                    + " or the database cannot be used."},
        subcommands = {ReportCommand.IssuedFinaled.class, ReportCommand.Inspections.class,
            ReportCommand.Expiring.class, ReportCommand.FeesCollected.class})
public final class ReportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return 2;
    }

    /** What every report command takes: the format and the file (the database options come from permitdesk). */
    abstract static class ReportOptions implements Callable<Integer> {


        @Option(names = "--format", paramLabel = "pdf|xlsx|csv", required = true, description = "pdf, xlsx or csv.")
        String format;

        @Option(names = "--out", paramLabel = "FILE", required = true, description = "The file to write: a new file, or a regular file it replaces when complete.")
        Path out;

        @Spec
        CommandSpec spec;

        abstract ReportRequest request();

        /** "1,234 permits issued, 987 finaled". */
        abstract String counted(ReportData data);

        @Override
        public Integer call() {
            PrintWriter err = spec.commandLine().getErr();
            Optional<ReportFormat> chosen = ReportFormat.named(format);
            ReportRequest request = request();
            List<String> problems = new ArrayList<>(request.problems(knownTypes(request)));
            if (chosen.isEmpty()) {
                problems.add(0, "--format " + format + " is not a report format: use pdf, xlsx or csv.");
            }
            OutputFiles.whyNotWritable(out).ifPresent(reason -> problems.add(OutputFiles.refusal("--out " + out, reason)));
            if (!problems.isEmpty()) {
                problems.forEach(err::println);
                err.flush();
                return 2;
            }
            return write(request, chosen.get());
        }

        /** Type codes are checked against the database later; here any given code passes. */
        private static List<String> knownTypes(ReportRequest request) {
            return request.typeCodes();
        }

        private int write(ReportRequest request, ReportFormat chosen) {
            long start = System.nanoTime();
            // Reports read with plain JDBC: no Hibernate to start (about a second less before the report begins).
            try (PermitDesk desk = PermitDesk.openForJdbc(DatabaseOptions.of(spec).settings(), Clock.systemDefaultZone())) {
                ReportData data = desk.reports().reports()
                        .write(request, chosen, out, new FillControl(), SignedInUser.commandLine());
                spec.commandLine().getOut().printf("Wrote %s, %s: %s, to %s in %.1f s%n",
                        request.kind().title().toLowerCase(java.util.Locale.ROOT), request.describeRange(),
                        counted(data), out, (System.nanoTime() - start) / 1e9);
                spec.commandLine().getOut().flush();
                return 0;
            } catch (UserFacingException e) {
                spec.commandLine().getErr().println(e.getMessage());
                spec.commandLine().getErr().flush();
                return 2;
            }
        }
    }

    @Command(name = "issued-finaled", mixinStandardHelpOptions = true,
            description = "Permits issued in the range (whatever their status now) and permits finaled in it,"
                    + " with a summary by permit type. CSV columns: section,permit_number,permit_type,site_address,"
                    + "issued_date,finaled_date,valuation (one row per permit per section).")
    static final class IssuedFinaled extends ReportOptions {

        @Option(names = "--from", paramLabel = "YYYY-MM-DD", required = true, description = "First day of the range.")
        LocalDate from;

        @Option(names = "--to", paramLabel = "YYYY-MM-DD", required = true, description = "Last day of the range.")
        LocalDate to;

        @Option(names = "--type", paramLabel = "CODE", description = "Only permits of this type (repeat for more).")
        List<String> types = new ArrayList<>();

        @Override
        ReportRequest request() {
            return ReportRequest.issuedFinaled(from, to, types);
        }

        @Override
        String counted(ReportData data) {
            org.permitdesk.report.IssuedFinaledData permits = (org.permitdesk.report.IssuedFinaledData) data;
            return String.format("%,d issued, %,d finaled", permits.issued().size(), permits.finaled().size());
        }
    }

    @Command(name = "inspections", mixinStandardHelpOptions = true,
            description = "Inspections of the range (by their inspection day) by inspector and result.")
    static final class Inspections extends ReportOptions {

        @Option(names = "--from", paramLabel = "YYYY-MM-DD", required = true, description = "First day of the range.")
        LocalDate from;

        @Option(names = "--to", paramLabel = "YYYY-MM-DD", required = true, description = "Last day of the range.")
        LocalDate to;

        @Override
        ReportRequest request() {
            return ReportRequest.inspections(from, to);
        }

        @Override
        String counted(ReportData data) {
            return String.format("%,d inspections", data.rowCount());
        }
    }

    @Command(name = "expiring", mixinStandardHelpOptions = true,
            description = "Issued permits that expire from today to today + N days.")
    static final class Expiring extends ReportOptions {

        @Option(names = "--days", paramLabel = "N", required = true, description = "How many days ahead (1 to 365).")
        int days;

        @Override
        ReportRequest request() {
            return ReportRequest.expiring(days);
        }

        @Override
        String counted(ReportData data) {
            return String.format("%,d permits", data.rowCount());
        }
    }

    @Command(name = "fees-collected", mixinStandardHelpOptions = true,
            description = "Payments received in the range by day and payment method, for balancing.")
    static final class FeesCollected extends ReportOptions {

        @Option(names = "--from", paramLabel = "YYYY-MM-DD", required = true, description = "First day of the range.")
        LocalDate from;

        @Option(names = "--to", paramLabel = "YYYY-MM-DD", required = true, description = "Last day of the range.")
        LocalDate to;

        @Override
        ReportRequest request() {
            return ReportRequest.feesCollected(from, to);
        }

        @Override
        String counted(ReportData data) {
            org.permitdesk.report.FeesCollectedData fees = (org.permitdesk.report.FeesCollectedData) data;
            return String.format("%,d payments, $%,.2f", fees.payments().size(), fees.total());
        }
    }
}
