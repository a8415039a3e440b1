package dev.hanbridge.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@code hanbridge serve} refuses before it starts anything. */
class ServeCommandTest {

    @TempDir
    Path tmp;

    @Test
    void refusesToListenBeyondLoopbackWithoutAToken() throws Exception {
        // A child process with no HANBRIDGE_API_TOKEN, whatever the environment of the build.
        ProcessBuilder builder = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "dev.hanbridge.app.cli.HanbridgeMain",
                "serve", "--bind", "0.0.0.0", "--port", "0", "--data", tmp.resolve("data").toString()))
                .redirectErrorStream(true);
        builder.environment().remove("HANBRIDGE_API_TOKEN");
        Process process = builder.start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(output).isEqualTo(2);
        assertThat(output).contains("refusing to listen on 0.0.0.0 without HANBRIDGE_API_TOKEN")
                .contains("--bind 127.0.0.1");
        assertThat(tmp.resolve("data")).doesNotExist();
    }

    @Test
    void refusesToListenBeyondLoopbackWithAWeakToken() throws Exception {
        // A one-character token was accepted on 0.0.0.0.
        ProcessBuilder builder = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "dev.hanbridge.app.cli.HanbridgeMain",
                "serve", "--bind", "0.0.0.0", "--port", "0", "--data", tmp.resolve("data").toString()))
                .redirectErrorStream(true);
        builder.environment().put("HANBRIDGE_API_TOKEN", "q");
        Process process = builder.start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(output).isEqualTo(2);
        assertThat(output).contains("refusing to listen on 0.0.0.0 with a weak HANBRIDGE_API_TOKEN")
                .contains("at least 128");
        assertThat(tmp.resolve("data")).doesNotExist();
    }

    @Test
    void refusesAScheduleThatIsNotACronExpression() throws Exception {
        Path inbox = Files.createDirectories(tmp.resolve("inbox"));
        CliRunner.Result result = CliRunner.run("serve", "--inbox", inbox.toString(), "--schedule", "every 15 minutes",
                "--data", tmp.resolve("data").toString());
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("not a cron expression").contains("0 */15 * * * *");
    }

    @Test
    void refusesAScheduleWithoutAnInbox() {
        CliRunner.Result result = CliRunner.run("serve", "--schedule", "0 */15 * * * *", "--data",
                tmp.resolve("data").toString());
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("--schedule and --inbox go together");
    }

    @Test
    void helpListsServe() {
        CliRunner.Result result = CliRunner.run("--help");
        assertThat(result.out()).contains("serve");
    }
}
