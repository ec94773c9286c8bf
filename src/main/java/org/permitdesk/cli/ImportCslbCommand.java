package org.permitdesk.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.permitdesk.app.PermitDesk;
import org.permitdesk.account.cslb.CslbImportResult;
import org.permitdesk.platform.UserFacingException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import org.permitdesk.staff.SignedInUser;

/** {@code import-cslb FILE}: replaces the stored contractors' licences with the CSLB licence master file. */
@Command(name = "import-cslb", mixinStandardHelpOptions = true,
        description = {"Replaces the stored contractors' licences with those of the CSLB licence master file"
                + " (headerless CSV, about 290,000 lines), all or nothing. Lines that cannot be stored are"
                + " skipped and listed with their line number and reason.",
            "Exit codes: 0 imported, 2 the file cannot be read or is not a master file, or the database"
                + " cannot be used (the stored licences are then unchanged)."})
public final class ImportCslbCommand implements Callable<Integer> {

    private static final long PROGRESS_LINES = 50_000;
    private static final String UNCHANGED = " Nothing was imported; the stored licences are unchanged.";


    @Parameters(paramLabel = "FILE", description = "The master file as downloaded from the CSLB, e.g. MasterLicenseData.csv.")
    Path file;

    @Option(names = "--show-rejected", paramLabel = "N",
            description = "How many rejected lines to list (default: ${DEFAULT-VALUE}).")
    int showRejected = 20;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (showRejected < 0) { // checked before anything is read or imported
            err.println("--show-rejected " + showRejected + " is not a number of lines: give 0 or more." + UNCHANGED);
            return 2;
        }
        Optional<String> unreadable = ImportOutput.unreadable(file);
        if (unreadable.isPresent()) {
            err.println(unreadable.get() + UNCHANGED);
            return 2;
        }
        // Plain JDBC: no Hibernate to start.
        try (PermitDesk desk = PermitDesk.openForJdbc(DatabaseOptions.of(spec).settings(), Clock.systemDefaultZone())) {
            CslbImportResult result = desk.accounts().cslbImport().importFile(file, (lines, bytes, total) -> {
                if (lines % PROGRESS_LINES == 0) {
                    err.printf("  %,d lines read (%d%%)%n", lines, total == 0 ? 100 : bytes * 100 / total);
                    err.flush();
                }
            }, SignedInUser.commandLine());
            printSummary(result);
            return 0;
        } catch (UserFacingException e) {
            err.println(e.getMessage() + UNCHANGED);
            err.flush();
            return 2;
        }
    }

    private void printSummary(CslbImportResult result) {
        PrintWriter out = spec.commandLine().getOut();
        out.printf("Imported %,d licences in %.1f s; %,d %s rejected%n", result.imported(),
                result.elapsed().toMillis() / 1000.0, result.rejectedCount(), result.rejectedCount() == 1 ? "row" : "rows");
        ImportOutput.listRejected(out, result.rejected(), result.rejectedCount(), showRejected, "line");
        out.flush();
    }
}
