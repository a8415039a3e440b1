package dev.hanbridge.app.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.rabbitmq.client.ConnectionFactory;
import org.springframework.amqp.AmqpException;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitAdmin;

import dev.hanbridge.translate.ScriptedEngine;

/**
 * Distributed runs with 1 and with 2 workers (issue #16): N generated articles, each sentence
 * unique, through {@code hanbridge run --distributed} with the {@code counting} test engine
 * answering every request after a fixed latency (no rate limit). Each configuration starts on an
 * empty database: the workers' processes, then the manager's, timed from the manager's start to its
 * end; the steps' times are the manager's own lines. Run by bench/distributed.sh, which says what it
 * needs (PostgreSQL, RabbitMQ).
 */
public final class DistributedBenchmark {

    private static final Pattern STEP = Pattern.compile("^(ingest|translate|export|bundle)\\s.*\\((\\d+\\.\\d) s\\)",
            Pattern.MULTILINE);

    /** The queue of the configuration now running, for the shutdown hook; null between configurations. */
    private static volatile String runningQueue;

    private DistributedBenchmark() {
    }

    /** Arguments: articles, latency in ms, slots per worker, translate threads per slot, worker counts... */
    public static void main(String[] args) throws Exception {
        int n = Integer.parseInt(args[0]);
        int latencyMs = Integer.parseInt(args[1]);
        int slots = Integer.parseInt(args[2]);
        int threads = Integer.parseInt(args[3]);
        String unreachable = unreachableService();
        if (unreachable != null) {
            System.err.println("bench/distributed.sh: " + unreachable);
            System.exit(1);
        }
        // In memory where there is /dev/shm: the counting engine syncs its log at every sentence, and
        // on a disk that would be what is measured rather than the engine's latency.
        Path shm = Path.of("/dev/shm");
        Path dir = Files.isDirectory(shm) ? Files.createTempDirectory(shm, "hanbridge-dist-bench")
                : Files.createTempDirectory("hanbridge-dist-bench");
        // A shutdown hook rather than a finally: it also runs when Ctrl-C or SIGTERM ends the
        // benchmark, and in /dev/shm what is left behind holds memory until the machine restarts.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stopChildren();
            deleteQuietly(dir);
            String queue = runningQueue;
            if (queue != null) { // stopped mid-configuration: the queue would keep its requests
                deleteQueue(queue);
            }
        }));
        try {
            measure(args, dir, n, latencyMs, slots, threads);
        } catch (IllegalStateException | SQLException | AmqpException e) { // the run's output or the service says why
            System.err.println("bench/distributed.sh: " + e.getMessage());
            System.exit(1);
        }
    }

    private static void measure(String[] args, Path dir, int n, int latencyMs, int slots, int threads)
            throws Exception {
        Path inbox = dir.resolve("inbox");
        articles(inbox, n);
        System.out.printf("%d articles, 8 sentences each; engine latency %d ms per request; each worker %d slots x %d "
                + "translate threads; %d partitions per step%n", n, latencyMs, slots, threads, 16);
        System.out.println("workers  total s  articles/s  ingest s  translate s  translate art/s  export s  bundle s"
                + "  sent once");
        // Worker counts may repeat (1 2 1 2 1 2): the step's time for each count is the median of
        // its runs, so that a slow phase of the database in one run does not decide the ratio.
        Map<Integer, List<Double>> translateSeconds = new TreeMap<>();
        for (int i = 4; i < args.length; i++) {
            int workers = Integer.parseInt(args[i]);
            Result r = run(dir, inbox, n, workers, latencyMs, slots, threads);
            translateSeconds.computeIfAbsent(workers, w -> new ArrayList<>()).add(r.steps[1]);
            System.out.printf("%7d  %7.1f  %10.1f  %8.1f  %11.1f  %15.1f  %8.1f  %8.1f  %s%n", workers, r.total,
                    n / r.total, r.steps[0], r.steps[1], n / r.steps[1], r.steps[2], r.steps[3], r.sentOnce);
        }
        if (translateSeconds.size() > 1) {
            List<Integer> counts = List.copyOf(translateSeconds.keySet());
            int fewest = counts.get(0);
            double base = median(translateSeconds.get(fewest));
            for (int workers : counts.subList(1, counts.size())) {
                List<Double> runs = translateSeconds.get(workers);
                System.out.printf("translate step, %d workers vs %d: %.2f x (median of %d and %d runs: %.1f s and %.1f s)%n",
                        workers, fewest, base / median(runs), runs.size(), translateSeconds.get(fewest).size(),
                        median(runs), base);
            }
        }
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int mid = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(mid) : (sorted.get(mid - 1) + sorted.get(mid)) / 2;
    }

    record Result(double total, double[] steps, String sentOnce) {
    }

    private static Result run(Path dir, Path inbox, int n, int workers, int latencyMs, int slots, int threads)
            throws Exception {
        emptyDatabase();
        Path work = Files.createDirectories(dir.resolve("run-" + workers + "-workers"));
        Path engineLog = work.resolve("engine.log");
        Files.deleteIfExists(engineLog); // a configuration's earlier round wrote one
        String queue = "hanbridge.bench." + UUID.randomUUID();
        runningQueue = queue;
        List<String> common = List.of("-Dhanbridge.distributed.queue=" + queue,
                "-Dhanbridge.engines.counting.log=" + engineLog,
                "-Dhanbridge.engines.counting.delay-ms=" + latencyMs,
                "-Dhanbridge.translate.threads=" + threads);
        List<Process> started = new ArrayList<>();
        try {
            for (int w = 0; w < workers; w++) {
                Path out = work.resolve("worker-" + w + ".out");
                started.add(start(common, out, "worker", "--slots", String.valueOf(slots)));
                awaitLine(out, "works on partitions", started.get(w));
            }
            Path managerOut = work.resolve("manager.out");
            long t0 = System.nanoTime();
            Process manager = start(common, managerOut, "run", inbox.toString(), "--distributed", "--engine",
                    "counting", "--out", work.resolve("out").toString());
            started.add(manager);
            if (!manager.waitFor(60, TimeUnit.MINUTES) || manager.exitValue() != 0) {
                throw new IllegalStateException("the run failed:\n" + Files.readString(managerOut));
            }
            double total = (System.nanoTime() - t0) / 1e9;
            String output = Files.readString(managerOut);
            double[] steps = new double[4];
            Matcher m = STEP.matcher(output);
            while (m.find()) {
                steps[List.of("ingest", "translate", "export", "bundle").indexOf(m.group(1))] = Double.parseDouble(m.group(2));
            }
            List<String> sent = ScriptedEngine.Counting.lines(engineLog, "SEG ");
            long sentences = count("SELECT COUNT(DISTINCT source_hash) FROM hb_segment");
            String sentOnce = new HashSet<>(sent).size() == sent.size() && sent.size() == sentences ? "yes"
                    : "NO (" + sent.size() + " sent, " + new HashSet<>(sent).size() + " distinct, " + sentences
                            + " sentences)";
            return new Result(total, steps, sentOnce);
        } finally {
            started.forEach(Process::destroy);
            for (Process p : started) {
                p.waitFor(30, TimeUnit.SECONDS);
            }
            deleteOutputs(work);
            deleteQueue(queue);
            runningQueue = null;
        }
    }

    private static void deleteQueue(String queue) {
        CachingConnectionFactory connections = broker();
        try {
            new RabbitAdmin(connections).deleteQueue(queue);
        } finally {
            connections.destroy();
        }
    }

    private static Process start(List<String> options, Path out, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path")));
        command.addAll(options);
        command.add("dev.hanbridge.app.cli.HanbridgeMain");
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.toFile()).start();
    }

    private static void awaitLine(Path out, String text, Process process) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (!(Files.exists(out) && Files.readString(out).contains(text))) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                throw new IllegalStateException("a worker did not start:\n" + Files.readString(out));
            }
            Thread.sleep(200);
        }
    }

    private static void deleteOutputs(Path work) throws IOException {
        deleteTree(work.resolve("out"));
    }

    /** Deletes a folder and everything in it; nothing when it is not there. */
    private static void deleteTree(Path root) throws IOException {
        if (Files.exists(root)) {
            try (var paths = Files.walk(root)) {
                for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    /**
     * Why PostgreSQL or RabbitMQ cannot be used, in one line, or null when both answer: checked
     * before any article is written, so that a missing service costs seconds, not a stack trace
     * after the first configuration's workers have started.
     */
    private static String unreachableService() {
        String url = System.getenv("SPRING_DATASOURCE_URL");
        DriverManager.setLoginTimeout(5);
        try (Connection c = connect()) {
            c.getMetaData(); // connected and logged in
        } catch (SQLException e) {
            return "needs PostgreSQL at " + url + " as user " + System.getenv("SPRING_DATASOURCE_USERNAME")
                    + " (README, Scale-out; SPRING_DATASOURCE_URL, _USERNAME, _PASSWORD pick another): "
                    + e.getMessage();
        }
        // The client's own factory, as the caching one configured it: the caching one logs each attempt.
        ConnectionFactory rabbit = broker().getRabbitConnectionFactory();
        try {
            rabbit.newConnection().close();
        } catch (IOException | TimeoutException e) {
            return "needs RabbitMQ at " + rabbit.getHost() + ":" + rabbit.getPort() + " as user " + rabbit.getUsername()
                    + " (README, Scale-out; SPRING_RABBITMQ_HOST, _PORT, _USERNAME, _PASSWORD pick another): " + e;
        }
        return null;
    }

    /** The broker the workers use: Spring Boot's variables, with its defaults where one is not set. */
    private static CachingConnectionFactory broker() {
        CachingConnectionFactory connections = new CachingConnectionFactory(env("SPRING_RABBITMQ_HOST", "localhost"),
                Integer.parseInt(env("SPRING_RABBITMQ_PORT", "5672")));
        connections.setUsername(env("SPRING_RABBITMQ_USERNAME", "guest"));
        connections.setPassword(env("SPRING_RABBITMQ_PASSWORD", "guest"));
        return connections;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    /**
     * Workers and the manager still running when the benchmark is stopped (Ctrl-C reaches them too,
     * SIGTERM to this process alone does not): they write into the folder about to be deleted.
     */
    private static void stopChildren() {
        List<ProcessHandle> children = ProcessHandle.current().children().filter(ProcessHandle::isAlive).toList();
        children.forEach(ProcessHandle::destroy);
        for (ProcessHandle child : children) {
            try {
                child.onExit().get(30, TimeUnit.SECONDS);
            } catch (InterruptedException | ExecutionException | TimeoutException e) {
                child.destroyForcibly();
            }
        }
    }

    private static void deleteQuietly(Path dir) {
        try {
            deleteTree(dir);
        } catch (IOException | UncheckedIOException e) {
            System.err.println("bench/distributed.sh: could not delete " + dir + " (" + e.getMessage()
                    + "); delete it by hand");
        }
    }

    /** The database of SPRING_DATASOURCE_URL, emptied: Flyway makes the schema anew. */
    private static void emptyDatabase() throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA public CASCADE");
            s.execute("CREATE SCHEMA public");
        }
    }

    /** {@code n} plain-text articles in which no sentence repeats, so that each costs one engine call. */
    private static void articles(Path dir, int n) throws IOException {
        Files.createDirectories(dir);
        for (int i = 0; i < n; i++) {
            StringBuilder text = new StringBuilder();
            text.append("새 도서관 계획 발표 ").append(i).append("호\n\n");
            text.append("기자 ").append(i).append("번\n\n");
            for (int p = 0; p < 3; p++) {
                text.append("시는 ").append(i).append("번째 기사의 ").append(p).append("번째 문단에서 새 사업을 설명했다. 예산은 ")
                        .append(100 + i).append("억원이며 주민 ").append(p + 1).append("만 명이 혜택을 받는다고 ")
                        .append(i).append("일 밝혔다.\n\n");
            }
            Files.writeString(dir.resolve(String.format("article-%05d.txt", i)), text, StandardCharsets.UTF_8);
        }
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(System.getenv("SPRING_DATASOURCE_URL"),
                System.getenv("SPRING_DATASOURCE_USERNAME"), System.getenv("SPRING_DATASOURCE_PASSWORD"));
    }

    private static long count(String sql) throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
