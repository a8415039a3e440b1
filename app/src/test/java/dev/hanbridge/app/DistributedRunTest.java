package dev.hanbridge.app;

import static dev.hanbridge.app.DistributedChecks.assertEveryArticleExportedOnceAndEverySentenceSent;
import static dev.hanbridge.app.DistributedChecks.awaitJoined;
import static dev.hanbridge.app.DistributedChecks.count;
import static dev.hanbridge.app.DistributedChecks.partitionsRunningOn;
import static dev.hanbridge.app.DistributedChecks.uniqueArticles;
import static dev.hanbridge.translate.ScriptedEngine.Counting.lines;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * A distributed run end to end, in real processes: a manager ({@code hanbridge run --distributed})
 * and two workers ({@code hanbridge worker}), one of them killed with SIGKILL in the middle of the
 * translate step and started again. Opt-in: {@code -Dhanbridge.postgres.url} (as
 * {@link PostgresqlRunTest}) and {@code -Dhanbridge.rabbitmq.host} naming a RabbitMQ broker that
 * takes the default guest login from this machine; .ci/run starts both.
 */
@EnabledIfSystemProperty(named = TestDatabase.POSTGRES_PROPERTY, matches = ".+")
@EnabledIfSystemProperty(named = Cluster.RABBITMQ_PROPERTY, matches = ".+")
class DistributedRunTest {

    private static final Path SAMPLES = Path.of("..", "samples", "articles").toAbsolutePath().normalize();
    private static final int GENERATED = 24;
    private static final String SHARED = "시 의회는 이번 발표가 지역 경제에 도움이 될 것이라고 밝혔다. 주민 설명회는 다음 달에 열린다.\n";

    @TempDir
    Path tmp;

    @Test
    void workerKilledMidTranslateIsTakenOverAndEveryArticleIsExportedOnceAndOnlyItsInFlightSentencesPaidTwice()
            throws Exception {
        Path inbox = tmp.resolve("inbox");
        Path out = tmp.resolve("out");
        uniqueArticles(inbox, GENERATED);
        int articles = GENERATED + sampleCount();
        try (Cluster cluster = new Cluster(tmp, Cluster.SLOW_ENGINE)) {
            Process doomed = cluster.worker("--slots", "2");
            Process other = cluster.worker("--slots", "2");
            awaitJoined(cluster, doomed, other);

            Process manager = cluster.command("run", SAMPLES.toString(), inbox.toString(), "--distributed",
                    "--engine", "counting", "--out", out.toString());
            // when the doomed worker is inside a translate partition and the engine has answered a few times
            await("a translate partition on the worker about to be killed").atMost(Duration.ofMinutes(3))
                    .pollInterval(Duration.ofMillis(100))
                    .failFast(() -> assertThat(manager.isAlive()).as(() -> cluster.output(manager)).isTrue())
                    .until(() -> lines(cluster.engineLog(), "SEG ").size() >= 8
                            && partitionsRunningOn("translate", doomed) > 0);
            doomed.destroyForcibly();
            assertThat(doomed.waitFor(30, TimeUnit.SECONDS)).isTrue();
            Process restarted = cluster.worker("--slots", "2");

            assertThat(manager.waitFor(5, TimeUnit.MINUTES)).as("the run ends").isTrue();
            String summary = cluster.output(manager);
            assertThat(manager.exitValue()).as(summary).isZero();
            assertThat(summary).contains("Run 1 COMPLETED").contains(articles + " ingested").contains("0 untranslated");

            // then the killed worker's partition was run again by another, and all three took part
            assertThat(count("SELECT COUNT(*) FROM hb_partition WHERE attempts > 1")).as(summary).isPositive();
            assertThat(count("SELECT COUNT(DISTINCT worker_id) FROM hb_partition")).isEqualTo(3);
            assertThat(other.isAlive()).isTrue();
            assertThat(restarted.isAlive()).isTrue();
        }

        // the killed worker's requests in flight (2 slots × 1 thread × batches of 4) may be answered
        // and not stored, so sent again: the README's bound for a kill, as on one machine
        assertEveryArticleExportedOnceAndEverySentenceSent(tmp.resolve("engine.log"), articles, out, 2 * 1 * 4);
    }

