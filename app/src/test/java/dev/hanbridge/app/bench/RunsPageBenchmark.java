package dev.hanbridge.app.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.ConfigurableApplicationContext;

import dev.hanbridge.app.HanbridgeApplication;
import dev.hanbridge.common.ArticleStatus;
import dev.hanbridge.common.BlockKind;
import dev.hanbridge.store.ArticleStore;
import dev.hanbridge.store.ExportFileStore;
import dev.hanbridge.store.RunStatus;
import dev.hanbridge.store.RunStore;
import dev.hanbridge.store.SegmentedBlock;

/**
 * The runs page under load: fills a fresh database with runs as cron would leave them (most find
 * nothing new, every fourth exports three new articles of ten segments in three formats), starts
 * {@code hanbridge serve} on it as a process of its own, signs in, and sends
 * {@code /runs} (the page of the 50 newest runs) from 20 clients at once, then {@code /api/runs}
 * and {@code /api/runs/1} for comparison. Each is warmed up first (400 requests, not counted);
 * the report gives requests per second and the latency percentiles of the counted requests.
 *
 * <p>Usage: {@code bench/runs-page.sh [RUNS] [REQUESTS] [CONCURRENCY]} (1000, 2000, 20). It uses
 * only what the server had before the runs were paged, so the same file measures older code.
 */
public final class RunsPageBenchmark {

    private static final int SEGMENTS = 10;
    private static final String TOKEN = "b5c1f0e2a9d84c7f3e6b1a0d9c8f7e6d";
    private static final String[] PLACES = {"부산", "인천", "대구", "광주", "대전", "울산", "수원", "전주", "제주", "강릉"};

    private RunsPageBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int requests = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
        int concurrency = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        Path work = Files.createTempDirectory("hanbridge-runs-page-");
        Path data = work.resolve("data");
        Path out = work.resolve("out");
        Path inbox = Files.createDirectories(work.resolve("inbox"));

