package dev.hanbridge.app.distributed;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of distributed runs and workers ({@code hanbridge.distributed.*}, or environment
 * variables such as {@code HANBRIDGE_DISTRIBUTED_PARTITIONS_TRANSLATE}). The broker and the
 * database are Spring Boot's own settings: {@code SPRING_RABBITMQ_*}, {@code SPRING_DATASOURCE_*}.
 *
 * @param queue the RabbitMQ queue the partition requests go through (durable; created when missing)
 * @param partitions partitions per step
 * @param workerSlots partitions one worker runs at once; 0 means one per core
 * @param pollInterval how often the manager looks at the job repository for finished partitions
 * @param timeout how long the manager waits for a step's partitions; 0 means as long as it takes
 * @param heartbeat how often a worker tells the database it is alive
 * @param deadAfter a worker on another host not heard from for this long is taken for dead, and
 *        its partitions are taken over (on the same host, a worker whose process is gone at once)
 * @param stopGrace how long a stopping worker lets its partitions finish before it hands them back
 * @param sentenceLease how long a sentence claimed by one translate partition holds up the others that
 *        need it before one of them takes it over (a dead worker's claims are taken over at once, or
 *        after {@code deadAfter}); the longest any of them waits for a sentence
 * @param brokerWait how long the manager waits for a broker that stopped answering before it gives
 *        up the partitions that need it (waiting in its queue, or held by a dead worker) and the run
 *        fails; 0 means as long as it takes
 */
@ConfigurationProperties("hanbridge.distributed")
record DistributedSettings(@DefaultValue("hanbridge.partitions") String queue,
        @DefaultValue PartitionCounts partitions, @DefaultValue("0") int workerSlots,
        @DefaultValue("1s") Duration pollInterval, @DefaultValue("0s") Duration timeout,
        @DefaultValue("5s") Duration heartbeat, @DefaultValue("30s") Duration deadAfter,
        @DefaultValue("20s") Duration stopGrace, @DefaultValue("60s") Duration sentenceLease,
        @DefaultValue("60s") Duration brokerWait) {

    /**
     * Partitions per step. More than the workers' slots together lets a fast worker take more of
     * them; each costs the manager one message and the job repository one step execution.
     */
    record PartitionCounts(@DefaultValue("16") int ingest, @DefaultValue("16") int translate,
            @DefaultValue("16") int export) {

        PartitionCounts {
            if (ingest < 1 || translate < 1 || export < 1) {
                throw new IllegalArgumentException("hanbridge.distributed.partitions.* must be 1 or more (ingest "
                        + ingest + ", translate " + translate + ", export " + export + ")");
            }
        }
    }

    /** Partitions this worker runs at once. */
    int slots() {
        return workerSlots > 0 ? workerSlots : Math.max(2, Runtime.getRuntime().availableProcessors());
    }
}
