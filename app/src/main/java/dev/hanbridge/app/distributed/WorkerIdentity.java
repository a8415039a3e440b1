package dev.hanbridge.app.distributed;

import java.util.UUID;

import dev.hanbridge.app.job.RunOwner;

/**
 * This worker process: its host and process id, as people see it ({@code host:pid}), and an id
 * that stays unique when the operating system hands the same process id out again.
 */
record WorkerIdentity(String id, String host, long pid) {

    static WorkerIdentity current() {
        String host = RunOwner.host();
        long pid = RunOwner.pid();
        return new WorkerIdentity(host + ":" + pid + ":" + UUID.randomUUID().toString().substring(0, 8), host, pid);
    }

    String name() {
        return host + ":" + pid;
    }
}
