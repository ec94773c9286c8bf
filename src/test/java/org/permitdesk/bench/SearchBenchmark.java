package org.permitdesk.bench;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import javafx.collections.ListChangeListener;
import javax.sql.DataSource;
import org.permitdesk.Services;
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
        try (Services services = Services.open(settings, Clock.systemDefaultZone())) {
            double openMs = (System.nanoTime() - openStart) / 1e6;
            DataSource dataSource = services.database().dataSource();
            PermitSearchService search = services.permitSearch();

            System.out.println("# Permit search benchmark");
            System.out.printf("database     %s%n", settings.displayUrl());
            describeDatabase(dataSource, settings);
            System.out.printf("jvm          %s %s, max heap %d MiB, %d cpus%n", System.getProperty("java.vm.name"),
                    System.getProperty("java.runtime.version"), Runtime.getRuntime().maxMemory() >> 20,
                    Runtime.getRuntime().availableProcessors());
            System.out.printf("open         %.0f ms (pool, migrations check, Hibernate)%n", openMs);

            long pickStart = System.nanoTime();
            List<Query> queries = new QueryPicker(dataSource, new Random(seed)).pick(perKind);
            System.out.printf("queries      %d (seed %d), picked in %.0f ms%n", queries.size(), seed,
                    (System.nanoTime() - pickStart) / 1e6);
            if (list) {
                queries.forEach(q -> System.out.printf("  %-8s %s%n", q.kind(), q.text()));
            }

            // JIT and Hibernate warm-up on other queries (a different seed), so that the first execution
            // of each benchmark query below measures the database, not a cold JVM.
            List<Timing> jit = timeAll(search,
                    new QueryPicker(dataSource, new Random(seed + 2)).pick(Math.max(1, perKind / 5)));
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

    /**
     * Draws the queries from the data: permits sampled by id with a seeded generator, each cut into what
     * someone at the counter would type. Same data and seed, same queries.
     */
    static final class QueryPicker {

        private final DataSource dataSource;
        private final Random random;

        QueryPicker(DataSource dataSource, Random random) {
            this.dataSource = dataSource;
            this.random = random;
        }

        List<Query> pick(int perKind) throws SQLException {
            try (Connection connection = dataSource.getConnection()) {
                connection.setReadOnly(true);
                long[] range = idRange(connection);
                try (PreparedStatement permit = connection.prepareStatement("SELECT p.id, p.permit_number,"
                        + " s.address_line, s.parcel_number FROM permit p JOIN site s ON s.id = p.site_id"
                        + " WHERE p.id >= ? ORDER BY p.id FETCH FIRST 1 ROWS ONLY");
                     PreparedStatement contacts = connection.prepareStatement(
                             "SELECT role, name, business_name FROM permit_contact WHERE permit_id = ? ORDER BY id")) {
                    List<Query> queries = new ArrayList<>();
                    queries.addAll(draw(Kind.NUMBER, perKind, range, permit, null, this::numberQuery));
                    queries.addAll(draw(Kind.ADDRESS, perKind, range, permit, null, this::addressQuery));
                    queries.addAll(draw(Kind.PARCEL, perKind, range, permit, null, this::parcelQuery));
                    queries.addAll(draw(Kind.NAME, perKind, range, permit, contacts, this::nameQuery));
                    connection.rollback();
                    return queries;
                }
            }
        }

        private List<Query> draw(Kind kind, int count, long[] range, PreparedStatement permit,
                                 PreparedStatement contacts, Function<Sample, String> cut) throws SQLException {
            Set<String> texts = new LinkedHashSet<>();
            for (int attempt = 0; texts.size() < count && attempt < count * 20; attempt++) {
                Sample sample = sample(range, permit, contacts);
                if (sample != null) {
                    String text = cut.apply(sample);
                    if (text != null && !text.isBlank()) {
                        texts.add(text);
                    }
                }
            }
            return texts.stream().map(text -> new Query(kind, text)).toList();
        }

        private Sample sample(long[] range, PreparedStatement permit, PreparedStatement contacts) throws SQLException {
            long id = range[0] + (long) (random.nextDouble() * (range[1] - range[0] + 1));
            permit.setLong(1, id);
            try (ResultSet rs = permit.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                Sample sample = new Sample(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        new ArrayList<>());
                if (contacts != null) {
                    contacts.setLong(1, sample.id());
                    try (ResultSet c = contacts.executeQuery()) {
                        while (c.next()) {
                            sample.contacts().add(new String[] {c.getString(1), c.getString(2), c.getString(3)});
                        }
                    }
                }
                return sample;
            }
        }

        /** "B2403-1", "b2403-17", "RERF2024-0123", "2403-17" (no type prefix). */
        private String numberQuery(Sample sample) {
            String number = sample.number();
            int dash = number.indexOf('-');
            String text = switch (random.nextInt(5)) {
                case 0 -> number;
                case 1, 2 -> number.substring(0, Math.min(number.length(), dash + 2));
                case 3 -> number.substring(0, Math.min(number.length(), dash + 3));
                default -> {
                    String digits = number.replaceFirst("^[A-Za-z]+", "");
                    yield digits.substring(0, Math.min(digits.length(), digits.indexOf('-') + 3));
                }
            };
            return random.nextBoolean() ? text.toLowerCase(Locale.ROOT) : text;
        }

        /** "maple", "jacar", "1432 jacar", "smoke tr", "1432 N Maple Ave", "1432". */
        private String addressQuery(Sample sample) {
            String[] parts = sample.address().split(" ");
            String house = parts[0];
            int first = parts.length > 2 && parts[1].length() == 1 ? 2 : 1; // skip a direction
            List<String> street = List.of(parts).subList(first, parts.length - 1);
            String lead = street.get(0).toLowerCase(Locale.ROOT);
            return switch (random.nextInt(6)) {
                case 0 -> prefix(lead, 4);
                case 1 -> house + " " + prefix(lead, 3);
                case 2 -> street.size() > 1
                        ? lead + " " + prefix(street.get(1).toLowerCase(Locale.ROOT), 2)
                        : lead + " " + parts[parts.length - 1].toLowerCase(Locale.ROOT);
                case 3 -> sample.address();
                case 4 -> house + " " + lead;
                default -> lead;
            };
        }

        /** "012-345", "012-3", "012-345-6", "012345678". */
        private String parcelQuery(Sample sample) {
            String parcel = sample.parcel();
            if (parcel == null) {
                return null;
            }
            return switch (random.nextInt(5)) {
                case 0 -> parcel.substring(0, 5);
                case 1, 2 -> parcel.substring(0, 7);
                case 3 -> parcel.substring(0, 9);
                default -> parcel.replace("-", "");
            };
        }

        /** "gonzalez", "gonz", "maria garcia", "desert sun roof", "Siobhan O'Brien", "Studio Mesa". */
        private String nameQuery(Sample sample) {
            List<String[]> contacts = sample.contacts();
            if (contacts.isEmpty()) {
                return null;
            }
            String[] owner = contacts.get(0);
            String[] other = contacts.size() > 1 ? contacts.get(1 + random.nextInt(contacts.size() - 1)) : null;
            String ownerName = owner[1];
            String[] ownerWords = ownerName.split(" ");
            String surname = ownerName.endsWith(" Family Trust")
                    ? ownerName.substring(0, ownerName.length() - " Family Trust".length())
                    : ownerWords[ownerWords.length - 1];
            return switch (random.nextInt(6)) {
                case 0 -> surname.toLowerCase(Locale.ROOT);
                case 1 -> prefix(surname.toLowerCase(Locale.ROOT), 4);
                case 2 -> ownerName;
                case 3, 4 -> other != null && other[2] != null ? businessPrefix(other[2]) : surname;
                default -> other != null && other[1] != null ? other[1].toLowerCase(Locale.ROOT) : ownerName;
            };
        }

        /** The first two or three words of a business name, the last one cut short: "desert sun roof". */
        private String businessPrefix(String business) {
            String[] words = business.toLowerCase(Locale.ROOT).split(" ");
            int take = Math.min(words.length, 2 + random.nextInt(2));
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < take; i++) {
                String word = i == take - 1 ? prefix(words[i], 4) : words[i];
                text.append(i == 0 ? "" : " ").append(word);
            }
            return text.toString();
        }

        private String prefix(String word, int min) {
            if (word.length() <= min) {
                return word;
            }
            return word.substring(0, min + random.nextInt(word.length() - min + 1));
        }

        private static long[] idRange(Connection connection) throws SQLException {
            try (Statement statement = connection.createStatement();
                 ResultSet rs = statement.executeQuery("SELECT MIN(id), MAX(id) FROM permit")) {
                rs.next();
                if (rs.getObject(1) == null) {
                    throw new IllegalStateException("The database has no permits; fill it first with demo-data.");
                }
                return new long[] {rs.getLong(1), rs.getLong(2)};
            }
        }

        private record Sample(long id, String number, String address, String parcel, List<String[]> contacts) {
        }
    }
}
