package dev.hanbridge.translate.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * Regression: {@code bench/local-engine.sh} ({@code java -cp} with 83 jars, 7 KB) died with
 * SIGSEGV and no error report while ONNX Runtime loaded, a recursion in libonnxruntime that deepens
 * with the command line overflowing the main thread's 1 MB stack. The runtime now loads it on a
 * thread with a large stack; this runs a JVM with a 20 KB command line to prove it.
 */
class LongCommandLineTest {

    /** The child JVM: opens the tiny model and translates one sentence. */
    public static void main(String[] args) {
        try (MarianTranslator marian = MarianTranslator.open(Path.of(args[0]), MarianOptions.defaults().withThreads(1))) {
            System.out.println("translated: " + !marian.translate(List.of("정부는 올해 반도체 투자를 확대한다고 밝혔다."))
                    .get(0).isBlank());
        }
    }

    @Test
    void loadsOnnxRuntimeInAJvmWithAVeryLongCommandLine() throws IOException, InterruptedException {
        StringBuilder classPath = new StringBuilder(System.getProperty("java.class.path"));
        for (int i = 0; i < 400; i++) {
            classPath.append(java.io.File.pathSeparator).append("/nonexistent/padding-for-a-long-command-line-")
                    .append(i).append(".jar");
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", classPath.toString(), LongCommandLineTest.class.getName(),
                TinyMarian.folder().toString()));
        assertThat(String.join(" ", command).length()).isGreaterThan(20_000);

        Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(child.waitFor(120, TimeUnit.SECONDS)).isTrue();

        assertThat(child.exitValue()).as(output).isZero();
        assertThat(output).contains("translated: true");
    }
}
