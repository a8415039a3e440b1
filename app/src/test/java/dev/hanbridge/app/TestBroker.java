package dev.hanbridge.app;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A RabbitMQ node of the test's own, on free ports of this machine, that the test stops and starts
 * again: a real broker restart (connections dropped, the durable queue and its persistent messages
 * read back from disk) without touching the broker that other tests or builds on the machine use.
 * Started from Debian's {@code rabbitmq-server} package (what .ci/run installs), with its data,
 * logs and Erlang cookie in {@code dir}, no configuration file and no plugins.
 */
final class TestBroker implements AutoCloseable {

    private static final Path BIN = Path.of("/usr/lib/rabbitmq/bin");

    private final Path dir;
    private final String node;
    private final int port;
    private final int distributionPort;
    private Process server;

    TestBroker(Path dir) throws IOException {
        this.dir = Files.createDirectories(dir);
        if (!Files.isExecutable(BIN.resolve("rabbitmq-server"))) {
            throw new IllegalStateException("this test starts a RabbitMQ node of its own and needs Debian's "
                    + "rabbitmq-server package (" + BIN + "); apt-get install rabbitmq-server");
        }
        this.node = "hanbridge-test-" + ProcessHandle.current().pid() + "-" + System.nanoTime() % 100_000 + "@localhost";
        this.port = freePort();
        this.distributionPort = freePort();
        Files.writeString(dir.resolve("enabled_plugins"), "[].\n");
    }

    String host() {
        return "localhost";
    }

    int port() {
        return port;
    }

    /** Starts the node and returns once it takes AMQP connections. */
    void start() throws IOException {
        ProcessBuilder builder = new ProcessBuilder(BIN.resolve("rabbitmq-server").toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("server.out").toFile()))
                .directory(dir.toFile());
        Map<String, String> env = builder.environment();
        env.putAll(environment());
        env.put("RABBITMQ_NODE_PORT", Integer.toString(port));
        env.put("RABBITMQ_DIST_PORT", Integer.toString(distributionPort));
        env.put("RABBITMQ_NODE_IP_ADDRESS", "127.0.0.1");
        env.put("RABBITMQ_MNESIA_BASE", dir.resolve("mnesia").toString());
        env.put("RABBITMQ_LOG_BASE", dir.resolve("log").toString());
        env.put("RABBITMQ_CONFIG_FILE", dir.resolve("no-config").toString());
        env.put("RABBITMQ_ENABLED_PLUGINS_FILE", dir.resolve("enabled_plugins").toString());
        env.put("RABBITMQ_PID_FILE", dir.resolve("node.pid").toString());
        server = builder.start();
        Process started = server;
        await("RabbitMQ node " + node + " takes connections").atMost(Duration.ofMinutes(2))
                .pollInterval(Duration.ofMillis(250))
                .failFast(() -> {
                    if (!started.isAlive()) {
                        throw new IllegalStateException("the RabbitMQ node ended: " + output());
                    }
                })
                .until(this::takesConnections);
    }

    /** Stops the node the way {@code rabbitmqctl stop} does (an operator's restart), and waits for it to end. */
    void stop() throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(BIN.resolve("rabbitmqctl").toString(), "-n", node, "stop")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("ctl.out").toFile()))
                .directory(dir.toFile());
        builder.environment().putAll(environment());
        Process ctl = builder.start();
        if (!ctl.waitFor(1, TimeUnit.MINUTES) || !server.waitFor(1, TimeUnit.MINUTES)) {
            // The script waits on the Erlang VM it started: killing the script alone would leave the node.
            server.descendants().forEach(ProcessHandle::destroyForcibly);
            server.destroyForcibly();
            server.waitFor(30, TimeUnit.SECONDS);
        }
    }

    private Map<String, String> environment() {
        // HOME: the node and rabbitmqctl find the same Erlang cookie there.
        return Map.of("HOME", dir.toString(), "RABBITMQ_NODENAME", node);
    }

    private boolean takesConnections() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private String output() {
        try {
            List<String> lines = Files.readAllLines(dir.resolve("server.out"));
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
        } catch (IOException e) {
            return "(no output: " + e + ")";
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() throws IOException, InterruptedException {
        if (server != null && server.isAlive()) {
            stop();
        }
    }
}
