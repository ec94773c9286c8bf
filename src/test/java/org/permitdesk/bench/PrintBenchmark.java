package org.permitdesk.bench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.permitdesk.inspection.CorrectionNoticeService;
import org.permitdesk.inspection.InspectionFixtures;
import org.permitdesk.inspection.InspectorRouteService;
import org.permitdesk.inspection.RouteSheetService;
import org.permitdesk.inspection.TimeWindow;
import org.permitdesk.platform.db.Database;
import org.permitdesk.platform.report.ReportTemplates;
import org.permitdesk.testing.TestDb;

/**
 * Printing benchmark (docs/benchmarks.md, "Route sheet and correction notice PDF"): an inspector's day of 40 stops
 * (20 AM, 20 PM, 2 without coordinates, every fourth a reinspection with 3 open corrections, holds/notices on some)
 * and a failed inspection with 10 correction items, in a fresh database. Times the route sheet and the correction
 * notice to PDF bytes, through the services as My route calls them (query, route planning, fill, export):
 * the first of each in this JVM (cold: JasperReports loading and the template compile included) and then
 * p50/p95/max over the repetitions. With {@code --ahead} the templates are prepared first (compiled, one empty
 * PDF each), as the app does in the background when an inspector signs in, and that is timed on its own.
 *
 * With {@code --cache DIR} compiled templates are kept in (and loaded from) DIR as the desktop app does in
 * {@code cache/reports/} of its data folder: run twice to measure the first PDF after a start with a warm cache.
 *
 * <pre>bench/print-benchmark.sh [--ahead] [--reps N] [--postgres] [--cache DIR]</pre>
 */
public final class PrintBenchmark {

    private static final int STOPS = 40;
    private static final int ITEMS = 10;

