package dev.hanbridge.app.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.tika.config.ServiceLoader;
import org.apache.tika.detect.DefaultDetector;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.mime.MimeTypes;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.DefaultParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.sax.BodyContentHandler;
import org.springframework.context.ConfigurableApplicationContext;

import dev.hanbridge.app.HanbridgeApplication;
import dev.hanbridge.app.run.RunLauncher;
import dev.hanbridge.app.run.RunRequest;
import dev.hanbridge.app.run.RunSummary;
import dev.hanbridge.export.ExportFormat;

/**
 * Whole-job benchmark: generates N Korean articles in mixed formats, then in one JVM alternates
 * Tika alone on them (the floor any pipeline on Tika pays) and the whole job with the {@code none}
 * engine (or {@code -Dhanbridge.bench.engine=counting}) on a fresh copy of them. The first iterations warm the JIT up and are not counted; the
 * report gives each counted iteration, the medians, the job's CPU time by thread group (the JIT
 * compiler's share included) and the peak heap.
 *
 * <p>Usage: {@code bench/pipeline.sh [N]} (default 500). Compare N=500 and N=2000 for memory: the
 * live heap after collections should not grow with N, since sources are streamed and each chunk
 * is committed and dropped. System properties {@code hanbridge.bench.warmUpIterations} (2) and
 * {@code hanbridge.bench.iterations} (3) change the counts.
 */
public final class PipelineBenchmark {

    private static final int WARM_UP_ITERATIONS = Integer.getInteger("hanbridge.bench.warmUpIterations", 2);
    private static final int ITERATIONS = Integer.getInteger("hanbridge.bench.iterations", 3);
    /**
     * The run's engine: {@code none} (nothing machine-translated, so nothing for the QA checks either), or
     * {@code counting}, the test engine that answers at once, so that every segment gets a translation to
     * store and check (from the engine in the first iteration, from memory after).
     */
    private static final String ENGINE = System.getProperty("hanbridge.bench.engine", "none");

    private static final String[] PLACES = {"부산", "인천", "대구", "광주", "대전", "울산", "수원", "전주", "제주", "강릉"};

