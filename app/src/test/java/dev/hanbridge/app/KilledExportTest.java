package dev.hanbridge.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.hanbridge.app.web.TestServer;
import tools.jackson.databind.JsonNode;

/**
 * A run killed with SIGKILL while it writes its exports, then the same inbox run again: the new
 * run takes the unfinished articles over, the killed run's folder keeps no file that no table or
 * bundle accounts for, and everything that shows runs says where the work went instead of
 * offering a restart that would find nothing to do.
 */
class KilledExportTest {

    private static final int ARTICLES = 120;

    @TempDir
    Path tmp;

    private HanbridgeProcesses processes;

    @AfterEach
    void killLeftovers() {
        if (processes != null) {
            processes.killAll();
        }
    }

    @Test
    @Disabled("Known defect, issue 14 item 4 reopened: when the kill lands while the first article's files are"
            + " being written, run 2 takes the articles over but run 1 is not marked taken over (taken_over_by stays"
            + " null), so its orphan files stay; fails about half the time here. Re-enable with the fix.")
    void theNextRunTakesOverAKilledExportAndNothingIsLeftBehindOrOfferedForRestart() throws Exception {
        Path inbox = tmp.resolve("inbox");
        Path data = tmp.resolve("data");
        Path out = tmp.resolve("out");
        Fixtures.articles(inbox, ARTICLES, 2);
        processes = new HanbridgeProcesses(tmp);
        Map<String, String> oneExportThread = Map.of("hanbridge.export.threads", "1");

        // given a run killed once its first export files are written, before their chunk is recorded
        Process first = processes.start(oneExportThread, "run", inbox.toString(), "--data", data.toString(),
                "--out", out.toString(), "--formats", "tmx,xliff,html,docx");
        Path runDir = out.resolve("run-1");
        await("the first export files").atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(5))
                .failFast(() -> assertThat(first.isAlive()).as("run 1 ended before it exported").isTrue())
                .until(() -> files(runDir).size() >= 2);
        first.destroyForcibly();
        assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();
        long recordedBefore = CliRunner.count(data, "SELECT COUNT(*) FROM hb_export_file WHERE run_id = 1");
        assertThat((long) files(runDir).size()).as("files the killed export wrote and did not record")
                .isGreaterThan(recordedBefore);

        // when the same inbox is run again
        Process second = processes.start(oneExportThread, "run", inbox.toString(), "--data", data.toString(),
                "--out", out.toString(), "--formats", "tmx,xliff,html,docx");
        String secondOutput = HanbridgeProcesses.output(second);
        assertThat(second.waitFor(3, TimeUnit.MINUTES)).isTrue();
        assertThat(second.exitValue()).as(secondOutput).isZero();

        // then it is run 2, not 33 (H2's identity cache), and it exported every article once
        assertThat(secondOutput).contains("Run 2 COMPLETED");
        assertThat(CliRunner.count(data, "SELECT COUNT(*) FROM hb_article WHERE status = 'EXPORTED'"))
                .isEqualTo(ARTICLES);
        assertThat(CliRunner.count(data, "SELECT COUNT(*) FROM hb_export_file WHERE article_id IS NOT NULL"))
                .isEqualTo(ARTICLES * 4L);
        // and the killed run's folder holds only what its table holds: nothing, here
        List<String> left = files(runDir);
        long recordedNow = CliRunner.count(data, "SELECT COUNT(*) FROM hb_export_file WHERE run_id = 1");
        assertThat((long) left.size()).as("files left in run-1: %s", left).isEqualTo(recordedNow);
        if (recordedNow == 0) {
            assertThat(runDir).doesNotExist();
        }
        assertThat(CliRunner.count(data, "SELECT COUNT(*) FROM hb_run WHERE id = 1 AND status = 'FAILED'"
                + " AND taken_over_by = 2")).isEqualTo(1);

        // and jobs and restart say where the work went
        CliRunner.Result jobs = CliRunner.run("jobs", "--data", data.toString());
        assertThat(jobs.out()).containsPattern("(?m)^1\\s+FAILED").contains("taken over by run 2")
                .doesNotContain("hanbridge restart 1");
        if (recordedNow == 0) {
            CliRunner.Result restart = CliRunner.run("restart", "1", "--data", data.toString());
            assertThat(restart.exitCode()).isEqualTo(2);
            assertThat(restart.err()).contains("run 1 has nothing left to restart: run 2 took over its unfinished");
            assertThat(out.resolve("hanbridge-run-1.zip")).doesNotExist();
        }

        // and so do the server's API and pages
        try (TestServer server = TestServer.start(data, out)) {
            JsonNode run = server.json("/api/runs/1").path("run");
            assertThat(run.path("status").asString()).isEqualTo("FAILED");
            assertThat(run.path("takenOverBy").asLong()).isEqualTo(2);
            assertThat(run.path("links").path("takenOverBy").asString()).isEqualTo("/api/runs/2");
            assertThat(run.path("next").asString()).contains("taken over by run 2");
        }
    }

    private static List<String> files(Path dir) throws java.io.IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (var list = Files.list(dir)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
