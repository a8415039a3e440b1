package dev.hanbridge.app.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;

import dev.hanbridge.app.TestDatabase;
import dev.hanbridge.app.web.TestServer;
import dev.hanbridge.store.RunRecord;
import dev.hanbridge.store.RunStatus;
import dev.hanbridge.store.RunStore;

/** Two servers on one database and one schedule: each tick runs the inbox once, not twice; a closed server ticks no more. */
class ScheduleTest {

    @TempDir
    Path tmp;

    @ParameterizedTest(name = "on {0}")
    @MethodSource("dev.hanbridge.app.TestDatabase#available")
    void twoServersOnOneDatabaseRunEachTickOnce(TestDatabase database) throws Exception {
        Path inbox = tmp.resolve("inbox");
        Articles.write(inbox, 1, 2);
        List<String> settings = new ArrayList<>(database.emptySpringArgs());
        settings.addAll(List.of("--hanbridge.serve.inbox=" + inbox, "--hanbridge.serve.schedule=*/2 * * * * *"));
        String[] schedule = settings.toArray(String[]::new);
        try (TestServer first = TestServer.start(tmp.resolve("data"), tmp.resolve("out"), schedule);
                TestServer second = TestServer.start(tmp.resolve("data"), tmp.resolve("out"), schedule)) {
            ScheduledInboxRun a = first.context.getBean(ScheduledInboxRun.class);
            ScheduledInboxRun b = second.context.getBean(ScheduledInboxRun.class);
            // Both servers see at least four ticks, so they competed for at least three in common.
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                assertThat(a.ticks()).isGreaterThanOrEqualTo(4);
                assertThat(b.ticks()).isGreaterThanOrEqualTo(4);
            });
            RunStore store = first.context.getBean(RunStore.class);
            await("the last tick's run to end").atMost(Duration.ofSeconds(30)).until(() -> store.running().isEmpty());

            List<RunRecord> runs = store.recent(100);
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

    @Test
    void aClosedServerTicksNoMore() throws Exception {
        Path inbox = tmp.resolve("inbox");
        Articles.write(inbox, 1, 1);
        ScheduledInboxRun scheduled;
        try (TestServer server = TestServer.start(tmp.resolve("data"), tmp.resolve("out"),
                "--hanbridge.serve.inbox=" + inbox, "--hanbridge.serve.schedule=* * * * * *")) {
            scheduled = server.context.getBean(ScheduledInboxRun.class);
            await().atMost(Duration.ofSeconds(30)).until(() -> scheduled.ticks() >= 1);
        }
        // A schedule left running after close ticks on against a closed database, logging into
        // whatever else runs in the JVM, every second.
        int afterClose = scheduled.ticks();
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5))
                .until(() -> scheduled.ticks() <= afterClose + 1);
    }
}
