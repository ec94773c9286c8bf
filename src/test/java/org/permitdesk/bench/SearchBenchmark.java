package org.permitdesk.bench;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.collections.ListChangeListener;
import javax.sql.DataSource;
import org.permitdesk.app.PermitDesk;
import org.permitdesk.permit.PermitSearchResult;
import org.permitdesk.permit.PermitSearchService;
import org.permitdesk.permit.PermitStatus;
import org.permitdesk.permit.PermitSummary;
import org.permitdesk.permit.ui.PermitSearchViewModel;
import org.permitdesk.platform.TaskRunner;
import org.permitdesk.platform.db.DatabaseSettings;

/**
 * Permit search benchmark (not a JUnit test): 200 varied queries drawn from the data in the database,
 * timed at the service layer ({@link PermitSearchService#search}) and, once more, through the search
 * screen's view model up to the moment its results list is set.
 *
 * <pre>
 * SearchBenchmark JDBC_URL [USER [PASSWORD]] [--seed N] [--rounds N] [--per-kind N] [--list] [--dump FILE]
 * </pre>
 *
 * Queries are deterministic for a given database and seed: permits are sampled by id with a seeded
 * random generator and cut into what a clerk would type (number prefixes, address fragments, parcel
 * prefixes, owner and contractor names). Run it with {@code bench/search-benchmark.sh}.
 */
public final class SearchBenchmark {

    enum Kind { NUMBER, ADDRESS, PARCEL, NAME }

    record Query(Kind kind, String text) {
    }

    record Timing(Query query, double millis, int results, boolean more) {
    }

    private static final long DEFAULT_SEED = 20_261_122L;

