package dev.hanbridge.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
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

    @Test
    void packagedJarIngestsEverySampleArticle() throws Exception {
        String jar = System.getProperty("hanbridge.jar");
        String samples = System.getProperty("hanbridge.samples");
        Process process = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar, "run", samples, "--data", tmp.resolve("data").toString(), "--out",
                tmp.resolve("out").toString()))
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(3, TimeUnit.MINUTES)).isTrue();

        assertThat(process.exitValue()).as(output).isZero();
        assertThat(output).contains("Run 1 COMPLETED").contains("8 ingested").contains("0 failed");
        assertThat(tmp.resolve("out/hanbridge-run-1.zip")).exists();
    }
}