    private PipelineBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 500;
        dev.hanbridge.app.JaxpDefaults.install(); // as the application runs, for Tika alone too
        Path work = Files.createTempDirectory("hanbridge-bench-");
        try {
            Path inbox = work.resolve("inbox");
            generate(inbox, n);
            List<Path> files;
            try (Stream<Path> s = Files.list(inbox)) {
                files = s.sorted().toList();
            }
            long bytes = 0;
            for (Path f : files) {
                bytes += Files.size(f);
            }
            System.out.printf("articles: %d files, %.1f MB (txt UTF-8, txt EUC-KR, html, docx)%n", files.size(),
                    bytes / 1e6);

            if (ENGINE.equals("counting")) {
                System.setProperty("hanbridge.engines.counting.log", "/dev/null"); // it logs every request
            }
            System.out.printf("engine: %s%n", ENGINE);
            PeakHeap peak = new PeakHeap();
            try (ConfigurableApplicationContext context = HanbridgeApplication.start(
                    "--hanbridge.data-dir=" + work.resolve("data"), "--logging.level.dev.hanbridge=WARN")) {
                RunLauncher launcher = context.getBean(RunLauncher.class);
                // Iterations alternate Tika alone and the job, so that neither is always the one
                // measured while the JIT compiler still works through code they share. The first
                // ones warm both up and are not counted: without them the C2 compiler took most of a
                // core through the first thousands of articles (seen with top -H).
                List<Double> tika = new ArrayList<>();
                List<Double> job = new ArrayList<>();
                List<Double> ratios = new ArrayList<>();
                var jit = ManagementFactory.getCompilationMXBean();
                for (int i = 1 - WARM_UP_ITERATIONS; i <= ITERATIONS; i++) {
                    boolean measured = i >= 1;
                    Path input = inbox;
                    if (i > 1 - WARM_UP_ITERATIONS) { // a fresh copy: the same bytes under new paths are new sources
                        input = work.resolve("inbox-" + (i + WARM_UP_ITERATIONS));
                        copyTree(inbox, input);
                    }
                    if (i == 1) {
                        System.out.printf("hanbridge extraction only (one thread): %.2f s%n", extractorOnly(files) / 1e9);
                    }
                    double tikaS = tikaOnly(files) / 1e9;
                    if (measured) {
                        peak.start();
                    }
                    Map<String, Long> threadsStart = threadCpuTicks();
                    long cpuStart = processCpuNanos();
                    long compiledBefore = jit.getTotalCompilationTime();
                    long start = System.nanoTime();
                    RunSummary summary = launcher.run(request(input, work.resolve("out-" + (i + WARM_UP_ITERATIONS))));
                    long jobNanos = System.nanoTime() - start;
                    long jobCpuNanos = processCpuNanos() - cpuStart;
                    long compiledMs = jit.getTotalCompilationTime() - compiledBefore;
                    Map<String, Long> threadsEnd = threadCpuTicks();
                    if (measured) {
                        peak.stop();
                    }
                    double jobS = jobNanos / 1e9;
                    if (measured) {
                        tika.add(tikaS);
                        job.add(jobS);
                        ratios.add(jobS / tikaS);
                    }
                    System.out.printf("%s: tika only %.2f s, whole job %.2f s (%d ingested, %d failed, %d segments,"
                            + " %d files), job / tika %.2f%n", measured ? "iteration " + i
                                    : "warm-up " + (i + WARM_UP_ITERATIONS) + " (not counted)",
                            tikaS, jobS, summary.ingested(), summary.failed().size(), summary.segments(), summary.files(),
                            jobS / tikaS);
                    System.out.printf("  job CPU %.2f s on %d cores (%.0f %% busy), of which JIT compiling %.2f s; by thread: %s%n",
                            jobCpuNanos / 1e9, Runtime.getRuntime().availableProcessors(),
                            100.0 * jobCpuNanos / jobNanos / Runtime.getRuntime().availableProcessors(), compiledMs / 1e3,
                            byGroup(threadsStart, threadsEnd));
                }
                double jobMedian = median(job);
                System.out.printf("tika only:   %.2f s median (%.1f articles/s)%n", median(tika), n / median(tika));
                System.out.printf("whole job:   %.2f s median (%.1f articles/s)%n", jobMedian, n / jobMedian);
                System.out.printf("job / tika:  %.2f median of %d iterations (target <= 1.5)%n", median(ratios), ITERATIONS);
                System.out.printf("peak live heap after GC: %.1f MB; peak heap in use: %.1f MB (max heap %.0f MB)%n",
                        peak.liveAfterGc.get() / 1e6, peak.used.get() / 1e6,
                        Runtime.getRuntime().maxMemory() / 1e6);
            }
        } finally {
            try (Stream<Path> walk = Files.walk(work)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static RunRequest request(Path inbox, Path out) {
        return new RunRequest(List.of(inbox), ENGINE, Set.of(ExportFormat.TMX, ExportFormat.XLIFF, ExportFormat.HTML),
                out, null, null);
    }

    private static void copyTree(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> s = Files.list(from)) {
            for (Path f : s.toList()) {
                Files.copy(f, to.resolve(f.getFileName()));
            }
        }
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int mid = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(mid) : (sorted.get(mid - 1) + sorted.get(mid)) / 2;
    }

    /** Linux: CPU ticks (user + system) of every thread of this JVM, native ones included, by thread id and name. */
    private static Map<String, Long> threadCpuTicks() throws IOException {
        Map<String, Long> ticks = new java.util.HashMap<>();
        Path tasks = Path.of("/proc/self/task");
        if (!Files.isDirectory(tasks)) {
            return ticks;
        }
        try (Stream<Path> s = Files.list(tasks)) {
            for (Path task : s.toList()) {
                try {
                    String stat = Files.readString(task.resolve("stat"));
                    String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    ticks.put(task.getFileName() + " " + name, Long.parseLong(fields[11]) + Long.parseLong(fields[12]));
                } catch (IOException | RuntimeException gone) {
                    // the thread ended while we looked
                }
            }
        }
        return ticks;
    }

    private static String byGroup(Map<String, Long> start, Map<String, Long> end) {
        Map<String, Long> groups = new java.util.TreeMap<>();
        end.forEach((key, t) -> {
            String group = key.substring(key.indexOf(' ') + 1).replaceAll("[-#]?\\d+$", "").replaceAll("\\d+$", "");
            groups.merge(group, t - start.getOrDefault(key, 0L), Long::sum);
        });
        StringBuilder out = new StringBuilder();
        groups.entrySet().stream().filter(e -> e.getValue() >= 5)
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(e -> out.append(String.format("%s %.1f s; ", e.getKey(), e.getValue() / 100.0)));
        return out.toString();
    }

    /** CPU time of this process so far, every thread and the collector included. */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** Parses every file with Tika's AutoDetectParser into plain text; returns the wall time. */
    static long tikaOnly(List<Path> files) throws Exception {
        AutoDetectParser parser = tikaAlone();
        long start = System.nanoTime();
        for (Path f : files) {
            // From the file, as the job reads it: a plain stream would make Tika copy each DOCX to a
            // temporary file for its zip detection.
            try (InputStream in = TikaInputStream.get(f)) {
                Metadata metadata = new Metadata();
                metadata.set("resourceName", f.getFileName().toString());
                parser.parse(in, new BodyContentHandler(-1), metadata, new ParseContext());
            }
        }
        return System.nanoTime() - start;
    }

    /**
     * Tika's own parsers and detectors: ours are registered as Tika services too and would
     * otherwise stand in for Tika's text and HTML parsers in the floor this benchmark measures.
     */
    static AutoDetectParser tikaAlone() {
        ServiceLoader loader = new ServiceLoader();
        List<Class<? extends Parser>> ourParsers = loader.loadStaticServiceProviders(Parser.class).stream()
                .<Class<? extends Parser>>map(Parser::getClass).filter(PipelineBenchmark::ours).toList();
        List<Class<? extends Detector>> ourDetectors = loader.loadStaticServiceProviders(Detector.class).stream()
                .<Class<? extends Detector>>map(Detector::getClass).filter(PipelineBenchmark::ours).toList();
        AutoDetectParser parser = new AutoDetectParser(
                new DefaultParser(MediaTypeRegistry.getDefaultRegistry(), loader, ourParsers));
        parser.setDetector(new DefaultDetector(MimeTypes.getDefaultMimeTypes(), loader, ourDetectors));
        return parser;
    }

    private static boolean ours(Class<?> type) {
        return type.getName().startsWith("dev.hanbridge.");
    }

    /** Our extraction (charset, structure, Tika underneath) alone, on one thread: where the job's time goes. */
    static long extractorOnly(List<Path> files) throws Exception {
        dev.hanbridge.ingest.ArticleExtractor extractor = new dev.hanbridge.ingest.ArticleExtractor();
        long start = System.nanoTime();
        try (Stream<dev.hanbridge.ingest.Source> sources = dev.hanbridge.ingest.Sources.scan(files)) {
            for (var it = sources.iterator(); it.hasNext();) {
                extractor.extract(it.next());
            }
        }
        return System.nanoTime() - start;
    }

    /** Writes {@code n} articles, rotating through four formats; every article's sentences are its own. */
    static void generate(Path dir, int n) throws IOException {
        generate(dir, 0, n);
    }

    /** Writes articles {@code first} to {@code first + n - 1}, as {@link #generate(Path, int)}. */
    static void generate(Path dir, int first, int n) throws IOException {
        Files.createDirectories(dir);
        Charset eucKr = Charset.forName("x-windows-949");
        for (int i = first; i < first + n; i++) {
            List<String> paragraphs = paragraphs(i);
            String title = PLACES[i % PLACES.length] + " 시 새 교통 계획 발표 " + i + "호";
            switch (i % 4) {
                case 0 -> Files.writeString(dir.resolve(name(i, "txt")), title + "\n\n" + String.join("\n\n", paragraphs),
                        StandardCharsets.UTF_8);
                case 1 -> Files.write(dir.resolve(name(i, "euckr.txt")),
                        (title + "\n\n" + String.join("\n\n", paragraphs)).getBytes(eucKr));
                case 2 -> {
                    StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"ko\"><head><meta charset=\"utf-8\"><title>")
                            .append(title).append(" - 한빛일보</title></head><body><nav><a href=\"/\">홈</a> <a href=\"/s\">사회</a></nav>")
                            .append("<article><h1>").append(title).append("</h1>");
                    paragraphs.forEach(p -> html.append("<p>").append(p).append("</p>"));
                    html.append("</article><footer>한빛일보 무단 전재 금지</footer></body></html>");
                    Files.writeString(dir.resolve(name(i, "html")), html, StandardCharsets.UTF_8);
                }
                default -> {
                    try (XWPFDocument doc = new XWPFDocument();
                            OutputStream out = Files.newOutputStream(dir.resolve(name(i, "docx")))) {
                        doc.createParagraph().createRun().setText(title);
                        for (String p : paragraphs) {
                            doc.createParagraph().createRun().setText(p);
                        }
                        doc.write(out);
                    }
                }
            }
        }
    }

