package dev.hanbridge.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the distributed commands say when they cannot work, without a broker or PostgreSQL at hand. */
class DistributedCommandsTest {

    @TempDir
    Path tmp;

    @Test
    void aDistributedRunOnTheEmbeddedDatabaseIsRefusedBeforeItIsRecordedNamingTheSettings() throws Exception {
        Path inbox = tmp.resolve("inbox");
        Path data = tmp.resolve("data");
        Fixtures.articles(inbox, 1, 1);

        CliRunner.Result result = CliRunner.run("run", inbox.toString(), "--distributed", "--data", data.toString(),
                "--out", tmp.resolve("out").toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("distributed runs need a database every worker reaches")
                .contains("SPRING_DATASOURCE_URL").contains("Scale-out");
        assertThat(CliRunner.count(data, "SELECT COUNT(*) FROM hb_run")).isZero();
    }

    @Test
    void aWorkerOnTheEmbeddedDatabaseIsRefusedNamingTheSettings() {
        CliRunner.Result result = CliRunner.run("worker", "--data", tmp.resolve("data").toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("SPRING_DATASOURCE_URL");
    }

    @Test
    void aWorkerNeedsAtLeastOneSlot() {
        CliRunner.Result result = CliRunner.run("worker", "--slots", "0", "--data", tmp.resolve("data").toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("--slots must be 1 or more");
    }
}
