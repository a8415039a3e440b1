package dev.hanbridge.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code hanbridge} commands in child JVMs on the test class path, for tests that kill a real
 * process with SIGKILL. Every process started is remembered, so that {@link #killAll()} after a
 * test leaves none behind.
 */
final class HanbridgeProcesses {

    private final Path workDir;
    private final List<Process> started = new ArrayList<>();

    /** @param workDir where the processes run: relative paths resolve there */
    HanbridgeProcesses(Path workDir) {
        this.workDir = workDir;
    }

    /**
     * Starts {@code hanbridge ARGS} with these system properties ({@code -Dkey=value}); standard
     * output and error go together to the process's input stream.
     */
    Process start(Map<String, String> properties, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path")));
        properties.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.add("dev.hanbridge.app.cli.HanbridgeMain");
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.PIPE).directory(workDir.toFile()).start();
        synchronized (started) {
            started.add(process);
        }
        return process;
    }

    /** What the process printed so far and until it ends. */
    static String output(Process process) {
        try {
            return new String(process.getInputStream().readAllBytes());
        } catch (IOException e) {
            return "(its output could not be read: " + e + ")";
        }
    }

    void killAll() {
        synchronized (started) {
            started.forEach(Process::destroyForcibly);
        }
    }
}
