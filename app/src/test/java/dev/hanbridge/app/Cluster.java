package dev.hanbridge.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.amqp.AmqpException;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitAdmin;

/**
 * Real hanbridge processes of one distributed setup: workers and managers on this machine, joined
 * by the PostgreSQL database of {@code -Dhanbridge.postgres.url} and the RabbitMQ broker of
 * {@code -Dhanbridge.rabbitmq.host}, through a queue of their own (so that no other run's requests,
 * nor those a test left behind, reach them). The {@code counting} engine logs what it is sent to one
 * file that every process appends to. Each process writes its output to a file of its own (a pipe
 * nobody reads would stall a long-lived worker). {@link #close()} kills what is left and drops the queue.
 */
final class Cluster implements AutoCloseable {

    static final String RABBITMQ_PROPERTY = "hanbridge.rabbitmq.host";
    /**
     * The counting engine slow enough that a kill or a restart lands mid-step, one article at a time
     * per partition, so that a request in flight is all a kill can lose.
     */
    static final List<String> SLOW_ENGINE = List.of("-Dhanbridge.engines.counting.delay-ms=300",
            "-Dhanbridge.engines.counting.batch=4", "-Dhanbridge.translate.threads=1");

    private final Path dir;
    private final List<String> engineOptions;
    private final String brokerHost;
    private final int brokerPort;
    private final String queue = "hanbridge.test." + UUID.randomUUID();
    private final List<Process> started = new ArrayList<>();
    private final List<Path> outputs = new ArrayList<>();
    private int count;

    /** @param engineOptions system properties every process gets, e.g. the counting engine's delay */
    Cluster(Path dir, List<String> engineOptions) throws SQLException {
        this(dir, engineOptions, System.getProperty(RABBITMQ_PROPERTY), 5672);
    }

    /** On the broker at {@code brokerHost:brokerPort}, e.g. a {@link TestBroker} the test restarts. */
    Cluster(Path dir, List<String> engineOptions, String brokerHost, int brokerPort) throws SQLException {
        this.dir = dir;
        this.engineOptions = engineOptions;
        this.brokerHost = brokerHost;
        this.brokerPort = brokerPort;
        TestDatabase.emptyPostgres();
    }

    Path engineLog() {
        return dir.resolve("engine.log");
    }

    Process worker(String... args) throws IOException {
        List<String> all = new ArrayList<>(List.of("worker"));
        all.addAll(List.of(args));
        return start("worker", all);
    }

    /** {@code hanbridge ARGS...}, e.g. {@code run --distributed ...} or {@code restart 1}. */
    Process command(String... args) throws IOException {
        return start(args[0], List.of(args));
    }

    /** What the process printed so far. */
    String output(Process process) {
        try {
            return Files.readString(outputFile(process), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(its output could not be read: " + e + ")";
        }
    }

    private Process start(String name, List<String> args) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"),
                "-Dspring.datasource.url=" + TestDatabase.postgresUrl(),
                "-Dspring.datasource.username=hanbridge", "-Dspring.datasource.password=hanbridge",
                "-Dspring.rabbitmq.host=" + brokerHost, "-Dspring.rabbitmq.port=" + brokerPort,
                "-Dhanbridge.distributed.queue=" + queue,
                "-Dhanbridge.engines.counting.log=" + engineLog()));
        command.addAll(engineOptions);
        command.add("dev.hanbridge.app.cli.HanbridgeMain");
        command.addAll(args);
        Path output = dir.resolve(String.format("%02d-%s.out", count++, name));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile())
                .directory(dir.toFile()).start();
        started.add(process);
        outputs.add(output);
        return process;
    }

    private Path outputFile(Process process) {
        return outputs.get(started.indexOf(process));
    }

    @Override
    public void close() {
        started.forEach(Process::destroyForcibly);
        CachingConnectionFactory connections = new CachingConnectionFactory(brokerHost, brokerPort);
        try {
            new RabbitAdmin(connections).deleteQueue(queue);
        } catch (AmqpException e) {
            // A broker the test stopped (and failed before it started it again): its queue goes with it.
            System.err.println("queue " + queue + " not deleted: " + e.getMessage());
        } finally {
            connections.destroy();
        }
    }
}
