package org.permitdesk.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.permitdesk.app.PermitDesk;
import org.permitdesk.demo.DemoData;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code demo-data --permits N}: adds realistic demo permits, e.g. a million for benchmarks. */
@Command(name = "demo-data", mixinStandardHelpOptions = true,
        description = "Adds realistic demo permits (with sites, contacts and history) to the database.")
public final class DemoDataCommand implements Callable<Integer> {


    @Option(names = "--permits", paramLabel = "N", required = true, description = "How many permits to add (1 – 5,000,000).")
    int permits;

    @Option(names = "--seed", paramLabel = "SEED", description = "Random seed; the same seed on the same day gives the same permits (default: ${DEFAULT-VALUE}).")
    long seed = DemoData.DEFAULT_SEED;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (permits < 1 || permits > 5_000_000) {
            err.println("--permits must be between 1 and 5000000 (got " + permits + ").");
            return 2;
        }
        long start = System.nanoTime();
        // A brand-new embedded database first gets the demo permit center, as the desktop app gives it.
        try (PermitDesk desk = PermitDesk.open(DatabaseOptions.of(spec).settings(), Clock.systemDefaultZone())
                .withDemoDataIfNew()) {
            int step = Math.max(permits / 10, 2_000);
            desk.demoData().addPermits(permits, seed, done -> {
                if (done % step == 0 && done < permits) {
                    err.printf("  %,d of %,d permits written%n", done, permits);
                    err.flush();
                }
            });
            out.printf("Added %,d demo permits to %s in %.1f s.%n", permits,
                    desk.context().database().settings().displayUrl(), (System.nanoTime() - start) / 1e9);
        }
        return 0;
    }
}
