package dev.hanbridge.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OtherCommandsTest {

    @TempDir
    Path tmp;

    @Test
    void segmentReadsStandardInputOneBlockPerLine() {
        InputStream old = System.in;
        try {
            System.setIn(new ByteArrayInputStream("첫 문장이다. 둘째 문장이다.\n\n다음 블록이다.\n"
                    .getBytes(StandardCharsets.UTF_8)));
            CliRunner.Result result = CliRunner.run("segment");

            assertThat(result.exitCode()).isZero();
            assertThat(result.out().replace("\r\n", "\n")).isEqualTo("첫 문장이다.\n둘째 문장이다.\n\n다음 블록이다.\n");
        } finally {
            System.setIn(old);
        }
    }

    @Test
    void segmentSaysWhenTheFileIsMissing() {
        CliRunner.Result result = CliRunner.run("segment", tmp.resolve("none.txt").toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("not a file");
    }

    @Test
    void jobsListsRunsWithTheirCounts() throws Exception {
        Path data = tmp.resolve("data");
        Fixtures.articles(tmp.resolve("inbox"), 2, 1);
        assertThat(CliRunner.run("run", tmp.resolve("inbox").toString(), "--data", data.toString(), "--out",
                tmp.resolve("out").toString()).exitCode()).isZero();

        CliRunner.Result result = CliRunner.run("jobs", "--data", data.toString());

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("RUN").containsPattern("(?m)^1\\s+COMPLETED\\s.*none\\s+2\\s+0\\s+0");
    }

    @Test
    void restartRefusesACompletedRun() throws Exception {
        Path data = tmp.resolve("data");
        Fixtures.articles(tmp.resolve("inbox"), 1, 1);
        CliRunner.run("run", tmp.resolve("inbox").toString(), "--data", data.toString(), "--out",
                tmp.resolve("out").toString());

        CliRunner.Result result = CliRunner.run("restart", "1", "--data", data.toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("run 1 has completed");
    }

    @Test
    void helpListsTheCommands() {
        CliRunner.Result result = CliRunner.run("--help");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("run").contains("segment").contains("jobs").contains("restart");
    }
}
