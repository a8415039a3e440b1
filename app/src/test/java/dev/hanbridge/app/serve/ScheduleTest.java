package dev.hanbridge.app.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

import dev.hanbridge.app.web.TestServer;
import dev.hanbridge.store.RunRecord;
import dev.hanbridge.store.RunStatus;
import dev.hanbridge.store.RunStore;

/** Two servers on one database and one schedule: each tick runs the inbox once, not twice. */
class ScheduleTest {

    @TempDir
    Path tmp;

    @Test
    void twoServersOnOneDatabaseRunEachTickOnce() throws Exception {
        oneRunPerTick();
    }

    @Test
    @EnabledIfSystemProperty(named = TestPostgres.PROPERTY, matches = ".+")
    void twoServersOnOnePostgresqlRunEachTickOnceWhenPostgresUrlIsGiven() throws Exception {
        oneRunPerTick(TestPostgres.freshDatabase());
    }

    private void oneRunPerTick(String... database) throws Exception {
        Path inbox = tmp.resolve("inbox");
        Articles.write(inbox, 1, 2);
        String[] schedule = java.util.stream.Stream.concat(java.util.stream.Stream.of(
                "--hanbridge.serve.inbox=" + inbox, "--hanbridge.serve.schedule=*/2 * * * * *"),
                java.util.Arrays.stream(database)).toArray(String[]::new);
        try (TestServer first = TestServer.start(tmp.resolve("data"), tmp.resolve("out"), schedule);
                TestServer second = TestServer.start(tmp.resolve("data"), tmp.resolve("out"), schedule)) {
            ScheduledInboxRun a = first.context.getBean(ScheduledInboxRun.class);
            ScheduledInboxRun b = second.context.getBean(ScheduledInboxRun.class);
            long deadline = System.currentTimeMillis() + 30_000;
            // Both servers see at least four ticks, so they competed for at least three in common.
            while ((a.ticks() < 4 || b.ticks() < 4) && System.currentTimeMillis() < deadline) {
                Thread.sleep(100);
            }
            assertThat(a.ticks()).isGreaterThanOrEqualTo(4);
            assertThat(b.ticks()).isGreaterThanOrEqualTo(4);
            awaitNoRunning(first.context.getBean(RunStore.class));

            List<RunRecord> runs = first.context.getBean(RunStore.class).recent(100);
            // One run per two-second tick: group the runs by the tick they started in.
            Map<Long, Integer> perTick = new TreeMap<>();
            for (RunRecord run : runs) {
                perTick.merge(run.startedAt().getEpochSecond() / 2, 1, Integer::sum);
                assertThat(run.status()).isEqualTo(RunStatus.COMPLETED);
            }
            assertThat(perTick.values()).as("runs per tick %s", perTick).allMatch(n -> n == 1);
            assertThat(runs.size()).isEqualTo(a.launched() + b.launched());
            int ticksInCommon = Math.min(a.ticks(), b.ticks());
            assertThat(runs.size()).isGreaterThanOrEqualTo(ticksInCommon - 1)
                    .isLessThanOrEqualTo(Math.max(a.ticks(), b.ticks()));
            // The first tick ingested the article; the later ones found nothing new.
            RunRecord oldest = runs.get(runs.size() - 1);
            assertThat(first.context.getBean(dev.hanbridge.store.ArticleStore.class).rowsOf(oldest.id()))
                    .hasSize(1);
        }
    }

    private static void awaitNoRunning(RunStore runs) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(30);
        while (!runs.running().isEmpty() && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }
    }
}
