package org.buergerbot.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class RateLimiterTests {

    private final AtomicLong now = new AtomicLong(1_000_000);
    private final RateLimiter limiter = new RateLimiter(3, now::get);

    @Test
    void grantsTheBudgetThenRefusesUntilTheOldestAcceptedOneIsAMinuteOld() {
        assertThat(limiter.tryAcquire("a")).isTrue();
        now.addAndGet(10_000);
        assertThat(limiter.tryAcquire("a")).isTrue();
        assertThat(limiter.tryAcquire("a")).isTrue();
        assertThat(limiter.tryAcquire("a")).isFalse();
        assertThat(limiter.tryAcquire("b")).as("another key has its own budget").isTrue();

        now.addAndGet(49_999); // 59.999 s after the first
        assertThat(limiter.tryAcquire("a")).isFalse();
        now.addAndGet(1); // the first is now a minute old
        assertThat(limiter.tryAcquire("a")).isTrue();
        assertThat(limiter.tryAcquire("a")).as("the other two are still inside the minute").isFalse();
    }

    @Test
    void aMinuteBoundaryGivesNoFreshBudget() {
        now.set(59_900); // just before a full minute on the wall clock
        for (int i = 0; i < 3; i++) {
            assertThat(limiter.tryAcquire("a")).isTrue();
        }
        now.set(60_100);
        assertThat(limiter.tryAcquire("a")).isFalse();
    }

    @Test
    void refusedAttemptsDoNotUseTheBudget() {
        for (int i = 0; i < 10; i++) {
            limiter.tryAcquire("a");
        }
        now.addAndGet(60_000);
        for (int i = 0; i < 3; i++) {
            assertThat(limiter.tryAcquire("a")).isTrue();
        }
        assertThat(limiter.tryAcquire("a")).isFalse();
    }

    @Test
    void keysWithNothingInTheLastMinuteAreForgottenOnceManyHavePiledUp() {
        for (int i = 0; i <= RateLimiter.SWEEP_ABOVE_KEYS; i++) {
            limiter.tryAcquire("old-" + i);
        }
        now.addAndGet(60_000);
        assertThat(limiter.tryAcquire("new")).isTrue();
        assertThat(limiter.trackedKeys()).isEqualTo(1);
        now.addAndGet(1);
        assertThat(limiter.tryAcquire("new")).as("the sweep keeps live windows").isTrue();
        assertThat(limiter.tryAcquire("new")).isTrue();
        assertThat(limiter.tryAcquire("new")).isFalse();
    }
}
