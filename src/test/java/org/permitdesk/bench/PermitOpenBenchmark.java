package org.permitdesk.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.permitdesk.app.PermitDesk;
import org.permitdesk.demo.DemoData;
import org.permitdesk.inspection.ui.PermitInspectionsViewModel;
import org.permitdesk.permit.Permit;
import org.permitdesk.history.PermitChangeLog;
import org.permitdesk.permit.attachment.AttachmentService;
import org.permitdesk.permit.fee.FeeService;
import org.permitdesk.permit.review.PlanReviewService;
import org.permitdesk.permit.ui.PermitActionsViewModel;
import org.permitdesk.permit.ui.PermitAttachmentsViewModel;
import org.permitdesk.history.ui.PermitChangesViewModel;
import org.permitdesk.permit.ui.PermitDetailViewModel;
import org.permitdesk.permit.ui.PermitEditViewModel;
import org.permitdesk.permit.ui.PermitFeesViewModel;
import org.permitdesk.permit.ui.PermitReviewsViewModel;
import org.permitdesk.platform.TaskRunner;
import org.permitdesk.platform.db.DatabaseSettings;
import org.permitdesk.testing.TestUsers;

/**
 * Opening-a-permit benchmark (not a JUnit test): fills the database with demo permits, builds one big permit
 * through the real services (contacts, 200 audited changes of which 100 status changes, 20 manual fee lines,
 * payments, plan review cycles, conditions, small attachments), gives it 50 inspections (written with JDBC,
 * 45 of them with a result) and times what the permit tab ({@code org.permitdesk.desktop.PermitTab}) loads when it
 * opens: each service call on its own, the eight loads run concurrently on a 3-thread pool as the tab runs
 * them, and the tab's eight view models loaded on the app's {@link TaskRunner#withThreadPool} pool until every
 * one of them has its data (on a stand-in UI thread). JavaFX layout and rendering are not measured.
 *
 * <pre>PermitOpenBenchmark JDBC_URL USER PASSWORD [--permits N] [--reps N] [--warmup N] [--other-revisions N]</pre>
 *
 * Demo permits are written without an audit trail, so by default {@code permit_aud} holds only the big permit's
 * revisions. {@code --other-revisions N} gives every demo permit N audit revisions (as if each had been created
 * and edited N - 1 times through the services), to see what the change log costs in a database that has one.
 *
 * Run it with {@code bench/permit-open-benchmark.sh}, which makes the fresh databases.
 */
public final class PermitOpenBenchmark {


    /** One load the tab runs, as a named call. */
    private record Call(String name, Work work) {
    }

    @FunctionalInterface
    private interface Work {
        Object run() throws Exception;
    }

