package org.permitdesk.desktop;

import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.permitdesk.app.PermitDesk;
import org.permitdesk.platform.db.DatabaseSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens the database at once in the background (a brand-new embedded one filled with the demo permit center); a
 * retry after a failure opens it anew.
 */
final class FirstThenRetry implements Callable<PermitDesk> {

    private static final Logger LOG = LoggerFactory.getLogger(FirstThenRetry.class);

    private final DatabaseSettings settings;
    private final Clock clock;
    private CompletableFuture<PermitDesk> first;

    FirstThenRetry(DatabaseSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
        this.first = CompletableFuture.supplyAsync(() -> PermitDesk.open(settings, clock).withDemoDataIfNew(), runnable -> {
            Thread opener = new Thread(runnable, "permitdesk-open-database");
            opener.setDaemon(true);
            opener.start();
        });
    }

    /** The desktop will not start: the first open is let finish (no migration cut short) and closed. */
    synchronized void abandon() {
        if (first != null) {
            try {
                first.join().close();
            } catch (RuntimeException failed) {
                LOG.info("The database was not open when the desktop gave up: {}", failed.toString());
            }
            first = null;
        }
    }

    @Override
    public synchronized PermitDesk call() {
        CompletableFuture<PermitDesk> pending = first;
        first = null;
        if (pending == null) {
            return PermitDesk.open(settings, clock).withDemoDataIfNew();
        }
        try {
            return pending.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }
}