    private SearchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        List<String> positional = new ArrayList<>();
        long seed = DEFAULT_SEED;
        int rounds = 3;
        int perKind = 50;
        boolean list = false;
        String dump = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--rounds" -> rounds = Integer.parseInt(args[++i]);
                case "--per-kind" -> perKind = Integer.parseInt(args[++i]);
                case "--list" -> list = true;
                case "--dump" -> dump = args[++i];
                default -> positional.add(args[i]);
            }
        }
        if (positional.isEmpty()) {
            System.err.println("Usage: SearchBenchmark JDBC_URL [USER [PASSWORD]] [--seed N] [--rounds N]"
                    + " [--per-kind N] [--list] [--dump FILE]");
            System.exit(2);
        }
        String url = positional.get(0);
        String user = positional.size() > 1 ? positional.get(1) : "";
        String password = positional.size() > 2 ? positional.get(2) : "";
        DatabaseSettings settings = new DatabaseSettings(url, user, password, false);

        long openStart = System.nanoTime();
        try (PermitDesk services = PermitDesk.open(settings, Clock.systemDefaultZone())) {
            double openMs = (System.nanoTime() - openStart) / 1e6;
            DataSource dataSource = services.context().database().dataSource();
            PermitSearchService search = services.permits().search();

            System.out.println("# Permit search benchmark");
            System.out.printf("database     %s%n", settings.displayUrl());
            describeDatabase(dataSource, settings);
            System.out.printf("jvm          %s %s, max heap %d MiB, %d cpus%n", System.getProperty("java.vm.name"),
                    System.getProperty("java.runtime.version"), Runtime.getRuntime().maxMemory() >> 20,
                    Runtime.getRuntime().availableProcessors());
            System.out.printf("open         %.0f ms (pool, migrations check, Hibernate)%n", openMs);

            long pickStart = System.nanoTime();
            List<Query> queries = new SearchQueryPicker(dataSource, new Random(seed)).pick(perKind);
            System.out.printf("queries      %d (seed %d), picked in %.0f ms%n", queries.size(), seed,
                    (System.nanoTime() - pickStart) / 1e6);
            if (list) {
                queries.forEach(q -> System.out.printf("  %-8s %s%n", q.kind(), q.text()));
            }

            // JIT and Hibernate warm-up on other queries (a different seed), so that the first execution
            // of each benchmark query below measures the database, not a cold JVM.
            List<Timing> jit = timeAll(search,
                    new SearchQueryPicker(dataSource, new Random(seed + 2)).pick(Math.max(1, perKind / 5)));
            System.out.println();
            System.out.printf("JIT warm-up  %d other queries (seed %d), not in the statistics below; slowest:%n",
                    jit.size(), seed + 2);
            jit.stream().sorted(Comparator.comparingDouble(Timing::millis).reversed()).limit(3)
                    .forEach(t -> System.out.printf(Locale.ROOT, "             %.1f ms  %s \"%s\" (%d%s results)%n",
                            t.millis(), t.query().kind().name().toLowerCase(Locale.ROOT), t.query().text(),
                            t.results(), t.more() ? "+" : ""));

            // Warm-up: every query once. This is also each query's first execution, reported separately.
            List<Timing> first = timeAll(search, queries);
            report("Service layer, first execution of each query (warm-up pass)", first);

            List<Timing> timed = new ArrayList<>();
            Random order = new Random(seed + 1);
            for (int round = 0; round < rounds; round++) {
                List<Query> shuffled = new ArrayList<>(queries);
                Collections.shuffle(shuffled, order);
                timed.addAll(timeAll(search, shuffled));
            }
            report("Service layer, timed pass" + (rounds > 1 ? "es (" + rounds + " rounds)" : "")
                    + " after warm-up: PermitSearchService.search(q)", timed);
            slowest(timed, 5);

            List<Timing> screen = timeViewModel(search, queries);
            report("First results on screen: PermitSearchViewModel.search() until its results list is set"
                    + " (background thread + stand-in UI thread)", screen);

            printMemory();
            if (dump != null) {
                dumpResults(search, queries, Path.of(dump));
            }
        }
    }

    // ---------------------------------------------------------------------------------------------------
    // Timing

    private static List<Timing> timeAll(PermitSearchService search, List<Query> queries) {
        List<Timing> timings = new ArrayList<>(queries.size());
        for (Query query : queries) {
            long start = System.nanoTime();
            PermitSearchResult result = search.search(query.text());
            long elapsed = System.nanoTime() - start;
            timings.add(new Timing(query, elapsed / 1e6, result.permits().size(), result.more()));
        }
        return timings;
    }

    /**
     * Times the search screen's path: {@code search()} called on a stand-in UI thread, the search on the
     * app's real background pool ({@link TaskRunner#withThreadPool}), the result handed back to the UI
     * thread and put into the results list. JavaFX properties and observable lists need no running toolkit.
     * Rendering the list cells is not included.
     */
    private static List<Timing> timeViewModel(PermitSearchService search, List<Query> queries) throws Exception {
        ExecutorService fx = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "fx-stand-in");
            thread.setDaemon(true);
            return thread;
        });
        PermitSummary sentinel = new PermitSummary(-1, "-", "-", PermitStatus.APPLIED, "-", LocalDate.EPOCH, null);
        List<Timing> timings = new ArrayList<>();
        try (TaskRunner tasks = TaskRunner.withThreadPool(fx)) {
            PermitSearchViewModel viewModel = new PermitSearchViewModel(tasks, search, id -> { });
            Probe probe = new Probe();
            fx.submit(() -> {
                viewModel.results().addListener((ListChangeListener<PermitSummary>) change -> probe.resultsSet());
                viewModel.failedProperty().addListener((obs, was, now) -> {
                    if (now) {
                        probe.failed();
                    }
                });
            }).get();
            for (Query query : queries) {
                CountDownLatch done = new CountDownLatch(1);
                fx.submit(() -> {
                    viewModel.results().setAll(sentinel); // so that setting the answer is always a change
                    viewModel.queryProperty().set(query.text());
                    probe.arm(done);
                    viewModel.search();
                }).get();
                if (!done.await(60, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("No results on screen after 60 s for " + query.text());
                }
                if (probe.failed) {
                    throw new IllegalStateException("Search failed on screen: " + viewModel.statusProperty().get());
                }
                int shown = fx.submit(() -> viewModel.results().size()).get();
                timings.add(new Timing(query, probe.elapsedMillis(), shown, false));
            }
        } finally {
            fx.shutdownNow();
        }
        return timings;
    }

    /** Records, on the UI thread, when the results list was set after {@code search()}. */
    private static final class Probe {
        private CountDownLatch latch;
        private long start;
        private volatile long end;
        private volatile boolean failed;

        void arm(CountDownLatch latch) {
            this.latch = latch;
            this.failed = false;
            this.start = System.nanoTime();
        }

        void resultsSet() {
            if (latch != null) {
                end = System.nanoTime();
                CountDownLatch done = latch;
                latch = null;
                done.countDown();
            }
        }

        void failed() {
            failed = true;
            resultsSet();
        }

        double elapsedMillis() {
            return (end - start) / 1e6;
        }
    }

    /** Writes what each query finds (sorted ids, "more" flag), to compare two versions of the search. */
    private static void dumpResults(PermitSearchService search, List<Query> queries, Path file) throws IOException {
        List<String> lines = new ArrayList<>();
        for (Query query : queries) {
            PermitSearchResult result = search.search(query.text());
            List<Long> ids = result.permits().stream().map(PermitSummary::id).sorted().toList();
            lines.add(query.kind() + "\t" + query.text() + "\t" + (result.more() ? "more" : "all") + "\t" + ids.size()
                    + "\t" + ids);
        }
        Files.write(file, lines);
        System.out.println("dumped       results of " + lines.size() + " queries to " + file);
    }

    // ---------------------------------------------------------------------------------------------------
    // Reporting

    private static void report(String title, List<Timing> timings) {
        System.out.println();
        System.out.println("## " + title);
        System.out.println();
        System.out.println("| queries | kind    |   p50 ms |   p95 ms |   p99 ms |   max ms | mean results |");
        System.out.println("|--------:|---------|---------:|---------:|---------:|---------:|-------------:|");
        for (Kind kind : Kind.values()) {
            row(kind.name().toLowerCase(Locale.ROOT), timings.stream().filter(t -> t.query().kind() == kind).toList());
        }
        row("all", timings);
    }

    private static void row(String label, List<Timing> timings) {
        if (timings.isEmpty()) {
            return;
        }
        double[] ms = timings.stream().mapToDouble(Timing::millis).sorted().toArray();
        System.out.printf(Locale.ROOT, "| %7d | %-7s | %8.1f | %8.1f | %8.1f | %8.1f | %12.1f |%n", ms.length, label,
                percentile(ms, 50), percentile(ms, 95), percentile(ms, 99), ms[ms.length - 1],
                timings.stream().mapToInt(Timing::results).average().orElse(0));
    }

    private static void slowest(List<Timing> timings, int count) {
        System.out.println();
        System.out.println("Slowest " + count + " queries (timed passes, worst time of each):");
        System.out.println();
        System.out.println("|    ms | kind    | query                          | results |");
        System.out.println("|------:|---------|--------------------------------|--------:|");
        Map<Query, Timing> slowestPerQuery = new LinkedHashMap<>();
        timings.forEach(t -> slowestPerQuery.merge(t.query(), t, (a, b) -> a.millis() >= b.millis() ? a : b));
        slowestPerQuery.values().stream().sorted(Comparator.comparingDouble(Timing::millis).reversed()).limit(count)
                .forEach(t -> System.out.printf(Locale.ROOT, "| %5.1f | %-7s | %-30s | %7s |%n", t.millis(),
                        t.query().kind().name().toLowerCase(Locale.ROOT), "\"" + t.query().text() + "\"",
                        t.results() + (t.more() ? "+" : "")));
    }

    /** Nearest-rank percentile of sorted values. */
    static double percentile(double[] sorted, double p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    private static void describeDatabase(DataSource dataSource, DatabaseSettings settings) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            var meta = connection.getMetaData();
            System.out.printf("server       %s %s%n", meta.getDatabaseProductName(), meta.getDatabaseProductVersion());
            System.out.printf("permits      %,d%n", single(statement, "SELECT COUNT(*) FROM permit"));
            if (settings.isH2()) {
                try (ResultSet rs = statement.executeQuery("SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS"
                        + " WHERE SETTING_NAME = 'info.CACHE_MAX_SIZE'")) {
                    if (rs.next()) {
                        System.out.printf("h2 cache     %s MiB (info.CACHE_MAX_SIZE)%n", rs.getString(1));
                    }
                }
            }
            connection.rollback();
        }
    }

    private static long single(Statement statement, String sql) throws SQLException {
        try (ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void printMemory() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        long collections = 0;
        long gcMillis = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            collections += Math.max(0, gc.getCollectionCount());
            gcMillis += Math.max(0, gc.getCollectionTime());
        }
        Runtime runtime = Runtime.getRuntime();
        System.out.println();
        System.out.printf("memory       max heap %d MiB; heap used now %d MiB; sum of heap pool peaks %d MiB;"
                        + " %d GCs, %d ms in GC%n", runtime.maxMemory() >> 20,
                (runtime.totalMemory() - runtime.freeMemory()) >> 20, peak >> 20, collections, gcMillis);
    }

    // ---------------------------------------------------------------------------------------------------
    // Queries

}
