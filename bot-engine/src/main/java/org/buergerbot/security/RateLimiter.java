package org.buergerbot.security;

import java.util.ArrayDeque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * At most {@code perMinute} acquisitions per key in any 60 seconds (a sliding window over the times of the
 * accepted ones). A fixed per-minute window would let a client send twice the budget across a minute boundary.
 * Keys whose window has emptied are swept when many have piled up. Thread-safe.
 */
final class RateLimiter {

    private static final long WINDOW_MILLIS = 60_000;
    static final int SWEEP_ABOVE_KEYS = 100_000;

    private final int perMinute;
    private final LongSupplier clock;
    private final Map<String, ArrayDeque<Long>> accepted = new ConcurrentHashMap<>();
    private volatile long lastSweep = Long.MIN_VALUE / 2;

    RateLimiter(int perMinute) {
        this(perMinute, System::currentTimeMillis);
    }

    RateLimiter(int perMinute, LongSupplier clockMillis) {
        this.perMinute = perMinute;
        this.clock = clockMillis;
    }

    boolean tryAcquire(String key) {
        long now = clock.getAsLong();
        // At most one sweep per window: with many live keys a sweep frees little, and running it on every
        // request would make each one walk the whole map.
        if (accepted.size() > SWEEP_ABOVE_KEYS && now - lastSweep >= WINDOW_MILLIS) {
            lastSweep = now;
            for (String k : accepted.keySet()) {
                accepted.computeIfPresent(k, (kk, window) -> expire(window, now).isEmpty() ? null : window);
            }
        }
        boolean[] granted = new boolean[1];
        // The deques are only touched inside compute functions, which run atomically per key: two requests of
        // one conversation cannot both take its last slot.
        accepted.compute(key, (k, times) -> {
            ArrayDeque<Long> window = times == null ? new ArrayDeque<>() : expire(times, now);
            granted[0] = window.size() < perMinute;
            if (granted[0]) {
                window.addLast(now);
            }
            return window;
        });
        return granted[0];
    }

    /** How many keys are tracked (for tests: stale ones must not pile up). */
    int trackedKeys() {
        return accepted.size();
    }

    private static ArrayDeque<Long> expire(ArrayDeque<Long> window, long now) {
        while (!window.isEmpty() && window.peekFirst() <= now - WINDOW_MILLIS) {
            window.pollFirst();
        }
        return window;
    }
}
