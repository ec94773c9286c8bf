package org.permitdesk.platform;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The app's jobs that nobody waits for (checking the mailbox, expiring permits, warming caches), on one scheduler
 * (two threads): started by the app, stopped when it closes. A failed run is logged and the next one runs as planned.
 */
public final class BackgroundJobs implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(BackgroundJobs.class);

    private final AtomicInteger threads = new AtomicInteger();
    /** Two threads: a slow mailbox server does not hold back the caches warmed after the sign-in. */
    private final ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(2, runnable -> {
        Thread thread = new Thread(runnable, "permitdesk-job-" + threads.incrementAndGet());
        thread.setDaemon(true);
        return thread;
    });

    /** Runs {@code job} after {@code first}, then {@code every} after each run ends. */
    public void repeat(String name, Duration first, Duration every, Runnable job) {
        scheduler.scheduleWithFixedDelay(logged(name, job), first.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Runs {@code job} once, as soon as the jobs before it are done. */
    public void once(String name, Runnable job) {
        scheduler.execute(logged(name, job));
    }

    /** Whether the jobs have been stopped. */
    public boolean stopped() {
        return scheduler.isShutdown();
    }

    private static Runnable logged(String name, Runnable job) {
        return () -> {
            try {
                job.run();
            } catch (RuntimeException e) {
                LOG.warn("Background job '{}' failed", name, e);
            }
        };
    }

    /** Stops every job: a running one is interrupted, none runs again. */
    @Override
    public void close() {
        scheduler.shutdownNow();
    }
}
