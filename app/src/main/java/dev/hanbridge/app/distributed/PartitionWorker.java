package dev.hanbridge.app.distributed;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.amqp.core.AcknowledgeMode;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.amqp.rabbit.listener.SimpleMessageListenerContainer;
import org.springframework.context.SmartLifecycle;
import org.springframework.dao.DataAccessException;

import dev.hanbridge.store.WorkerStore;

/**
 * A worker's life: it joins (a row in the database, then a heartbeat), takes partition requests
 * from the queue with as many consumers as it has slots, each holding one unacknowledged request
 * at a time, and leaves gracefully.
 *
 * <p>Leaving (SIGTERM, Ctrl-C): it takes no new request, lets the partitions it runs finish for up
 * to {@code stopGrace}, and says in the database that it stopped, so that other workers take its
 * partitions over at once rather than after its heartbeat falls silent. A partition still running
 * after the grace is handed back the way a killed worker's is: the process ends at once, the broker
 * gives the request to another worker, and that worker resumes the partition from its last commit.
 * Ending at once matters: a partition that went on writing while another worker took it over would
 * make that worker's step fail on a changed version.
 */
final class PartitionWorker implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(PartitionWorker.class);
    /** The exit status of a process ended by SIGTERM, which is what a stop past the grace amounts to. */
    private static final int STOPPED_PAST_GRACE = 143;

    private final ConnectionFactory connections;
    private final DistributedSettings settings;
    private final WorkerIdentity me;
    private final WorkerStore workers;
    private final PartitionRunner runner;
    private SimpleMessageListenerContainer container;
    private ScheduledExecutorService heartbeat;
    private volatile boolean running;

    PartitionWorker(ConnectionFactory connections, DistributedSettings settings, WorkerIdentity me,
            WorkerStore workers, PartitionRunner runner) {
        this.connections = connections;
        this.settings = settings;
        this.me = me;
        this.workers = workers;
        this.runner = runner;
    }

    @Override
    public void start() {
        workers.register(me.id(), me.host(), me.pid(), settings.slots());
        heartbeat = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "hanbridge-heartbeat");
            t.setDaemon(true);
            return t;
        });
        long every = settings.heartbeat().toMillis();
        heartbeat.scheduleWithFixedDelay(this::beat, every, every, TimeUnit.MILLISECONDS);
        container = new SimpleMessageListenerContainer(connections);
        container.setQueueNames(settings.queue());
        container.setConcurrentConsumers(settings.slots());
        container.setPrefetchCount(1);
        container.setAcknowledgeMode(AcknowledgeMode.AUTO);
        container.setDefaultRequeueRejected(true);
        // Stopping is ours (see stop()): the container only cancels its consumers; it neither
        // interrupts a running partition (Spring Batch would record it STOPPED, and the manager
        // would take that as finished) nor closes its channel under it.
        container.setForceCloseChannel(false);
        container.setShutdownTimeout(100);
        container.setMessageListener(runner);
        container.afterPropertiesSet();
        container.start();
        running = true;
    }

    private void beat() {
        try {
            workers.heartbeat(me.id());
        } catch (DataAccessException e) {
            log.warn("heartbeat not written: {}", e.getMessage());
        }
    }

    @Override
    public void stop() {
        if (!running) {
            return;
        }
        running = false;
        runner.stopping();
        container.stop();
        boolean idle;
        try {
            idle = runner.awaitIdle(settings.stopGrace());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            idle = false;
        }
        heartbeat.shutdownNow();
        try {
            workers.stopped(me.id());
        } catch (DataAccessException e) {
            log.warn("could not record that worker {} stopped: {}", me.name(), e.getMessage());
        }
        if (!idle) {
            log.warn("worker {} stops with {} partition(s) still running after {} s: they go back to the queue and"
                    + " another worker resumes them from their last commit", me.name(), runner.runningCount(),
                    settings.stopGrace().toSeconds());
            System.err.printf("hanbridge worker: %d partition(s) still running after %d s go back to the queue%n",
                    runner.runningCount(), settings.stopGrace().toSeconds());
            Runtime.getRuntime().halt(STOPPED_PAST_GRACE);
        }
        container.destroy();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Started by the command once the broker and the database answer, not by the context. */
    @Override
    public boolean isAutoStartup() {
        return false;
    }

    /** Stops before the beans it runs partitions with (the database, the broker connection) close. */
    @Override
    public int getPhase() {
        return DEFAULT_PHASE;
    }
}
