package org.permitdesk.web;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * At most {@code perMinute} requests from one client address in each minute (a fixed one-minute window per client),
 * so that one client cannot take the database from everyone else. 0 means no limit.
 */
final class RateLimit {

    private static final long MINUTE_NANOS = 60_000_000_000L;
    /** Past this many clients remembered, windows that have ended are forgotten. */
    private static final int FORGET_AT = 10_000;

    private record Window(long start, int count) {
    }

    private final int perMinute;
    private final LongSupplier nanoTime;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    RateLimit(int perMinute, LongSupplier nanoTime) {
        this.perMinute = perMinute;
        this.nanoTime = nanoTime;
    }

    /** Counts one request of {@code client}; the seconds to wait when it is over the limit, else 0. */
    long secondsToWait(String client) {
        if (perMinute <= 0) {
            return 0;
        }
        long now = nanoTime.getAsLong();
        if (windows.size() > FORGET_AT) {
            windows.values().removeIf(window -> now - window.start() >= MINUTE_NANOS);
        }
        Window window = windows.compute(client, (key, old) -> old == null || now - old.start() >= MINUTE_NANOS
                ? new Window(now, 1) : new Window(old.start(), old.count() + 1));
        if (window.count() <= perMinute) {
            return 0;
        }
        return Math.max(1, (MINUTE_NANOS - (now - window.start()) + 999_999_999L) / 1_000_000_000L);
    }
}
