package dev.hanbridge.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Claims of partitions and workers' heartbeats on the real schema. */
class PartitionStoreTest {

    private PartitionStore partitions;
    private WorkerStore workers;
    private RunStore runs;

    @BeforeEach
    void start() {
        var db = new MemoryDatabase();
        partitions = new PartitionStore(db.jdbc);
        workers = new WorkerStore(db.jdbc);
        runs = new RunStore(db.jdbc);
        workers.register("a", "host-a", 11, 2);
        workers.register("b", "host-b", 22, 2);
        workers.register("c", "host-c", 33, 2);
    }

    @Test
    void firstClaimWinsAndOnlyOneWorkerTakesOverFromAnother() {
        assertThat(partitions.claim(7, 1, 3, "translate", "translate-partition:part0", "a")).isTrue();
        assertThat(partitions.claim(7, 1, 3, "translate", "translate-partition:part0", "b")).isFalse();

        assertThat(partitions.takeOver(7, "a", "b")).isTrue();
        assertThat(partitions.takeOver(7, "a", "c")).as("a no longer holds it").isFalse();

        var row = partitions.find(7).orElseThrow();
        assertThat(row.workerId()).isEqualTo("b");
        assertThat(row.workerName()).isEqualTo("host-b:22");
        assertThat(row.attempts()).isEqualTo(2);
        assertThat(row.finishedAt()).isNull();
    }

    @Test
    void aRunHasUnfinishedPartitionsUntilItsLastPartitionEnds() {
        assertThat(runs.hasUnfinishedPartitions(1)).as("no partition yet").isFalse();
        partitions.claim(7, 1, 3, "export", "export-partition:part0", "a");
        partitions.claim(8, 1, 3, "export", "export-partition:part1", "b");
        partitions.claim(9, 2, 4, "export", "export-partition:part0", "c");

        partitions.finish(7, "a", "COMPLETED");
        assertThat(runs.hasUnfinishedPartitions(1)).isTrue();
        partitions.finish(8, "b", "FAILED");
        assertThat(runs.hasUnfinishedPartitions(1)).isFalse();
        assertThat(runs.hasUnfinishedPartitions(2)).isTrue();
    }

    @Test
    void onlyTheOwnerRecordsTheEndOfAPartition() {
        partitions.claim(7, 1, 3, "export", "export-partition:part1", "a");
        partitions.takeOver(7, "a", "b");

        partitions.finish(7, "a", "COMPLETED");
        assertThat(partitions.find(7).orElseThrow().status()).as("a lost it before it ended").isNull();
        partitions.finish(7, "b", "COMPLETED");

        var row = partitions.find(7).orElseThrow();
        assertThat(row.status()).isEqualTo("COMPLETED");
        assertThat(row.finishedAt()).isNotNull();
        assertThat(partitions.of(3, "export")).containsExactly(row);
        assertThat(partitions.of(3, "translate")).isEmpty();
        assertThat(partitions.ofRun(1)).containsExactly(row);
    }

    @Test
    void aStoppedWorkerIsNoLongerLiveAndSilenceIsMeasuredByTheDatabaseClock() {
        workers.stopped("a");

        assertThat(workers.live(Duration.ofMinutes(1))).extracting(WorkerStore.WorkerRow::id).containsExactly("b", "c");
        assertThat(workers.live(Duration.ZERO)).as("nobody is heard from within no time at all").isEmpty();
        var a = workers.find("a").orElseThrow();
        assertThat(a.stoppedAt()).isNotNull();
        assertThat(a.silence()).isBetween(Duration.ZERO, Duration.ofMinutes(1));
        assertThat(a.name()).isEqualTo("host-a:11");
    }
}
