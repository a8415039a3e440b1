package dev.hanbridge.app.distributed;

import java.time.Duration;
import java.util.function.LongPredicate;

import dev.hanbridge.store.WorkerStore;
import dev.hanbridge.store.WorkerStore.WorkerRow;

/**
 * Whether the worker that holds a partition still works on it. A worker that stopped (it says so
 * when it leaves) is gone at once; so is one on this host whose process is gone (a killed worker
 * on the same machine is taken over without waiting). A worker on another host is taken for dead
 * when its heartbeat has been silent for {@code deadAfter}: only that host could tell sooner.
 */
final class Liveness {

    private final WorkerStore workers;
    private final Duration deadAfter;
    private final String host;
    private final LongPredicate processAlive;

    Liveness(WorkerStore workers, Duration deadAfter, String host, LongPredicate processAlive) {
        this.workers = workers;
        this.deadAfter = deadAfter;
        this.host = host;
        this.processAlive = processAlive;
    }

    static LongPredicate processes() {
        return pid -> ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    boolean alive(String workerId) {
        return workers.find(workerId).map(this::alive).orElse(false);
    }

    boolean alive(WorkerRow worker) {
        if (worker.stoppedAt() != null || worker.silence().compareTo(deadAfter) >= 0) {
            return false;
        }
        return !worker.host().equals(host) || processAlive.test(worker.pid());
    }
}
