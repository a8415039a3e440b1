package dev.hanbridge.translate.driver;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

class RateLimiterTest {

    @Test
    void threadsSharingOneLimiterAreSpacedEvenly() throws Exception {
        RateLimiter limiter = new RateLimiter(20); // one every 50 ms
        List<Long> times = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        for (int i = 0; i < 12; i++) {
            pool.submit(() -> {
                limiter.acquire();
                times.add(System.nanoTime());
                return null;
            });
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();

        List<Long> sorted = new ArrayList<>(times);
        Collections.sort(sorted);
        for (int i = 1; i < sorted.size(); i++) {
            assertThat(sorted.get(i) - sorted.get(i - 1)).as("gap " + i).isGreaterThan(TimeUnit.MILLISECONDS.toNanos(40));
        }
    }

    @Test
    void charactersBurstUpToAMinutesAllowanceThenFlowAtTheRate() throws Exception {
        RateLimiter limiter = new RateLimiter(0, 60_000); // 1,000 characters a second
        long start = System.nanoTime();
        limiter.acquire(60_000); // a whole minute's worth at once: allowed
        long afterBurst = System.nanoTime() - start;
        limiter.acquire(300); // now the budget is spent: wait ~300 ms

        long total = System.nanoTime() - start;
        assertThat(afterBurst).isLessThan(TimeUnit.MILLISECONDS.toNanos(100));
        assertThat(total).isBetween(TimeUnit.MILLISECONDS.toNanos(250), TimeUnit.MILLISECONDS.toNanos(1000));
    }

    @Test
    void aRetryAfterPauseHoldsBackEveryCaller() throws Exception {
        RateLimiter limiter = new RateLimiter(100);
        limiter.pause(java.time.Duration.ofMillis(300));
        long start = System.nanoTime();

        limiter.acquire();

        assertThat(System.nanoTime() - start).isGreaterThan(TimeUnit.MILLISECONDS.toNanos(250));
    }
}
