package dev.hanbridge.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's Quick start, on the packaged jar with its own class path (not the test class
 * path, which carries test-scoped libraries the application would lack).
 */
class QuickStartIT {

    @TempDir
    Path tmp;

    /**
     * On a machine without internet, with no engine chosen and no local model: the run tries to
     * fetch the model, cannot reach the host (here a local port nothing listens on, never
     * huggingface.co) and completes as prepare-only, with one line saying why and how to get it.
     */
    @Test
    void packagedJarIngestsEverySampleArticleAndOfflineSaysInOneLineHowToGetTheModel() throws Exception {
        String jar = System.getProperty("hanbridge.jar");
        String samples = System.getProperty("hanbridge.samples");
        ProcessBuilder builder = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-jar", jar, "run", samples, "--data", tmp.resolve("data").toString(), "--out",
                tmp.resolve("out").toString())).redirectErrorStream(true);
        builder.environment().remove("HANBRIDGE_ENGINE");
        builder.environment().put("HANBRIDGE_MODELS", tmp.resolve("models").toString());
        builder.environment().put("HANBRIDGE_ENGINES_LOCAL_BASE_URL", "http://127.0.0.1:" + closedPort());
        long start = System.nanoTime();
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(3, TimeUnit.MINUTES)).isTrue();

        assertThat(process.exitValue()).as(output).isZero();
        assertThat(output).contains("Run 1 COMPLETED").contains("(engine: none)").contains("8 ingested")
                .contains("0 failed");
        assertThat(output.lines().filter(l -> l.contains("local model") || l.contains("models pull")))
                .singleElement().asString()
                .startsWith("  note       prepare-only (engine 'none'), no local model: Cannot reach")
                .contains("Copy a model folder to " + tmp.resolve("models").resolve("Xenova--opus-mt-ko-en"))
                .contains("run 'hanbridge models pull' where there is internet");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMinutes(2));
        assertThat(tmp.resolve("out/hanbridge-run-1.zip")).exists();
        assertThat(tmp.resolve("models/Xenova--opus-mt-ko-en")).doesNotExist();
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
