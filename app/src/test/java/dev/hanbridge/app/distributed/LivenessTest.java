package dev.hanbridge.app.distributed;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import dev.hanbridge.store.WorkerStore.WorkerRow;

class LivenessTest {

    private static final Instant NOW = Instant.parse("2026-11-30T08:00:00Z");
    private static final long LIVE_PID = 10;
    private final Liveness liveness = new Liveness(null, Duration.ofSeconds(30), "host-a", pid -> pid == LIVE_PID);

    @Test
    void aWorkerOnAnotherHostIsAliveUntilItsHeartbeatHasBeenSilentForDeadAfter() {
        assertThat(liveness.alive(worker("host-b", 99, Duration.ofSeconds(29), null))).isTrue();
        assertThat(liveness.alive(worker("host-b", 99, Duration.ofSeconds(30), null))).isFalse();
    }

    @Test
    void aWorkerOnThisHostWhoseProcessIsGoneIsDeadAtOnce() {
        assertThat(liveness.alive(worker("host-a", LIVE_PID, Duration.ZERO, null))).isTrue();
        assertThat(liveness.alive(worker("host-a", 11, Duration.ZERO, null))).isFalse();
    }

    @Test
    void aWorkerThatSaidItStoppedIsDeadWhateverItsHeartbeat() {
        assertThat(liveness.alive(worker("host-b", 99, Duration.ZERO, NOW))).isFalse();
    }

    private static WorkerRow worker(String host, long pid, Duration silence, Instant stoppedAt) {
        return new WorkerRow(host + ":" + pid + ":x", host, pid, 2, NOW.minusSeconds(600), NOW.minus(silence), stoppedAt,
                NOW);
    }
}
