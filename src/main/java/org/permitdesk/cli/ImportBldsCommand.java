package org.permitdesk.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.permitdesk.app.PermitDesk;
import org.permitdesk.permit.blds.BldsImportResult;
import org.permitdesk.platform.UserFacingException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import org.permitdesk.staff.SignedInUser;

/** {@code import-blds FILE [--skip-invalid]}: imports a city's permits from a BLDS open-data file. */
@Command(name = "import-blds", mixinStandardHelpOptions = true,
        description = {"Imports permits from a BLDS file (CSV with a header row, the open-data format cities publish"
                + " permits in), in one transaction. Every row is checked; invalid rows and permit numbers that are"
                + " repeated or already stored are listed with their line number and reason.",
            "Exit codes: 0 imported, 1 invalid rows found without --skip-invalid (nothing was imported),"
                + " 2 the file cannot be read or is not a BLDS file, or the database cannot be used"
                + " (nothing was imported)."})
public final class ImportBldsCommand implements Callable<Integer> {

    private static final String NOTHING = " Nothing was imported.";


    @Parameters(paramLabel = "FILE", description = "The BLDS file, e.g. permits.blds.csv.")
    Path file;

    @Option(names = "--skip-invalid", description = "Import the valid rows and write the rejected ones, with a"
            + " RejectReason column, to FILE.rejects.csv (default: any invalid row stops the whole import).")
    boolean skipInvalid;

    @Option(names = "--show-rejected", paramLabel = "N",
            description = "How many rejected rows to list (default: ${DEFAULT-VALUE}).")
    int showRejected = 20;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (showRejected < 0) { // checked before anything is read or imported
            err.println("--show-rejected " + showRejected + " is not a number of lines: give 0 or more." + NOTHING);
            return 2;
        }
        Optional<String> unreadable = ImportOutput.unreadable(file);
        if (unreadable.isPresent()) {
            err.println(unreadable.get() + NOTHING);
            return 2;
        }
        // Plain JDBC: no Hibernate to start, and no demo permits written first into a brand-new embedded database.
        try (PermitDesk desk = PermitDesk.openForJdbc(DatabaseOptions.of(spec).settings(), Clock.systemDefaultZone())) {
            BldsImportResult result = desk.permits().bldsImport().importFile(file, skipInvalid, rows -> {
                err.printf("  %,d rows read%n", rows);
                err.flush();
            }, SignedInUser.commandLine());
            if (result.refused()) {
                printRefusal(result);
                return 1;
            }
            printSummary(result);
            return 0;
        } catch (UserFacingException e) {
            err.println(e.getMessage() + NOTHING);
            err.flush();
            return 2;
        }
    }

    private void printSummary(BldsImportResult result) {
        PrintWriter out = spec.commandLine().getOut();
        out.printf("Imported %,d %s in %.1f s; %,d %s rejected%s%n", result.imported(),
                result.imported() == 1 ? "permit" : "permits", result.elapsed().toMillis() / 1000.0,
                result.rejectedCount(), result.rejectedCount() == 1 ? "row" : "rows",
                result.rejectsFile().map(path -> " (written to " + path + ")").orElse(""));
        if (!result.newTypes().isEmpty()) {
            out.printf("New permit types (%d): %s%n", result.newTypes().size(), String.join(", ", result.newTypes()));
        }
        listRejected(out, result);
        out.flush();
    }

    private void printRefusal(BldsImportResult result) {
        PrintWriter err = spec.commandLine().getErr();
        long valid = result.rows() - result.rejectedCount();
        boolean one = result.rejectedCount() == 1;
        err.printf("Nothing was imported: %,d of %,d %s invalid.", result.rejectedCount(), result.rows(),
                (result.rows() == 1 ? "row" : "rows") + (one ? " is" : " are"));
        if (valid > 0) {
            err.printf(" Correct %s, or use --skip-invalid to import the other %,d %s and write the rejected %s to %s.",
                    one ? "it" : "them", valid, valid == 1 ? "row" : "rows", one ? "one" : "ones",
                    file.resolveSibling(file.getFileName() + ".rejects.csv"));
        }
        err.println();
        listRejected(err, result);
        err.flush();
    }

    private void listRejected(PrintWriter out, BldsImportResult result) {
        ImportOutput.listRejected(out, result.rejected(), result.rejectedCount(), showRejected, "row");
    }
}
