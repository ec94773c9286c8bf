package org.permitdesk.bench;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.permitdesk.app.Entities;
import org.permitdesk.platform.db.Database;
import org.permitdesk.platform.db.DatabaseSettings;
import org.permitdesk.platform.report.ReportTemplates;
import org.permitdesk.report.FillControl;
import org.permitdesk.report.FilledReport;
import org.permitdesk.report.IssuedFinaledData;
import org.permitdesk.report.ReportData;
import org.permitdesk.report.ReportFixtures;
import org.permitdesk.report.ReportFormat;
import org.permitdesk.report.ReportRequest;
import org.permitdesk.report.ReportService;
import org.permitdesk.testing.TestUsers;

/**
 * Issued / finaled report benchmark (not a JUnit test): writes a year (2030) with N permits issued (50,000 by
 * default) of which about 70 % are also finaled that year, each with two fee lines, then writes the year's report
 * as PDF several times, timing each run (read, fill with the swap-file virtualizer, export) with the heap's peak.
 *
 * <pre>ReportBenchmark JDBC_URL USER PASSWORD [--permits N] [--reps N] [--format pdf|xlsx|csv] [--cache DIR]</pre>
 *
 * With {@code --cache DIR} compiled templates are kept in (and loaded from) DIR, as the desktop app does in
 * {@code cache/reports/} of its data folder: the second run with the same DIR starts with a warm cache.
 *
 * Run it with {@code bench/report-benchmark.sh}, which makes the fresh databases and sets {@code -Xmx512m}.
 */
public final class ReportBenchmark {

    private static final String[] TYPES = {"B", "E", "P", "M", "RERF", "WH", "ACC"};

    private ReportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int permits = intOption(args, "--permits", 50_000);
        int reps = intOption(args, "--reps", 3);
        ReportFormat format = ReportFormat.named(option(args, "--format", "pdf")).orElseThrow();
        System.out.printf("jvm          %s %s, max heap %d MiB, %d cpus%n", System.getProperty("java.vm.name"),
                System.getProperty("java.version"), Runtime.getRuntime().maxMemory() >> 20,
                Runtime.getRuntime().availableProcessors());
        try (Database database = Database.open(new DatabaseSettings(args[0], args[1], args[2], false), Entities.ALL)) {
            long start = System.nanoTime();
            int finaled = fill(database, permits);
            System.out.printf("data         %,d permits issued in 2030, %,d of them finaled in 2030, written in %.1f s%n",
                    permits, finaled, (System.nanoTime() - start) / 1e9);
            String cacheOption = option(args, "--cache", null);
            Path cache = cacheOption == null ? null : Path.of(cacheOption);
            if (cache != null) {
                System.out.printf("templates    compiled templates cached in %s (%s)%n", cache,
                        holdsCompiledTemplates(cache) ? "warm: holds compiled templates" : "empty");
            }
            ReportService service = new ReportService(database, new ReportTemplates(List.of(), cache), "City of Palm Valley",
                    Clock.systemDefaultZone());
            ReportRequest year = ReportRequest.issuedFinaled(LocalDate.of(2030, 1, 1), LocalDate.of(2030, 12, 31), List.of());
            Path out = Files.createTempFile("issued-finaled-", "." + format.extension());
            for (int rep = 1; rep <= reps; rep++) {
                run(service, year, format, out, rep);
            }
            if (format == ReportFormat.PDF) {
                phases(service, year, out);
            }
            Files.deleteIfExists(out);
        }
    }

    private static void run(ReportService service, ReportRequest year, ReportFormat format, Path out, int rep)
            throws Exception {
        System.gc();
        resetPeaks();
        long gcCount = gcCount();
        long gcTime = gcTime();
        int[] pages = {0};
        long cpu = processCpu();
        long start = System.nanoTime();
        ReportData data = service.write(year, format, out, new FillControl(filled -> pages[0] = filled), TestUsers.SUPERVISOR);
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (processCpu() - cpu) / 1e9;
        IssuedFinaledData permits = (IssuedFinaledData) data;
        System.out.printf("run %d        %.1f s (%.1f CPU s), %,d pages, %,d issued + %,d finaled rows, %s %,d KiB,"
                        + " peak heap %d MiB, %d GCs %.2f s%n", rep, seconds, cpuSeconds, pages[0], permits.issued().size(),
                permits.finaled().size(), format, Files.size(out) >> 10, peakHeap() >> 20, gcCount() - gcCount,
                (gcTime() - gcTime) / 1e3);
    }

    /** Where the time of one PDF goes: reading the rows, filling the pages, exporting them. */
    private static void phases(ReportService service, ReportRequest year, Path out) throws Exception {
        long start = System.nanoTime();
        service.load(year, TestUsers.SUPERVISOR);
        long loaded = System.nanoTime();
        try (FilledReport report = service.fill(year, new FillControl(), TestUsers.SUPERVISOR)) {
            long filled = System.nanoTime();
            try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(out))) {
                service.export(report, ReportFormat.PDF, file);
            }
            long exported = System.nanoTime();
            System.out.printf("phases       read %.1f s, read + fill %.1f s, export %.1f s%n", (loaded - start) / 1e9,
                    (filled - loaded) / 1e9, (exported - filled) / 1e9);
        }
    }

    /** Writes the permits; returns how many were finaled in 2030. */
    private static int fill(Database database, int permits) {
        Random random = new Random(2030);
        int finaled = 0;
        try (ReportFixtures fixtures = new ReportFixtures(database)) {
            for (int i = 0; i < permits; i++) {
                LocalDate issued = LocalDate.of(2030, 1, 1).plusDays(random.nextInt(365));
                LocalDate finals = issued.plusDays(10 + random.nextInt(120));
                boolean isFinaled = finals.getYear() == 2030 && random.nextInt(100) < 78;
                finaled += isFinaled ? 1 : 0;
                String type = TYPES[random.nextInt(TYPES.length)];
                fixtures.permit(String.format("BR30-%06d", i), type, isFinaled ? "FINALED" : "ISSUED", issued,
                        isFinaled ? finals : null, issued.plusDays(180),
                        BigDecimal.valueOf(1_000 + random.nextInt(400_000), 0).setScale(2),
                        BigDecimal.valueOf(4_500, 2), BigDecimal.valueOf(5_000 + random.nextInt(400_000), 2));
            }
        }
        return finaled;
    }

    /** CPU time of the whole process (all threads, GC included). */
    private static long processCpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
    }

    private static long gcCount() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(GarbageCollectorMXBean::getCollectionCount).sum();
    }

    private static long gcTime() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(GarbageCollectorMXBean::getCollectionTime).sum();
    }

    private static boolean holdsCompiledTemplates(Path cache) throws java.io.IOException {
        if (!Files.isDirectory(cache)) {
            return false;
        }
        try (var files = Files.list(cache)) {
            return files.anyMatch(file -> file.toString().endsWith(".jasper"));
        }
    }

    private static String option(String[] args, String name, String fallback) {
        for (int i = 3; i < args.length - 1; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }

    private static int intOption(String[] args, String name, int fallback) {
        return Integer.parseInt(option(args, name, Integer.toString(fallback)));
    }
}
