package dev.hanbridge.app;

import static dev.hanbridge.translate.ScriptedEngine.Counting.lines;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a real hanbridge process with SIGKILL in the middle of the translate step, restarts the
 * run, and checks that nothing was lost or duplicated, that nothing answered was asked for again,
 * and that what reached the provider twice is bounded by the requests in flight at each kill.
 */
class RestartAfterKillTest {

    private static final int ARTICLES = 6;
    private static final int PARAGRAPHS = 3;

    @TempDir
    Path tmp;

    /** Killed after each test, so that a test failing while one works leaves no process behind. */
    private final List<Process> started = new ArrayList<>();

    @Test
    void restartAfterSigkillFinishesWithoutDuplicatesOrAskingForAnAnswerTwice() throws Exception {
        killMidTranslateThenResume(false);
    }

    @Test
    void runningTheSameInboxAgainAfterSigkillTakesOverWithoutAskingForAnAnswerTwice() throws Exception {
        killMidTranslateThenResume(true);
    }

    /**
     * The README's crash-cost sentence: the texts of the requests in flight at a kill, at most one
     * batch per translate thread, reach the provider again on restart; nothing answered does.
     * Counted from what the provider received (RECV, logged as a request arrives), not only from
     * what it answered.
     */
    @Test
    void eachKillCostsAtMostTheBatchesInFlightOnePerThread() throws Exception {
        int threads = 2;
        int batch = 4;
        int kills = 3;
        Path inbox = tmp.resolve("inbox");
        Path data = tmp.resolve("data");
        Path log = tmp.resolve("engine.log");
        Fixtures.articles(inbox, 12, 3);

        Process process = hanbridge(log, threads, "run", inbox.toString(), "--engine", "counting", "--data",
                data.toString(), "--out", tmp.resolve("out").toString());
        for (int k = 0; k < kills; k++) {
            // More than one batch received by this process: the latest request is in flight now.
            waitForLines(log, "RECV ", lines(log, "RECV ").size() + batch + 1, process);
            process.destroyForcibly();
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
            process = hanbridge(log, threads, "restart", "1", "--data", data.toString());
        }
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(3, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();

        List<String> received = lines(log, "RECV ");
        long receivedTwice = received.size() - new HashSet<>(received).size();
        assertThat(receivedTwice).as("texts the provider received twice").isGreaterThanOrEqualTo(kills)
                .isLessThanOrEqualTo((long) kills * threads * batch);
        // With two threads a kill may land after one thread's answer and before its commit: that text
        // was in flight too, and counts among the ones received twice.
        List<String> answered = lines(log, "SEG ");
        assertThat((long) answered.size() - new HashSet<>(answered).size()).as("texts answered twice")
                .isLessThanOrEqualTo(receivedTwice);
        assertThat(new HashSet<>(received)).hasSize((int) CliRunner.count(data,
                "SELECT COUNT(DISTINCT source_hash) FROM hb_segment"));
        assertThat(CliRunner.count(data, "SELECT COUNT(*) FROM hb_segment"))
                .isEqualTo(CliRunner.count(data, "SELECT COUNT(*) FROM hb_translation"));
    }

    private void killMidTranslateThenResume(boolean runAgain) throws Exception {
        Path inbox = tmp.resolve("inbox");
        Path data = tmp.resolve("data");
        Path out = tmp.resolve("out");
        Path log = tmp.resolve("engine.log");
        Fixtures.articles(inbox, ARTICLES, PARAGRAPHS);

        // given a run that is translating, slowly, four segments per request
        Process first = hanbridge(log, "run", inbox.toString(), "--engine", "counting", "--data", data.toString(),
                "--out", out.toString());
        // when the third request is in flight (the first two answered and stored), kill -9 it
        waitForLines(log, "BEGIN", 3, first);
        first.destroyForcibly();
        assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(first.exitValue()).isNotZero();
        long sentBeforeKill = lines(log, "SEG ").size();
        assertThat(sentBeforeKill).isPositive();

        // and it is restarted, or the same inbox is run again
        Process restart = runAgain
                ? hanbridge(log, "run", inbox.toString(), "--engine", "counting", "--data", data.toString(), "--out",
                        out.toString())
                : hanbridge(log, "restart", "1", "--data", data.toString());
        String restartOutput = new String(restart.getInputStream().readAllBytes());
        assertThat(restart.waitFor(3, TimeUnit.MINUTES)).isTrue();
        assertThat(restart.exitValue()).as(restartOutput).isZero();
        // H2 hands out ids from a cached sequence, so after a kill the next run's id may skip ahead
        var completed = java.util.regex.Pattern.compile("Run (\\d+) COMPLETED").matcher(restartOutput);
        assertThat(completed.find()).as(restartOutput).isTrue();
        String run = completed.group(1);
        if (runAgain) {
            assertThat(run).isNotEqualTo("1");
        } else {
            assertThat(run).isEqualTo("1");
        }

        // then no segment was sent twice, and every unique segment was sent once
        List<String> sent = lines(log, "SEG ");
        assertThat(new HashSet<>(sent)).as("segments sent more than once").hasSameSizeAs(sent);
        assertThat((long) sent.size()).isGreaterThan(sentBeforeKill)
                .isEqualTo(CliRunner.count(data, "SELECT COUNT(DISTINCT source_hash) FROM hb_segment"));
        // no duplicate articles or segments, every segment translated, every article exported once
        assertThat(CliRunner.count(data, "SELECT COUNT(*) FROM hb_article")).isEqualTo(ARTICLES);
        assertThat(CliRunner.count(data, "SELECT COUNT(*) FROM hb_article WHERE status = 'EXPORTED'"))
                .isEqualTo(ARTICLES);
        assertThat(CliRunner.count(data, "SELECT COUNT(*) FROM hb_segment"))
                .isEqualTo(CliRunner.count(data, "SELECT COUNT(*) FROM hb_translation"));
        assertThat(CliRunner.count(data, "SELECT COUNT(*) FROM (SELECT block_id, position FROM hb_segment"
                + " GROUP BY block_id, position HAVING COUNT(*) > 1) d")).isZero();
        assertThat(CliRunner.count(data, "SELECT COUNT(*) FROM hb_export_file WHERE article_id IS NOT NULL"))
                .isEqualTo(ARTICLES * 3L);
        Set<String> tmx = new HashSet<>();
        try (var files = Files.list(out.resolve("run-" + run))) {
            files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".tmx")).forEach(tmx::add);
        }
        assertThat(tmx).hasSize(ARTICLES);
        assertThat(out.resolve("hanbridge-run-" + run + ".zip")).exists();
        if (runAgain) {
            assertThat(CliRunner.count(data, "SELECT COUNT(*) FROM hb_run WHERE id = 1 AND status = 'FAILED'"
                    + " AND message LIKE 'interrupted%'")).isEqualTo(1);
        }
    }

    private Process hanbridge(Path log, String... args) throws IOException {
        return hanbridge(log, 1, args);
    }

    private Process hanbridge(Path log, int threads, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                "-Dhanbridge.engines.counting.log=" + log,
                "-Dhanbridge.engines.counting.delay-ms=400",
                "-Dhanbridge.engines.counting.batch=4",
                // One article at a time by default, so that "the third request began" means "the
                // first two answers are stored": the kill then lands on a request in flight, never
                // between an answer and its commit (a window no process can close).
                "-Dhanbridge.translate.threads=" + threads,
                "dev.hanbridge.app.cli.HanbridgeMain"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.PIPE).directory(tmp.toFile()).start();
        started.add(process);
        return process;
    }

    private static void waitForLines(Path log, String prefix, int count, Process process) {
        await("the engine called " + count + " times").atMost(Duration.ofMinutes(2))
                .pollInterval(Duration.ofMillis(20))
                .failFast(() -> assertThat(process.isAlive()).as(() -> "hanbridge ended before the engine was called "
                        + count + " times:\n" + output(process)).isTrue())
                .until(() -> lines(log, prefix).size() >= count);
    }

    private static String output(Process process) {
        try {
            return new String(process.getInputStream().readAllBytes());
        } catch (IOException e) {
            return "(its output could not be read: " + e + ")";
        }
    }

    @AfterEach
    void stopProcessesLeftRunning() {
        started.forEach(Process::destroyForcibly);
    }


}
