package org.permitdesk.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Arrays;
import java.util.Locale;
import java.util.Random;
import org.permitdesk.app.PermitDesk;
import org.permitdesk.account.cslb.CslbImportResult;
import org.permitdesk.account.cslb.CslbLicenceService;
import org.permitdesk.platform.db.DatabaseSettings;
import org.permitdesk.testing.TestUsers;

/**
 * CSLB import benchmark (not a JUnit test): imports a master file twice through
 * {@link org.permitdesk.account.cslb.CslbImportService} — into an empty table, then replacing every
 * licence as the monthly import does — and times lookups by licence number afterwards.
 *
 * <pre>CslbImportBenchmark JDBC_URL USER PASSWORD FILE [--runs N]</pre>
 *
 * Run it with {@code bench/cslb-import-benchmark.sh}, which also makes the file and fresh databases.
 */
public final class CslbImportBenchmark {

    private CslbImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 4) {
            System.err.println("Usage: CslbImportBenchmark JDBC_URL USER PASSWORD FILE [--runs N]");
            System.exit(2);
        }
        DatabaseSettings settings = new DatabaseSettings(args[0], args[1], args[2], false);
        Path file = Path.of(args[3]);
        int runs = args.length > 5 && args[4].equals("--runs") ? Integer.parseInt(args[5]) : 2;

        long openStart = System.nanoTime();
        try (PermitDesk services = PermitDesk.open(settings, Clock.systemUTC())) {
            System.out.println("# CSLB import benchmark");
            System.out.printf("database     %s (%s)%n", settings.displayUrl(), server(services));
            System.out.printf("file         %s, %,d bytes%n", file, Files.size(file));
            System.out.printf("jvm          %s %s, max heap %d MiB, %d cpus%n", System.getProperty("java.vm.name"),
                    System.getProperty("java.runtime.version"), Runtime.getRuntime().maxMemory() >> 20,
                    Runtime.getRuntime().availableProcessors());
            System.out.printf(Locale.ROOT, "open         %.2f s (pool, migrations, Hibernate)%n",
                    (System.nanoTime() - openStart) / 1e9);
            for (int run = 1; run <= runs; run++) {
                long before = services.accounts().cslbLicences().count();
                CslbImportResult result = services.accounts().cslbImport().importFile(file, (lines, bytes, total) -> { }, TestUsers.ADMIN);
                double seconds = result.elapsed().toNanos() / 1e9;
                System.out.printf(Locale.ROOT, "import %d     %.2f s  %,d licences imported, %,d rejected, %,.0f lines/s"
                                + " (table held %,d licences before)%n", run, seconds, result.imported(),
                        result.rejectedCount(), (result.imported() + result.rejectedCount()) / seconds, before);
                result.rejected().stream().limit(3).forEach(line -> System.out.println("             " + line));
            }
            timeLookups(services.accounts().cslbLicences());
            Runtime runtime = Runtime.getRuntime();
            System.out.printf("heap         %d MiB used at the end (of %d MiB max)%n",
                    (runtime.totalMemory() - runtime.freeMemory()) >> 20, runtime.maxMemory() >> 20);
        }
    }

    /** 2,000 lookups of random numbers in the generator's range (about a third exist), after 500 warm-up ones. */
    private static void timeLookups(CslbLicenceService licences) {
        Random random = new Random(7);
        for (int i = 0; i < 500; i++) {
            licences.find(String.valueOf(100_000 + random.nextInt(800_000)));
        }
        double[] millis = new double[2_000];
        int found = 0;
        for (int i = 0; i < millis.length; i++) {
            long start = System.nanoTime();
            found += licences.find(String.valueOf(100_000 + random.nextInt(800_000))).isPresent() ? 1 : 0;
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        System.out.printf(Locale.ROOT, "find         %d lookups (%d found): p50 %.2f ms, p95 %.2f ms, max %.2f ms%n",
                millis.length, found, millis[millis.length / 2], millis[(int) (millis.length * 0.95)],
                millis[millis.length - 1]);
    }

    private static String server(PermitDesk services) throws SQLException {
        try (Connection connection = services.context().database().dataSource().getConnection()) {
            return connection.getMetaData().getDatabaseProductName() + " "
                    + connection.getMetaData().getDatabaseProductVersion();
        }
    }
}
