package org.permitdesk.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.permitdesk.app.PermitDesk;
import org.permitdesk.platform.OutputFiles;
import org.permitdesk.platform.UserFacingException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import org.permitdesk.staff.SignedInUser;

/** {@code export-blds --out FILE [--from DATE] [--to DATE]}: writes permits as a BLDS open-data file. */
@Command(name = "export-blds", mixinStandardHelpOptions = true,
        description = {"Writes permits as a BLDS file (CSV with the core BLDS columns, one row per permit), e.g. for"
                + " a city's open-data portal. --from and --to select by applied date, both days included.",
            "Exit codes: 0 written, 2 bad dates, the file cannot be written or the database cannot be used."})
public final class ExportBldsCommand implements Callable<Integer> {


    @Option(names = "--out", paramLabel = "FILE", required = true, description = "The file to write: a new file, or a regular file it replaces when complete.")
    Path out;

    @Option(names = "--from", paramLabel = "DATE", description = "First applied date to include (YYYY-MM-DD).")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", description = "Last applied date to include (YYYY-MM-DD).")
    LocalDate to;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (from != null && to != null && from.isAfter(to)) {
            err.println("--from " + from + " is after --to " + to + ": no permit can be in that range.");
            return 2;
        }
        Optional<String> notWritable = OutputFiles.whyNotWritable(out);
        if (notWritable.isPresent()) {
            err.println(OutputFiles.refusal("--out " + out, notWritable.get()));
            return 2;
        }
        long start = System.nanoTime();
        // Plain JDBC: no Hibernate to start.
        try (PermitDesk desk = PermitDesk.openForJdbc(DatabaseOptions.of(spec).settings(), Clock.systemDefaultZone())) {
            long count = desk.permits().bldsExport().export(out, from, to, SignedInUser.commandLine());
            spec.commandLine().getOut().printf("Exported %,d %s%s to %s in %.1f s%n", count,
                    count == 1 ? "permit" : "permits", range(), out, (System.nanoTime() - start) / 1e9);
            spec.commandLine().getOut().flush();
            return 0;
        } catch (UserFacingException e) {
            err.println(e.getMessage());
            err.flush();
            return 2;
        }
    }

    private String range() {
        if (from == null && to == null) {
            return "";
        }
        return " applied " + (from == null ? "up to " + to : to == null ? "from " + from : from + " to " + to);
    }
}
