package dev.hanbridge.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The shared pace on the real schema, with a clock the test moves. */
class EnginePaceStoreTest {

    private final AtomicLong clock = new AtomicLong(1_000_000_000L);
    private EnginePaceStore first;
    private EnginePaceStore second;

    @BeforeEach
    void start() {
        var db = new MemoryDatabase();
        // Two workers on one database.
        first = new EnginePaceStore(db.jdbc, db.transactions, clock::get);
        second = new EnginePaceStore(db.jdbc, db.transactions, clock::get);
    }

    @Test
    void requestsOfAllWorkersAreSpacedByTheInterval() {
        assertThat(first.reserve("deepl", 100_000, 0, 10)).isZero();
        assertThat(second.reserve("deepl", 100_000, 0, 10)).isEqualTo(100_000);
        assertThat(first.reserve("deepl", 100_000, 0, 10)).isEqualTo(200_000);
        clock.addAndGet(1_000_000);
        assertThat(second.reserve("deepl", 100_000, 0, 10)).as("long after: at once").isZero();
        assertThat(first.reserve("google", 100_000, 0, 10)).as("each engine has its own pace").isZero();
    }

    @Test
    void charactersBurstUpToOneMinuteThenFlowAtTheAverageRate() {
        // 6,000 characters a minute: 10 ms each.
        assertThat(first.reserve("papago", 0, 10_000, 3_000)).isZero();
        assertThat(second.reserve("papago", 0, 10_000, 3_000)).as("a minute's worth at once").isZero();
        assertThat(first.reserve("papago", 0, 10_000, 600)).as("then 600 characters take 6 s").isEqualTo(6_000_000);
    }

    @Test
    void aPauseHoldsBackEveryWorker() {
        first.pause("deepl", 5_000_000);
        assertThat(second.reserve("deepl", 100_000, 0, 10)).isEqualTo(5_000_000);
        assertThat(first.reserve("deepl", 100_000, 0, 10)).isEqualTo(5_100_000);
    }
}
