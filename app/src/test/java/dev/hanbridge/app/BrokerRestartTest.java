package dev.hanbridge.app;

import static dev.hanbridge.app.DistributedChecks.assertEveryArticleExportedOnceAndEverySentenceSent;
import static dev.hanbridge.app.DistributedChecks.awaitJoined;
import static dev.hanbridge.app.DistributedChecks.partitionsRunningOn;
import static dev.hanbridge.app.DistributedChecks.uniqueArticles;
import static dev.hanbridge.translate.ScriptedEngine.Counting.lines;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * The broker of a distributed run restarted in the middle of its translate step, in real
 * processes: a manager and two workers on a RabbitMQ node of the test's own ({@link TestBroker}),
 * stopped with {@code rabbitmqctl stop} and started again. Opt-in as {@link DistributedRunTest}
 * (the {@code -Dhanbridge.rabbitmq.host} property; the node itself comes from the same Debian
 * package, which .ci/run installs).
 */
@EnabledIfSystemProperty(named = TestDatabase.POSTGRES_PROPERTY, matches = ".+")
@EnabledIfSystemProperty(named = Cluster.RABBITMQ_PROPERTY, matches = ".+")
class BrokerRestartTest {

    private static final int ARTICLES = 24;

    @TempDir
    Path tmp;

    @Test
    void aBrokerRestartedMidTranslateCostsNothingAndTheRunCompletes() throws Exception {
        Path inbox = tmp.resolve("inbox");
        Path out = tmp.resolve("out");
        uniqueArticles(inbox, ARTICLES);
        try (TestBroker broker = new TestBroker(tmp.resolve("broker"))) {
            broker.start();
            try (Cluster cluster = new Cluster(tmp, Cluster.SLOW_ENGINE, broker.host(), broker.port())) {
                Process first = cluster.worker("--slots", "2");
                Process second = cluster.worker("--slots", "2");
                awaitJoined(cluster, first, second);
                Process manager = cluster.command("run", inbox.toString(), "--distributed", "--engine", "counting",
                        "--out", out.toString());
                awaitTranslating(cluster, manager, first);

                // when the broker is stopped and started again (away some 10 s: well within the
                // manager's default broker wait of 60 s)
                broker.stop();
                broker.start();

                // then the workers reconnect, their requests come back from the broker's disk, and
                // the run completes without a restart
                assertThat(manager.waitFor(5, TimeUnit.MINUTES)).as("the run ends").isTrue();
                String summary = cluster.output(manager);
                assertThat(manager.exitValue()).as(summary).isZero();
                assertThat(summary).contains("Run 1 COMPLETED").contains(ARTICLES + " ingested")
                        .contains("0 untranslated");
                assertThat(first.isAlive()).as(cluster.output(first)).isTrue();
                assertThat(second.isAlive()).as(cluster.output(second)).isTrue();
            }
        }
        // no worker died: every partition ran once, so no sentence was sent twice
        assertEveryArticleExportedOnceAndEverySentenceSent(tmp.resolve("engine.log"), ARTICLES, out, 0);
    }

    @Test
    void aBrokerAwayLongerThanTheBrokerWaitFailsTheRunWithTheRestartCommandAndTheRestartFinishesIt()
            throws Exception {
        Path inbox = tmp.resolve("inbox");
        Path out = tmp.resolve("out");
        uniqueArticles(inbox, ARTICLES);
        List<String> options = new java.util.ArrayList<>(Cluster.SLOW_ENGINE);
        options.add("-Dhanbridge.distributed.broker-wait=5s");
        try (TestBroker broker = new TestBroker(tmp.resolve("broker"))) {
            broker.start();
            try (Cluster cluster = new Cluster(tmp, options, broker.host(), broker.port())) {
                Process first = cluster.worker("--slots", "2");
                Process second = cluster.worker("--slots", "2");
                awaitJoined(cluster, first, second);
                Process manager = cluster.command("run", inbox.toString(), "--distributed", "--engine", "counting",
                        "--out", out.toString());
                awaitTranslating(cluster, manager, first);

                // when the broker stops and stays away past the manager's broker wait
                broker.stop();

                // then the run fails, once the partitions already running have finished, saying why
                // and how to go on
                assertThat(manager.waitFor(3, TimeUnit.MINUTES)).as("the run ends without the broker").isTrue();
                String failed = cluster.output(manager);
                assertThat(manager.exitValue()).as(failed).isEqualTo(1);
                assertThat(failed).contains("RabbitMQ at localhost:" + broker.port() + " has not answered for 5 s")
                        .contains("hanbridge restart 1").contains("Run 1 FAILED");

                // and once the broker is back, a restart finishes the run
                broker.start();
                Process restart = cluster.command("restart", "1");
                assertThat(restart.waitFor(5, TimeUnit.MINUTES)).as("the restart ends").isTrue();
                String summary = cluster.output(restart);
                assertThat(restart.exitValue()).as(summary).isZero();
                assertThat(summary).contains("Run 1 COMPLETED").contains("0 untranslated");
            }
        }
        // no worker died: what the first attempt translated was not sent again
        assertEveryArticleExportedOnceAndEverySentenceSent(tmp.resolve("engine.log"), ARTICLES, out, 0);
    }

    /** Until the engine has answered a few times and {@code worker} runs a translate partition. */
    private static void awaitTranslating(Cluster cluster, Process manager, Process worker) {
        await("the translate step under way").atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(100))
                .failFast(() -> assertThat(manager.isAlive()).as(() -> cluster.output(manager)).isTrue())
                .until(() -> lines(cluster.engineLog(), "SEG ").size() >= 8
                        && partitionsRunningOn("translate", worker) > 0);
    }
}