    private static String name(int i, String extension) {
        return String.format("article-%05d.%s", i, extension);
    }

    private static List<String> paragraphs(int i) {
        List<String> out = new ArrayList<>();
        String place = PLACES[i % PLACES.length];
        out.add("김서연 기자");
        for (int p = 0; p < 6; p++) {
            out.add(place + "시는 " + i + "번째 계획의 " + p + "단계로 버스 노선 " + (p + 3) + "개를 새로 만든다고 밝혔다. "
                    + "사업비는 " + (120 + i % 50) + "억원이며 하루 이용객은 " + (p + 2) + "만 명으로 예상된다. "
                    + "시 관계자는 “시민 의견을 " + (87.3 + p) + "% 반영했다”며 “내년 " + (p + 1) + "월부터 운행한다”고 말했다.");
        }
        return out;
    }

    /** Samples heap in use and, where the collector reports it, the live heap after collections. */
    static final class PeakHeap {
        final AtomicLong used = new AtomicLong();
        final AtomicLong liveAfterGc = new AtomicLong();
        private volatile boolean running;
        private Thread thread;

        void start() {
            running = true;
            thread = new Thread(() -> {
                while (running) {
                    sample();
                    try {
                        Thread.sleep(20);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "peak-heap");
            thread.setDaemon(true);
            thread.start();
        }

        void stop() throws InterruptedException {
            running = false;
            thread.join();
            sample();
        }

        private void sample() {
            long inUse = 0;
            long live = 0;
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() != MemoryType.HEAP) {
                    continue;
                }
                inUse += pool.getUsage().getUsed();
                if (pool.getCollectionUsage() != null) {
                    live += pool.getCollectionUsage().getUsed();
                }
            }
            used.accumulateAndGet(inUse, Math::max);
            liveAfterGc.accumulateAndGet(live, Math::max);
        }
    }
}