    @Test
    void managerKilledMidRunIsRestartedAndFinishesWithoutSendingASentenceTwice() throws Exception {
        Path inbox = tmp.resolve("inbox");
        Path out = tmp.resolve("out");
        uniqueArticles(inbox, GENERATED);
        try (Cluster cluster = new Cluster(tmp, Cluster.SLOW_ENGINE)) {
            Process first = cluster.worker("--slots", "2");
            Process second = cluster.worker("--slots", "2");
            awaitJoined(cluster, first, second);

            // given a manager killed in the middle of the translate step
            Process manager = cluster.command("run", inbox.toString(), "--distributed", "--engine", "counting",
                    "--out", out.toString());
            await("the translate step under way").atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(100))
                    .failFast(() -> assertThat(manager.isAlive()).as(() -> cluster.output(manager)).isTrue())
                    .until(() -> lines(cluster.engineLog(), "SEG ").size() >= 8);
            manager.destroyForcibly();
            assertThat(manager.waitFor(30, TimeUnit.SECONDS)).isTrue();
            // the workers finish the partitions they were sent; restart refuses while they work
            await("the workers done with the partitions they hold").atMost(Duration.ofMinutes(3))
                    .pollInterval(Duration.ofMillis(500))
                    .until(() -> count("SELECT COUNT(*) FROM hb_article WHERE status = 'TRANSLATED'") == GENERATED
                            && count("SELECT COUNT(*) FROM hb_partition WHERE finished_at IS NULL") == 0);

            // when the run is restarted
            Process restart = cluster.command("restart", "1");

            assertThat(restart.waitFor(5, TimeUnit.MINUTES)).isTrue();
            String summary = cluster.output(restart);
            assertThat(restart.exitValue()).as(summary).isZero();
            assertThat(summary).contains("run 1 was interrupted").contains("Run 1 COMPLETED");
        }
        // the workers were not killed: nothing was in flight on a dead process
        assertEveryArticleExportedOnceAndEverySentenceSent(tmp.resolve("engine.log"), GENERATED, out, 0);
    }

    @Test
    void aRunStoppedByItsLimitOnTwoWorkersEndsLimitReachedWithinItAndARestartWithNoLimitFinishesItPayingEachSentenceOnce()
            throws Exception {
        Path inbox = tmp.resolve("inbox");
        Path out = tmp.resolve("out");
        // every article also carries two sentences all of them share: the first article of each
        // partition running at the same moment needs them at once
        uniqueArticles(inbox, GENERATED / 2);
        try (var files = Files.list(inbox)) {
            for (Path article : files.toList()) {
                Files.writeString(article, Files.readString(article) + SHARED, StandardCharsets.UTF_8);
            }
        }
        long limit = 1200;
        try (Cluster cluster = new Cluster(tmp, Cluster.SLOW_ENGINE)) {
            Process first = cluster.worker("--slots", "2");
            Process second = cluster.worker("--slots", "2");
            awaitJoined(cluster, first, second);

            Process manager = cluster.command("run", inbox.toString(), "--distributed", "--engine", "counting",
                    "--max-characters", String.valueOf(limit), "--out", out.toString());

            assertThat(manager.waitFor(5, TimeUnit.MINUTES)).as("the run ends").isTrue();
            String summary = cluster.output(manager);
            assertThat(manager.exitValue()).as(summary).isEqualTo(3);
            assertThat(summary).contains("Run 1 LIMIT_REACHED")
                    .containsPattern("(?m)^  limit      Stopped before passing the run's limit of " + limit
                            + " characters: \\d+ characters sent so far")
                    .contains("resume     hanbridge restart 1 --max-characters " + 2 * limit);
            // all workers together, not each of their partitions, kept within the limit
            assertThat(charactersReceived()).as(summary).isPositive().isLessThanOrEqualTo(limit);
            assertThat(count("SELECT COUNT(DISTINCT worker_id) FROM hb_partition WHERE step = 'translate'"))
                    .isEqualTo(2);

            Process restart = cluster.command("restart", "1", "--max-characters", "0");

            assertThat(restart.waitFor(5, TimeUnit.MINUTES)).isTrue();
            String finished = cluster.output(restart);
            assertThat(restart.exitValue()).as(finished).isZero();
            assertThat(finished).contains("Run 1 COMPLETED").contains("0 untranslated");
        }
        // nothing was killed: the shared sentences too were paid for once, by one worker
        assertEveryArticleExportedOnceAndEverySentenceSent(tmp.resolve("engine.log"), GENERATED / 2, out, 0);
    }

    private long charactersReceived() {
        return lines(tmp.resolve("engine.log"), "RECV ").stream().mapToLong(l -> l.length() - "RECV ".length()).sum();
    }

    private static int sampleCount() throws IOException {
        try (var files = Files.list(SAMPLES)) {
            return (int) files.count();
        }
    }
}
