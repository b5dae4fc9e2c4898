package org.buergerbot.security;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** A fixed one-minute window per key; old windows are swept when many keys have piled up. */
final class RateLimiter {

    private final int perMinute;
    private final Map<String, long[]> windows = new ConcurrentHashMap<>();

    RateLimiter(int perMinute) {
        this.perMinute = perMinute;
    }

    boolean tryAcquire(String key) {
        long minute = System.currentTimeMillis() / 60_000;
        if (windows.size() > 100_000) {
            windows.values().removeIf(w -> w[0] < minute);
        }
        long[] window = windows.compute(key, (k, w) -> w == null || w[0] != minute ? new long[] {minute, 1}
                : new long[] {minute, w[1] + 1});
        return window[1] <= perMinute;
    }
}
