package dev.hanbridge.app.job;

import java.util.Map;

import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * How the steps split their work into partitions: each partition's execution context holds its
 * number and the number of partitions. The ingest step's sources go to partitions by the hash of
 * their URI ({@link SourceReader}), the articles of the translate and export steps by their id
 * ({@code ArticleStore.idsOf(run, status, partition, partitions)}). A step whose execution context
 * holds no partition number works on all of the run's items, as on one machine.
 */
public final class Partitions {

    /** The key of the partition's number, from 0. */
    public static final String PARTITION = SourceReader.PARTITION;

    /** The key of the number of partitions. */
    public static final String PARTITIONS = SourceReader.PARTITIONS;

    private Partitions() {
    }

    /** Whether {@code step} is one partition of a step (its execution context names the partition). */
    public static boolean isPartition(StepExecution step) {
        return step.getExecutionContext().containsKey(PARTITION);
    }

    /** The execution contexts of {@code gridSize} partitions, named {@code part0}, {@code part1}, ... */
    public static Map<String, ExecutionContext> contexts(int gridSize) {
        return SourceReader.partitions(gridSize);
    }
}
