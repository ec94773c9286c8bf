package org.permitdesk.platform;

import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs database, file and report work away from the user-interface thread and hands the outcome
 * back on it. The desktop app makes one with a thread pool and the JavaFX thread; tests use
 * {@link #sameThread()} so that a view model's command has finished when the call returns.
 */
public final class TaskRunner implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(TaskRunner.class);

    private final Executor background;
    private final Executor ui;

    public TaskRunner(Executor background, Executor ui) {
        this.background = background;
        this.ui = ui;
    }

    /** Background threads for the desktop app; {@code ui} is the JavaFX thread's executor. */
    public static TaskRunner withThreadPool(Executor ui) {
        AtomicInteger count = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(3, runnable -> {
            Thread thread = new Thread(runnable, "permitdesk-task-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        return new TaskRunner(pool, ui);
    }

    public static TaskRunner sameThread() {
        return new TaskRunner(Runnable::run, Runnable::run);
    }

    /**
     * Runs {@code work} in the background, then {@code onSuccess} or {@code onFailure} on the UI thread.
     * Failures are logged with their stack trace; the user sees only what {@code onFailure} shows.
     */
    public <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Exception> onFailure) {
        background.execute(() -> {
            T result;
            try {
                result = work.call();
            } catch (Exception e) {
                LOG.warn("Background task failed", e);
                ui.execute(() -> onFailure.accept(e));
                return;
            }
            ui.execute(() -> onSuccess.accept(result));
        });
    }

    /** Runs {@code update} on the UI thread (e.g. progress reported by background work). */
    public void onUi(Runnable update) {
        ui.execute(update);
    }

    @Override
    public void close() {
        if (background instanceof ExecutorService service) {
            service.shutdownNow();
        }
    }
}
