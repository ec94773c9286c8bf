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
import org.permitdesk.permit.PermitSearchService;
import org.permitdesk.permit.blds.BldsImportResult;
import org.permitdesk.platform.db.DatabaseSettings;
import org.permitdesk.testing.TestUsers;

/**
 * BLDS import benchmark (not a JUnit test): imports a BLDS file through
 * {@link org.permitdesk.permit.blds.BldsImportService} into an empty database (import 1), then imports it
 * again, when every row is rejected as already stored and nothing is imported (import 2: the cost of
 * checking a file that cannot go in), and times permit searches by number and by address afterwards.
 *
 * <pre>BldsImportBenchmark JDBC_URL USER PASSWORD FILE</pre>
 *
 * Run it with {@code bench/blds-import-benchmark.sh}, which also makes the file and a fresh database.
 */
public final class BldsImportBenchmark {

    private BldsImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 4) {
            System.err.println("Usage: BldsImportBenchmark JDBC_URL USER PASSWORD FILE");
            System.exit(2);
        }
        DatabaseSettings settings = new DatabaseSettings(args[0], args[1], args[2], false);
        Path file = Path.of(args[3]);
        long openStart = System.nanoTime();
        try (PermitDesk services = PermitDesk.open(settings, Clock.systemUTC())) {
            System.out.println("# BLDS import benchmark");
            System.out.printf("database     %s (%s)%n", settings.displayUrl(), server(services));
            System.out.printf("file         %s, %,d bytes%n", file, Files.size(file));
            System.out.printf("jvm          %s %s, max heap %d MiB, %d cpus%n", System.getProperty("java.vm.name"),
                    System.getProperty("java.runtime.version"), Runtime.getRuntime().maxMemory() >> 20,
                    Runtime.getRuntime().availableProcessors());
            System.out.printf(Locale.ROOT, "open         %.2f s (pool, migrations, Hibernate)%n",
                    (System.nanoTime() - openStart) / 1e9);
            for (int run = 1; run <= 2; run++) {
                BldsImportResult result = services.permits().bldsImport().importFile(file, false, rows -> { }, TestUsers.ADMIN);
                double seconds = result.elapsed().toNanos() / 1e9;
                System.out.printf(Locale.ROOT, "import %d     %.2f s  %,d rows, %,d permits imported, %,d rejected,"
                                + " %,.0f rows/s, %d new permit types%n", run, seconds, result.rows(), result.imported(),
                        result.rejectedCount(), result.rows() / seconds, result.newTypes().size());
                result.rejected().stream().limit(2).forEach(row -> System.out.println("             " + row));
            }
            timeSearches(services.permits().search());
            Runtime runtime = Runtime.getRuntime();
            System.out.printf("heap         %d MiB used at the end (of %d MiB max)%n",
                    (runtime.totalMemory() - runtime.freeMemory()) >> 20, runtime.maxMemory() >> 20);
        }
    }

    /** 500 searches by a generated permit number and 500 by house number and street, after 200 warm-up ones. */
    private static void timeSearches(PermitSearchService search) {
        Random random = new Random(11);
        for (int i = 0; i < 200; i++) {
            search.search(String.format("D2021%06d", 3 * random.nextInt(1_000)));
        }
        String[] kinds = {"number", "address"};
        for (String kind : kinds) {
            double[] millis = new double[500];
            int found = 0;
            for (int i = 0; i < millis.length; i++) {
                int n = random.nextInt(30_000);
                String typed = kind.equals("number") ? String.format("D20%02d%06d", 21 + (3 * n) % 5, 3 * n)
                        : (100 + n % 9_800) + " " + (n % 2 == 0 ? "belmont" : "main");
                long start = System.nanoTime();
                found += search.search(typed).permits().isEmpty() ? 0 : 1;
                millis[i] = (System.nanoTime() - start) / 1e6;
            }
            Arrays.sort(millis);
            System.out.printf(Locale.ROOT, "search       %d by %s (%d found something): p50 %.2f ms, p95 %.2f ms,"
                    + " max %.2f ms%n", millis.length, kind, found, millis[millis.length / 2],
                    millis[(int) (millis.length * 0.95)], millis[millis.length - 1]);
        }
    }

    private static String server(PermitDesk services) throws SQLException {
        try (Connection connection = services.context().database().dataSource().getConnection()) {
            return connection.getMetaData().getDatabaseProductName() + " "
                    + connection.getMetaData().getDatabaseProductVersion();
        }
    }
}