        long started = System.nanoTime();
        try (ConfigurableApplicationContext context = HanbridgeApplication.start("--hanbridge.data-dir=" + data,
                "--logging.level.dev.hanbridge=WARN")) {
            // The job costs from a tenth of a second to a second and more per run here, so the
            // runs are recorded as the job records them, through its stores, without running it.
            RunStore runStore = context.getBean(RunStore.class);
            ArticleStore articleStore = context.getBean(ArticleStore.class);
            ExportFileStore fileStore = context.getBean(ExportFileStore.class);
            int articles = 0;
            for (int i = 0; i < runs; i++) {
                long run = runStore.create(inbox.toString(), "none", "html,tmx,xliff", "ko-KR", "en-US", out.toString(),
                        "bench", ProcessHandle.current().pid());
                Path runDir = out.resolve("run-" + run);
                List<Long> ids = new ArrayList<>();
                List<ExportFileStore.ExportFileRow> files = new ArrayList<>();
                for (int a = 0; i % 4 == 0 && a < 3; a++, articles++) {
                    String name = String.format("article-%05d.txt", articles);
                    long id = articleStore.insertIngested(run, inbox.resolve(name).toString(), name,
                            String.format("%064x", articles), 1, "text/plain", "UTF-8", "소식 " + articles,
                            "김서연 기자", null, blocks(articles));
                    ids.add(id);
                    for (String ext : List.of("tmx", "xlf", "html")) {
                        files.add(new ExportFileStore.ExportFileRow(run, id, ext.equals("xlf") ? "xliff" : ext,
                                runDir.resolve("article-" + id + "." + ext).toString(), 4096, "0".repeat(64)));
                    }
                }
                articleStore.setStatus(ids, ArticleStatus.EXPORTED);
                fileStore.recordAll(files);
                runStore.setSkipped(run, articles - ids.size());
                if (!ids.isEmpty()) {
                    runStore.setBundle(run, out.resolve("hanbridge-run-" + run + ".zip").toString());
                }
                runStore.finish(run, RunStatus.COMPLETED, null);
            }
            System.out.printf("Database: %d runs, %d articles of %d segments (3 new ones every fourth run), "
                    + "recorded in %.0f s%n", runs, articles, SEGMENTS, (System.nanoTime() - started) / 1e9);
        }

        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        ProcessBuilder serve = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "dev.hanbridge.app.cli.HanbridgeMain", "serve",
                "--port", String.valueOf(port), "--data", data.toString(), "--out", out.toString())
                .redirectErrorStream(true).redirectOutput(work.resolve("serve.log").toFile());
        serve.environment().put("HANBRIDGE_API_TOKEN", TOKEN);
        Process server = serve.start();
        try {
            URI base = URI.create("http://127.0.0.1:" + port);
            HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                    .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
            awaitHealth(http, base, server, work.resolve("serve.log"));
            signIn(http, base);
            System.out.printf("Server: hanbridge serve on port %d; %d requests per endpoint at concurrency %d, "
                    + "after %d not counted%n", port, requests, concurrency, 400);
            System.out.println("endpoint                 req/s      p50      p90      p99      max  server CPU/req");
            measure(http, base, server, "/runs", false, requests, concurrency);
            measure(http, base, server, "/api/runs", true, requests, concurrency);
            measure(http, base, server, "/api/runs/1", true, requests, concurrency);
        } finally {
            server.destroy();
            server.waitFor(30, TimeUnit.SECONDS);
            server.destroyForcibly();
            deleteTree(work);
        }
    }

    private static void measure(HttpClient http, URI base, Process server, String path, boolean bearer,
            int requests, int concurrency) throws Exception {
        load(http, base, path, bearer, 400, concurrency); // warm-up: the JIT, the database's caches
        long started = System.nanoTime();
        long cpuBefore = cpuMillis(server);
        long[] micros = load(http, base, path, bearer, requests, concurrency);
        double seconds = (System.nanoTime() - started) / 1e9;
        double cpuPerRequest = (cpuMillis(server) - cpuBefore) / (double) requests;
        Arrays.sort(micros);
        System.out.printf("%-20s %9.0f %8s %8s %8s %8s %8.1f ms%n", "GET " + path, requests / seconds,
                ms(micros, 0.50), ms(micros, 0.90), ms(micros, 0.99), ms(micros, 1.0), cpuPerRequest);
    }

    /**
     * The server's CPU time so far (all its threads, the JIT and GC included), from Linux's
     * {@code /proc/PID/stat} in clock ticks of 10 ms: on a machine shared with other work, the
     * latencies depend on what the others do, the CPU a request costs much less.
     */
    private static long cpuMillis(Process process) throws IOException {
        String stat = Files.readString(Path.of("/proc", String.valueOf(process.pid()), "stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10; // utime, stime
    }

    /** Sends {@code requests} requests from {@code concurrency} clients; their latencies in microseconds. */
    private static long[] load(HttpClient http, URI base, String path, boolean bearer, int requests,
            int concurrency) throws Exception {
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60)).GET();
        if (bearer) {
            builder.header("Authorization", "Bearer " + TOKEN);
        }
        HttpRequest request = builder.build();
        long[] micros = new long[requests];
        AtomicInteger next = new AtomicInteger();
        ExecutorService clients = Executors.newFixedThreadPool(concurrency);
        List<Future<?>> done = new ArrayList<>();
        for (int c = 0; c < concurrency; c++) {
            done.add(clients.submit(() -> {
                for (int i = next.getAndIncrement(); i < requests; i = next.getAndIncrement()) {
                    long t = System.nanoTime();
                    HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                    micros[i] = (System.nanoTime() - t) / 1000;
                    if (response.statusCode() != 200) {
                        throw new IllegalStateException("GET " + path + " answered " + response.statusCode());
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        clients.shutdown();
        return micros;
    }

    private static String ms(long[] sortedMicros, double quantile) {
        int index = (int) Math.min(sortedMicros.length - 1, Math.ceil(quantile * sortedMicros.length) - 1);
        return String.format("%.1f ms", sortedMicros[Math.max(0, index)] / 1000.0);
    }

    private static void signIn(HttpClient http, URI base) throws Exception {
        String login = http.send(HttpRequest.newBuilder(base.resolve("/login")).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(login);
        if (!csrf.find()) {
            throw new IllegalStateException("no CSRF token on the sign-in page");
        }
        HttpResponse<String> signedIn = http.send(HttpRequest.newBuilder(base.resolve("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=hanbridge&token="
                        + URLEncoder.encode(TOKEN, StandardCharsets.UTF_8) + "&_csrf=" + csrf.group(1)))
                .build(), HttpResponse.BodyHandlers.ofString());
        String location = signedIn.headers().firstValue("Location").orElse("");
        if (location.contains("error") || location.contains("wait")) {
            throw new IllegalStateException("sign-in refused: " + location);
        }
    }

    private static void awaitHealth(HttpClient http, URI base, Process server, Path log) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (System.nanoTime() < deadline) {
            if (!server.isAlive()) {
                throw new IllegalStateException("hanbridge serve ended:\n" + Files.readString(log));
            }
            try {
                if (http.send(HttpRequest.newBuilder(base.resolve("/api/health")).GET().build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("hanbridge serve did not answer within two minutes");
    }

    /** A title, a byline and four paragraphs of two sentences: {@value #SEGMENTS} segments. */
    private static List<SegmentedBlock> blocks(int n) {
        String place = PLACES[n % PLACES.length];
        List<SegmentedBlock> blocks = new ArrayList<>();
        blocks.add(new SegmentedBlock(BlockKind.TITLE, place + " 소식 " + n + "호", List.of(place + " 소식 " + n + "호")));
        blocks.add(new SegmentedBlock(BlockKind.BYLINE, "김서연 기자", List.of("김서연 기자")));
        for (int p = 0; p < 4; p++) {
            String first = place + "시는 " + n + "번째 기사의 " + p + "번째 문단에서 새 사업을 설명했다.";
            String second = "예산은 " + (100 + n + p) + "억원이다.";
            blocks.add(new SegmentedBlock(BlockKind.PARAGRAPH, first + " " + second, List.of(first, second)));
        }
        return blocks;
    }

    private static void deleteTree(Path root) throws IOException {
        try (var paths = Files.walk(root)) {
            paths.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(p -> p.toFile().delete());
        }
    }
}
