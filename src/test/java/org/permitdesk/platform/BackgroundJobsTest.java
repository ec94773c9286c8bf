package org.permitdesk.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The app's background jobs (mailbox check, permit expiry, warm-ups) stop when the app closes. */
class BackgroundJobsTest {

    @Test
    void aRepeatingJobRunsAgainAfterAFailureAndNeverAfterClose() throws Exception {
        AtomicInteger runs = new AtomicInteger();
        CountDownLatch threeRuns = new CountDownLatch(3);
        BackgroundJobs jobs = new BackgroundJobs();
        jobs.repeat("mailbox check", Duration.ZERO, Duration.ofMillis(5), () -> {
            runs.incrementAndGet();
            threeRuns.countDown();
            throw new IllegalStateException("mail server down"); // logged; the next run is still made
        });
        assertTrue(threeRuns.await(10, TimeUnit.SECONDS), "the job runs again after a failed run");

        jobs.close();
        int afterClose = runs.get();
        Thread.sleep(100);

        assertEquals(afterClose, runs.get(), "no run after close");
        assertTrue(jobs.stopped());
    }

    @Test
    void closeInterruptsARunningJob() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch interrupted = new CountDownLatch(1);
        BackgroundJobs jobs = new BackgroundJobs();
        jobs.once("slow mailbox", () -> {
            started.countDown();
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                interrupted.countDown();
            }
        });
        assertTrue(started.await(10, TimeUnit.SECONDS));

        jobs.close();

        assertTrue(interrupted.await(10, TimeUnit.SECONDS), "the app does not wait a minute for a slow job to end");
    }
}