    private PermitOpenBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("Usage: PermitOpenBenchmark JDBC_URL USER PASSWORD [--permits N] [--reps N] [--warmup N]"
                    + " [--other-revisions N]");
            System.exit(2);
        }
        int permits = 20_000;
        int reps = 200;
        int warmup = 50;
        int otherRevisions = 0;
        for (int i = 3; i < args.length; i++) {
            switch (args[i]) {
                case "--permits" -> permits = Integer.parseInt(args[++i]);
                case "--reps" -> reps = Integer.parseInt(args[++i]);
                case "--warmup" -> warmup = Integer.parseInt(args[++i]);
                case "--other-revisions" -> otherRevisions = Integer.parseInt(args[++i]);
                default -> throw new IllegalArgumentException("Unknown option " + args[i]);
            }
        }
        DatabaseSettings settings = new DatabaseSettings(args[0], args[1], args[2], false);
        run(settings, permits, reps, warmup, otherRevisions);
    }

    private static void run(DatabaseSettings settings, int permits, int reps, int warmup, int otherRevisions)
            throws Exception {
        long openStart = System.nanoTime();
        try (PermitDesk services = PermitDesk.open(settings, Clock.systemUTC())) {
            System.out.println("# Permit open benchmark");
            System.out.printf("database     %s (%s)%n", settings.displayUrl(), server(services));
            System.out.printf("jvm          %s %s, max heap %d MiB, %d cpus%n", System.getProperty("java.vm.name"),
                    System.getProperty("java.runtime.version"), Runtime.getRuntime().maxMemory() >> 20,
                    Runtime.getRuntime().availableProcessors());
            System.out.printf(Locale.ROOT, "open         %.2f s (pool, migrations, Hibernate)%n",
                    (System.nanoTime() - openStart) / 1e9);

            long fillStart = System.nanoTime();
            int added = services.demoData().addPermits(permits, DemoData.DEFAULT_SEED, n -> { });
            System.out.printf(Locale.ROOT, "demo data    %,d permits added in %.1f s%n", added,
                    (System.nanoTime() - fillStart) / 1e9);
            if (otherRevisions > 0) {
                long auditStart = System.nanoTime();
                long rows = PermitOpenFixture.addOtherRevisions(services, otherRevisions);
                System.out.printf(Locale.ROOT,
                        "audit trail  %,d permit_aud rows (%d per demo permit) added in %.1f s%n",
                        rows, otherRevisions, (System.nanoTime() - auditStart) / 1e9);
            }

            long buildStart = System.nanoTime();
            long id = PermitOpenFixture.buildPermit(services);
            System.out.printf(Locale.ROOT, "big permit   id %d built through the services in %.1f s%n", id,
                    (System.nanoTime() - buildStart) / 1e9);
            long inspectionStart = System.nanoTime();
            int inspections = PermitOpenFixture.addInspections(services, id);
            System.out.printf(Locale.ROOT, "inspections  %d rows (%d with a result) written with JDBC in %.1f s%n",
                    inspections, PermitOpenFixture.INSPECTIONS_WITH_RESULT, (System.nanoTime() - inspectionStart) / 1e9);

            PermitChangeLog changeLog = new PermitChangeLog(services.context().database());
            List<Call> calls = calls(services, changeLog, id);
            PermitOpenFixture.describe(services, changeLog, id);

            // The first open in this JVM (Hibernate queries, Envers and JIT cold for these calls).
            System.out.println();
            System.out.println("## First open after building the permit (cold for these queries), ms");
            System.out.println();
            Map<String, Double> first = new LinkedHashMap<>();
            for (Call call : calls) {
                first.put(call.name(), time(call.work()));
            }
            first.forEach((name, ms) -> System.out.printf(Locale.ROOT, "  %-44s %8.1f%n", name, ms));

            ExecutorService fx = Executors.newSingleThreadExecutor(runnable -> {
                Thread thread = new Thread(runnable, "fx-stand-in");
                thread.setDaemon(true);
                return thread;
            });
            AtomicReference<CountDownLatch> pendingUi = new AtomicReference<>();
            Executor ui = update -> fx.execute(() -> {
                try {
                    update.run();
                } finally {
                    CountDownLatch latch = pendingUi.get();
                    if (latch != null) {
                        latch.countDown();
                    }
                }
            });
            try (TaskRunner pool = TaskRunner.withThreadPool(Runnable::run);
                 TaskRunner tasks = TaskRunner.withThreadPool(ui)) {
                // Warm-up: every mode, not in the statistics.
                for (int i = 0; i < warmup; i++) {
                    sequential(calls);
                    concurrent(pool, calls);
                    screen(services, changeLog, tasks, fx, pendingUi, id, i == 0);
                }
                System.out.println();
                System.out.printf("warm-up      %d rounds of each mode below, not in the statistics%n", warmup);

                Map<String, double[]> each = new LinkedHashMap<>();
                calls.forEach(call -> each.put(call.name(), new double[reps]));
                double[] sum = new double[reps];
                double[] inspectionLoad = new double[reps];
                double[] together = new double[reps];
                double[] onScreen = new double[reps];
                for (int r = 0; r < reps; r++) {
                    Map<String, Double> one = sequential(calls);
                    for (Map.Entry<String, Double> entry : one.entrySet()) {
                        each.get(entry.getKey())[r] = entry.getValue();
                        sum[r] += entry.getValue();
                        if (entry.getKey().startsWith("InspectionRequestService.")) {
                            inspectionLoad[r] += entry.getValue();
                        }
                    }
                    together[r] = concurrent(pool, calls);
                    onScreen[r] = screen(services, changeLog, tasks, fx, pendingUi, id, false);
                }

                System.out.println();
                System.out.printf("## (a) Each call on its own, one after the other, %d repetitions, ms%n", reps);
                System.out.println();
                header("call");
                each.forEach(PermitOpenBenchmark::row);
                row("inspections load (the 3 Inspection calls)", inspectionLoad);
                row("sum of the calls (one thread)", sum);
                System.out.println();
                System.out.printf("## (b) The tab's loads together, %d repetitions, ms%n", reps);
                System.out.println();
                header("mode");
                row("8 tasks on a 3-thread pool, all done", together);
                row("8 view models loaded (pool + UI thread)", onScreen);
            } finally {
                fx.shutdownNow();
            }
            printMemory();
        }
    }

    // ---------------------------------------------------------------------------------------------------
    // The permit

    /** The tab's loads in {@code PermitTab.loadAll()} order; reviews and fees are two calls in one task each. */
    private static List<Call> calls(PermitDesk services, PermitChangeLog changeLog, long id) {
        return List.of(
                new Call("PermitSearchService.open (detail)", () -> services.permits().search().open(id)),
                new Call("PermitLifecycleService.checkActions",
                        () -> services.permits().lifecycle().checkActions(id, TestUsers.supervisor("dana"))),
                new Call("PlanReviewService.planReviews", () -> services.permits().reviews().planReviews(id)),
                new Call("PlanReviewService.conditions", () -> services.permits().reviews().conditions(id)),
                new Call("PermitSearchService.open (edit form)", () -> services.permits().search().open(id)),
                new Call("FeeService.feesAndPayments", () -> services.permits().fees().feesAndPayments(id)),
                new Call("FeeService.unitNames", () -> services.permits().fees().unitNames(id)),
                new Call("AttachmentService.attachments", () -> services.permits().attachments().attachments(id)),
                new Call("InspectionRequestService.inspections", () -> services.inspections().requests().inspections(id)),
                new Call("InspectionRequestService.typesFor", () -> services.inspections().requests().typesFor(id)),
                new Call("InspectionRequestService.earliestDay", () -> services.inspections().requests().earliestDay()),
                new Call("PermitChangeLog.changes", () -> changeLog.changes(id)));
    }

    /**
     * The eight background tasks of the tab: reviews and fees each run their two calls in one task, inspections
     * their three.
     */
    private static List<List<Call>> tasks(List<Call> calls) {
        return List.of(List.of(calls.get(0)), List.of(calls.get(1)), List.of(calls.get(2), calls.get(3)),
                List.of(calls.get(4)), List.of(calls.get(5), calls.get(6)), List.of(calls.get(7)),
                List.of(calls.get(8), calls.get(9), calls.get(10)), List.of(calls.get(11)));
    }

    private static Map<String, Double> sequential(List<Call> calls) throws Exception {
        Map<String, Double> millis = new LinkedHashMap<>();
        for (Call call : calls) {
            millis.put(call.name(), time(call.work()));
        }
        return millis;
    }

    /** The eight tasks submitted at once to a 3-thread {@link TaskRunner} pool; ms until the last is done. */
    private static double concurrent(TaskRunner pool, List<Call> calls) throws InterruptedException {
        List<List<Call>> tasks = tasks(calls);
        CountDownLatch done = new CountDownLatch(tasks.size());
        AtomicReference<Exception> failure = new AtomicReference<>();
        long start = System.nanoTime();
        for (List<Call> task : tasks) {
            pool.run(() -> {
                for (Call call : task) {
                    call.work().run();
                }
                return null;
            }, ok -> done.countDown(), e -> {
                failure.set(e);
                done.countDown();
            });
        }
        if (!done.await(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("The tab's loads took over 60 s");
        }
        double ms = (System.nanoTime() - start) / 1e6;
        if (failure.get() != null) {
            throw new IllegalStateException("A load failed", failure.get());
        }
        return ms;
    }

    /**
     * The tab's view models, made as {@code PermitTab} makes them, loaded from the stand-in UI thread as
     * {@code PermitTab.loadAll()} does; ms until the eighth result has been put into its view model.
     */
    private static double screen(PermitDesk services, PermitChangeLog changeLog, TaskRunner tasks, ExecutorService fx,
                                 AtomicReference<CountDownLatch> pendingUi, long id, boolean check) throws Exception {
        PermitDetailViewModel detail = new PermitDetailViewModel(tasks, services.permits().search());
        PermitChangesViewModel changes = new PermitChangesViewModel(tasks, changeLog);
        PermitActionsViewModel actions = new PermitActionsViewModel(tasks, services.permits().lifecycle(), TestUsers.supervisor("dana"),
                () -> { });
        PermitReviewsViewModel reviews = new PermitReviewsViewModel(tasks, services.permits().reviews(), PermitOpenFixture.CLERK, () -> { });
        PermitEditViewModel edit = new PermitEditViewModel(tasks, services.permits().search(), services.permits().edits(),
                PermitOpenFixture.CLERK, () -> { });
        PermitFeesViewModel fees = new PermitFeesViewModel(tasks, services.permits().fees(), services.permits().receipts(), PermitOpenFixture.CLERK,
                () -> { });
        Path openFolder = Path.of(System.getProperty("java.io.tmpdir"), "permitdesk-attachments");
        PermitAttachmentsViewModel attachments = new PermitAttachmentsViewModel(tasks, services.permits().attachments(), PermitOpenFixture.CLERK,
                openFolder);
        PermitInspectionsViewModel inspections = new PermitInspectionsViewModel(tasks, services.inspections().requests(),
                PermitOpenFixture.CLERK, attachment -> services.permits().attachments().writeOut(attachment,
                        openFolder.resolve(String.valueOf(attachment))), file -> { });
        CountDownLatch done = new CountDownLatch(8);
        long[] start = new long[1];
        fx.submit(() -> {
            pendingUi.set(done);
            start[0] = System.nanoTime();
            detail.load(id);
            actions.load(id);
            reviews.load(id);
            edit.load(id);
            fees.load(id);
            attachments.load(id);
            inspections.load(id);
            changes.load(id);
        }).get();
        if (!done.await(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("The permit tab was not filled within 60 s");
        }
        double ms = (System.nanoTime() - start[0]) / 1e6;
        pendingUi.set(null);
        String problem = fx.submit(() -> {
            if (!detail.loadedProperty().get() || detail.history().isEmpty() || changes.changes().isEmpty()
                    || actions.actions().isEmpty() || reviews.reviews().isEmpty() || fees.lines().isEmpty()
                    || attachments.attachments().isEmpty() || inspections.inspections().size() != PermitOpenFixture.INSPECTIONS
                    || inspections.types().isEmpty() || inspections.dayProperty().get() == null) {
                return "detail " + detail.messageProperty().get() + ", actions " + actions.messageProperty().get()
                        + ", reviews " + reviews.messageProperty().get() + ", fees " + fees.messageProperty().get()
                        + ", inspections " + inspections.messageProperty().get();
            }
            return null;
        }).get();
        if (problem != null) {
            throw new IllegalStateException("The permit tab is not filled: " + problem);
        }
        if (check) {
            fx.submit(() -> System.out.printf("screen       filled: %d contacts, %d history rows, %d actions, %d review"
                            + " cycles, %d conditions, %d fee lines, %d payments, %d attachments, %d inspections"
                            + " (%d types, earliest day %s), %d changes%n",
                    detail.contacts().size(), detail.history().size(), actions.actions().size(),
                    reviews.reviews().size(), reviews.conditions().size(), fees.lines().size(),
                    fees.payments().size(), attachments.attachments().size(), inspections.inspections().size(),
                    inspections.types().size(), inspections.dayProperty().get(), changes.changes().size())).get();
        }
        return ms;
    }

    private static double time(Work work) throws Exception {
        long start = System.nanoTime();
        Object result = work.run();
        double ms = (System.nanoTime() - start) / 1e6;
        if (result == null) {
            throw new IllegalStateException("no result");
        }
        return ms;
    }

    // ---------------------------------------------------------------------------------------------------
    // Reporting

    private static void header(String what) {
        System.out.printf("| %-44s |   p50 |   p95 |   max |%n", what);
        System.out.println("|----------------------------------------------|------:|------:|------:|");
    }

    private static void row(String label, double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        System.out.printf(Locale.ROOT, "| %-44s | %5.1f | %5.1f | %5.1f |%n", label,
                SearchBenchmark.percentile(sorted, 50),
                SearchBenchmark.percentile(sorted, 95), sorted[sorted.length - 1]);
    }

    private static void printMemory() {
        long count = 0;
        long millis = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            count += Math.max(0, gc.getCollectionCount());
            millis += Math.max(0, gc.getCollectionTime());
        }
        Runtime runtime = Runtime.getRuntime();
        System.out.println();
        System.out.printf("heap         %d MiB used at the end (of %d MiB max); GC %d collections, %d ms in all%n",
                (runtime.totalMemory() - runtime.freeMemory()) >> 20, runtime.maxMemory() >> 20, count, millis);
    }

    private static String server(PermitDesk services) throws SQLException {
        try (Connection connection = services.context().database().dataSource().getConnection()) {
            return connection.getMetaData().getDatabaseProductName() + " "
                    + connection.getMetaData().getDatabaseProductVersion();
        }
    }
}
