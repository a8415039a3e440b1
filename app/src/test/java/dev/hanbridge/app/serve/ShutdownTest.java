package dev.hanbridge.app.serve;

import static dev.hanbridge.translate.ScriptedEngine.Counting.lines;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.hanbridge.app.TestDatabase;
import dev.hanbridge.app.web.TestServer;
import tools.jackson.databind.JsonNode;

/**
 * A server stopped in the middle of a run leaves it restartable, and the next start finishes it
 * without sending any segment to the engine a second time.
 */
class ShutdownTest {

    @TempDir
    Path tmp;

    @Test
    void runStoppedByShutdownIsResumedByTheNextStart() throws Exception {
        Path inbox = tmp.resolve("inbox");
        Articles.write(inbox, 4, 3);
        Path log = tmp.resolve("engine.log");
        String[] settings = {"--hanbridge.serve.inbox=" + inbox, "--hanbridge.engines.counting.log=" + log,
                "--hanbridge.engines.counting.delay-ms=250", "--hanbridge.engines.counting.batch=2"};
        long runId;
        try (TestServer first = TestServer.start(tmp.resolve("data"), tmp.resolve("out"), settings)) {
            HttpResponse<String> launched = first.postJson("/api/runs",
                    Map.of("inputs", List.of(inbox.toString()), "engine", "counting"));
            assertThat(launched.statusCode()).as(launched.body()).isEqualTo(202);
            runId = TestServer.JSON.readTree(launched.body()).path("id").asLong();
            awaitLines(log, "BEGIN", 3);
            JsonNode working = first.json("/api/runs/" + runId);
            assertThat(working.path("run").path("progress").path("step").asString()).isEqualTo("translate");
        } // the server stops here, as on SIGTERM

        assertThat(query("SELECT status FROM hb_run WHERE id = " + runId)).isEqualTo("FAILED");
        assertThat(query("SELECT message FROM hb_run WHERE id = " + runId)).startsWith(RunService.STOPPED_BY_SHUTDOWN);
        assertThat(query("SELECT e.status FROM hb_run r JOIN batch_job_execution e ON e.job_execution_id = "
                + "r.job_execution_id WHERE r.id = " + runId)).isEqualTo("STOPPED");
        long segments = Long.parseLong(query("SELECT COUNT(*) FROM hb_segment"));
        assertThat(lines(log, "SEG ")).as("stopped before translating everything").hasSizeLessThan((int) segments);

        try (TestServer second = TestServer.start(tmp.resolve("data"), tmp.resolve("out"), settings)) {
            JsonNode done = second.awaitRun(runId, Duration.ofSeconds(90));
            assertThat(done.path("run").path("status").asString()).as(done.toString()).isEqualTo("COMPLETED");
            assertThat(done.path("run").path("articles").asLong()).isEqualTo(4);
        }
        List<String> sent = lines(log, "SEG ");
        assertThat(new HashSet<>(sent)).as("no segment sent twice").hasSameSizeAs(sent);
        assertThat(tmp.resolve("out").resolve("hanbridge-run-" + runId + ".zip")).exists();
    }

    private String query(String sql) throws SQLException {
        return TestDatabase.H2.queryOne(tmp.resolve("data"), sql);
    }

    private static void awaitLines(Path log, String prefix, int count) {
        await("the engine called " + count + " times").atMost(Duration.ofMinutes(1))
                .pollInterval(Duration.ofMillis(20)).until(() -> lines(log, prefix).size() >= count);
    }

}