    private PrintBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        List<String> options = Arrays.asList(args);
        boolean ahead = options.contains("--ahead");
        int reps = options.contains("--reps") ? Integer.parseInt(options.get(options.indexOf("--reps") + 1)) : 30;
        TestDb.Kind kind = options.contains("--postgres") ? TestDb.Kind.POSTGRES : TestDb.Kind.H2;
        try (TestDb db = TestDb.create(kind)) {
            Database database = db.database();
            long inspector = InspectionFixtures.inspector(database, "Bench Inspector");
            long failed = day(database, inspector);
            java.nio.file.Path cache = options.contains("--cache")
                    ? java.nio.file.Path.of(options.get(options.indexOf("--cache") + 1)) : null;
            ReportTemplates templates = new ReportTemplates(List.of(), cache);
            RouteSheetService sheets = new RouteSheetService(new InspectorRouteService(database), templates, "City of Palm Valley");
            CorrectionNoticeService notices = new CorrectionNoticeService(database, templates, "City of Palm Valley");
            System.out.printf(Locale.US, "database %s, %d stops, notice with %d items, %s%n", kind, STOPS, ITEMS,
                    (ahead ? "templates prepared ahead" : "cold JVM, nothing prepared")
                            + (cache == null ? "" : ", compiled templates cached in " + cache
                            + (cacheHolds(cache) ? " (warm: holds compiled templates)" : " (empty)")));
            if (ahead) {
                long cpu = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
                long start = System.nanoTime();
                templates.prepare(List.of(RouteSheetService.TEMPLATE, CorrectionNoticeService.TEMPLATE));
                System.out.printf(Locale.US, "prepare both templates ahead (compile + one PDF each): %.0f ms (%.0f ms CPU"
                        + " of this thread)%n", (System.nanoTime() - start) / 1e6,
                        (java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpu) / 1e6);
            }
            measure("route sheet", () -> sheets.routeSheetPdf(inspector, InspectionFixtures.DAY), reps);
            measure("correction notice", () -> notices.noticePdf(failed), reps);
        }
    }

    private static boolean cacheHolds(java.nio.file.Path cache) throws java.io.IOException {
        if (!java.nio.file.Files.isDirectory(cache)) {
            return false;
        }
        try (var files = java.nio.file.Files.list(cache)) {
            return files.anyMatch(file -> file.toString().endsWith(".jasper"));
        }
    }

    private static void measure(String what, Supplier<byte[]> pdf, int reps) {
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpu = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        int size = pdf.get().length;
        double first = (System.nanoTime() - start) / 1e6;
        double firstCpu = (threads.getCurrentThreadCpuTime() - cpu) / 1e6;
        double[] millis = new double[reps];
        for (int i = 0; i < reps; i++) {
            long t = System.nanoTime();
            pdf.get();
            millis[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(millis);
        System.out.printf(Locale.US, "%-18s first %6.0f ms (%5.0f ms CPU of this thread)   then p50 %5.0f ms  p95 %5.0f ms"
                        + "  max %5.0f ms  (%d runs, %,d bytes)%n", what, first, firstCpu, millis[(reps + 1) / 2 - 1], millis[(int) Math.ceil(reps * 0.95) - 1], millis[reps - 1], reps, size);
    }

    /** 40 assigned stops for the inspector on the day; returns a failed inspection with 10 correction items. */
    private static long day(Database database, long inspector) {
        Random random = new Random(5);
        List<Long> stops = new ArrayList<>();
        for (int i = 0; i < STOPS; i++) {
            boolean located = i != 7 && i != 29;
            long permit = InspectionFixtures.issuedPermit(database, (100 + i * 10) + " " + STREETS[i % STREETS.length],
                    located ? 33.72 + (random.nextDouble() * 2 - 1) * 0.08 : null,
                    located ? -116.37 + (random.nextDouble() * 2 - 1) * 0.08 : null, i % 3 == 0 ? "Bench Builders" : null);
            long type = InspectionFixtures.type(database, permit, "FOOTING");
            if (i % 4 == 0) {
                long earlier = InspectionFixtures.assigned(database, permit, type, TimeWindow.AM, inspector);
                fail(database, earlier, 3, "CANCELLED"); // yesterday's failed visit, not on today's sheet
            }
            if (i % 10 == 5) {
                database.inTransaction(s -> s.createNativeMutationQuery("INSERT INTO permit_condition (permit_id, kind,"
                                + " text, added_by, added_at) VALUES (:id, 'NOTICE', 'Dog on site: call before entering.',"
                                + " 'bench', :at)").setParameter("id", permit).setParameter("at", Instant.now())
                        .executeUpdate());
            }
            stops.add(InspectionFixtures.assigned(database, permit, type, i < STOPS / 2 ? TimeWindow.AM : TimeWindow.PM,
                    inspector));
        }
        long noticed = stops.get(1);
        fail(database, noticed, ITEMS, "ASSIGNED");
        return noticed;
    }

    private static void fail(Database database, long inspection, int items, String status) {
        database.inTransaction(s -> {
            s.createNativeMutationQuery("UPDATE inspection SET result = 'FAILED', result_notes = 'Not ready for concrete',"
                            + " resulted_by = 'bench', resulted_at = :at, status = :status WHERE id = :id")
                    .setParameter("at", Instant.now()).setParameter("status", status).setParameter("id", inspection)
                    .executeUpdate();
            for (int i = 1; i <= items; i++) {
                s.createNativeMutationQuery("INSERT INTO inspection_correction (inspection_id, code_ref, text)"
                                + " VALUES (:id, :code, :text)").setParameter("id", inspection)
                        .setParameter("code", "CRC R403." + i).setParameter("text", "Correction item " + i
                                + ": footing depth and width to match the approved plans before placing concrete.")
                        .executeUpdate();
            }
        });
    }

    private static final String[] STREETS = {"N Palm Canyon Dr", "E Tahquitz Way", "S Sunrise Way", "Via Escuela",
        "W Racquet Club Rd", "E Vista Chino", "S Farrell Dr", "N Indian Canyon Dr"};

    /** For {@code mvn test -Dtest=PrintBenchmark -Dsurefire.excludedGroups=}: one cold run on H2. */
    @Test
    @Tag("benchmark")
    void coldRunOnH2() throws Exception {
        main(new String[] {"--reps", "10"});
    }
}
