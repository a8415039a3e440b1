package dev.hanbridge.ingest.segment;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Scores {@link KoreanSentenceSegmenter} on kss-format gold sets and measures its speed.
 *
 * <pre>
 * java -cp ingest/target/test-classes:ingest/target/classes:common/target/classes \
 *     dev.hanbridge.ingest.segment.SegmentationBenchmark ../shared/data/segmentation/kss [--errors]
 * </pre>
 *
 * Every {@code *.txt} in the folder is a set; our own news and blog sets (written for this
 * project, in the test resources) are scored too and reported apart. Next to ours: the regex baseline
 * {@code (?<=[.!?])\s} and the published kss 4.2 (mecab) figures. {@code --errors} prints each
 * paragraph we do not reproduce exactly (gold, then ours), to study rules; keep that output out
 * of the repository. Every prediction is also checked to reassemble its input.
 */
public final class SegmentationBenchmark {

    /** Our own gold sets, written for this project, in the test resources of this package. */
    static final List<String> OWN_SETS = List.of("news_gold.txt", "blog_gold.txt");

    private static final Pattern BASELINE = Pattern.compile("(?U)(?<=[.!?])\\s");

    /** Published kss 4.2.0 (mecab): EM, F1, NF1. */
    private static final Map<String, double[]> KSS = Map.of(
            "blogs_lee", new double[] {0.871, 0.922, 0.889},
            "blogs_ko", new double[] {0.827, 0.903, 0.886},
            "sample", new double[] {0.951, 0.968, 0.968},
            "wikipedia", new double[] {1.000, 1.000, 1.000});

    private SegmentationBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: SegmentationBenchmark DIR_OF_KSS_GOLD_FILES [--errors]");
            System.exit(2);
        }
        boolean errors = Arrays.asList(args).contains("--errors");
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        KoreanSentenceSegmenter segmenter = new KoreanSentenceSegmenter();
        Function<String, List<String>> ours = segmenter::split;
        Function<String, List<String>> baseline = text -> Arrays.asList(BASELINE.split(text, -1));

        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> dir = Files.newDirectoryStream(Path.of(args[0]), "*.txt")) {
            dir.forEach(files::add);
        }
        files.sort(null);

        out.printf("%-12s %5s | %-23s | %-23s | %-17s%n", "set", "gold", "hanbridge EM/F1/NF1",
                "baseline EM/F1/NF1", "kss 4.2 EM/F1/NF1");
        double[] sum = new double[6];
        double[] kssSum = new double[3];
        List<String> allInputs = new ArrayList<>();
        for (Path file : files) {
            String name = file.getFileName().toString().replaceFirst("\\.txt$", "");
            List<SegmentationMetrics.Paragraph> set = SegmentationMetrics.read(file);
            set.forEach(p -> allInputs.add(p.input()));
            checkReassembly(set, segmenter);
            SegmentationMetrics.Score s = SegmentationMetrics.evaluate(set, ours);
            SegmentationMetrics.Score b = SegmentationMetrics.evaluate(set, baseline);
            double[] k = KSS.get(name);
            out.printf("%-12s %5d | %.3f  %.3f  %.3f     | %.3f  %.3f  %.3f     | %s%n", name, s.goldSentences(),
                    s.em(), s.f1(), s.nf1(), b.em(), b.f1(), b.nf1(),
                    k == null ? "-" : String.format("%.3f  %.3f  %.3f", k[0], k[1], k[2]));
            double[] row = {s.em(), s.f1(), s.nf1(), b.em(), b.f1(), b.nf1()};
            for (int i = 0; i < 6; i++) {
                sum[i] += row[i];
            }
            if (k != null) {
                for (int i = 0; i < 3; i++) {
                    kssSum[i] += k[i];
                }
            }
            if (errors) {
                printErrors(out, name, set, segmenter);
            }
        }
        int sets = files.size();
        if (sets > 0) {
            out.printf("%-12s %5s | %.3f  %.3f  %.3f     | %.3f  %.3f  %.3f     | %.3f  %.3f  %.3f%n", "average", "",
                    sum[0] / sets, sum[1] / sets, sum[2] / sets, sum[3] / sets, sum[4] / sets, sum[5] / sets,
                    kssSum[0] / sets, kssSum[1] / sets, kssSum[2] / sets);
        }

        for (String ownSet : OWN_SETS) {
            List<SegmentationMetrics.Paragraph> own = readOwnSet(ownSet);
            checkReassembly(own, segmenter);
            SegmentationMetrics.Score s = SegmentationMetrics.evaluate(own, ours);
            SegmentationMetrics.Score b = SegmentationMetrics.evaluate(own, baseline);
            String name = ownSet.replace("_gold.txt", "") + " (own)";
            out.printf("%-12s %5d | %.3f  %.3f  %.3f     | %.3f  %.3f  %.3f     | (own set, written for hanbridge)%n",
                    name, s.goldSentences(), s.em(), s.f1(), s.nf1(), b.em(), b.f1(), b.nf1());
            if (errors) {
                printErrors(out, name, own, segmenter);
            }
            own.forEach(p -> allInputs.add(p.input()));
        }
        throughput(out, segmenter, allInputs);
    }

    private static void throughput(PrintStream out, KoreanSentenceSegmenter segmenter, List<String> inputs) {
        long chars = 0;
        long bytes = 0;
        for (String in : inputs) {
            chars += in.length();
            bytes += in.getBytes(StandardCharsets.UTF_8).length;
        }
        long sink = 0;
        long warmUntil = System.nanoTime() + 3_000_000_000L;
        while (System.nanoTime() < warmUntil) {
            for (String in : inputs) {
                sink += segmenter.split(in).size();
            }
        }
        // CPU time of this thread as well as wall time: on a shared machine the wall clock also
        // counts the time other processes held the core.
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        int rounds = 0;
        long c0 = threads.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        while (System.nanoTime() - t0 < 3_000_000_000L) {
            for (String in : inputs) {
                sink += segmenter.split(in).size();
            }
            rounds++;
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        double cpuSeconds = (threads.getCurrentThreadCpuTime() - c0) / 1e9;
        out.printf("throughput: %.2f M chars/s, %.2f MB/s (UTF-8) per CPU-second; %.2f MB/s by the wall clock;"
                        + " one thread after warm-up (%d paragraphs, %d rounds)%n",
                chars * rounds / cpuSeconds / 1e6, bytes * rounds / cpuSeconds / 1e6, bytes * rounds / seconds / 1e6,
                inputs.size(), rounds);

        String shortBlock = "김서연 기자 ksy@example.com";
        int calls = 0;
        c0 = threads.getCurrentThreadCpuTime();
        t0 = System.nanoTime();
        while (System.nanoTime() - t0 < 1_000_000_000L) {
            for (int i = 0; i < 1000; i++) {
                sink += segmenter.split(shortBlock).size();
            }
            calls += 1000;
        }
        double perCallCpu = (threads.getCurrentThreadCpuTime() - c0) / 1e3 / calls;
        double perCall = (System.nanoTime() - t0) / 1e3 / calls;
        out.printf("per-block overhead: %.2f µs CPU (%.2f µs wall) per call on a %d-char block (%d)%n", perCallCpu,
                perCall, shortBlock.length(), sink % 7);
    }

    static List<SegmentationMetrics.Paragraph> readOwnSet(String name) throws IOException {
        try (InputStream in = SegmentationBenchmark.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException(name + " is missing from the test resources of dev.hanbridge.ingest.segment");
            }
            Path tmp = Files.createTempFile("news_gold", ".txt");
            try {
                Files.write(tmp, in.readAllBytes());
                return SegmentationMetrics.read(tmp);
            } finally {
                Files.deleteIfExists(tmp);
            }
        }
    }

    /** Fails loudly when a prediction loses, reorders or invents a character. */
    static void checkReassembly(List<SegmentationMetrics.Paragraph> set, KoreanSentenceSegmenter segmenter) {
        for (SegmentationMetrics.Paragraph p : set) {
            String problem = Reassembly.problem(p.input(), segmenter.split(p.input()));
            if (problem != null) {
                throw new IllegalStateException("segments do not reassemble their input: " + problem);
            }
        }
    }

    private static void printErrors(PrintStream out, String name, List<SegmentationMetrics.Paragraph> set,
            KoreanSentenceSegmenter segmenter) {
        for (SegmentationMetrics.Paragraph p : set) {
            List<String> pred = segmenter.split(p.input());
            List<String> gold = p.gold().stream().map(String::strip).toList();
            if (!gold.equals(pred.stream().map(String::strip).toList())) {
                out.println("=== " + name);
                List<String> g = new ArrayList<>(gold);
                List<String> o = new ArrayList<>(pred);
                // print only the differing sentences, each side
                List<String> onlyGold = new ArrayList<>(g);
                onlyGold.removeAll(o);
                List<String> onlyOurs = new ArrayList<>(o);
                onlyOurs.removeAll(g);
                onlyGold.forEach(x -> out.println("  G| " + x));
                onlyOurs.forEach(x -> out.println("  O| " + x));
            }
        }
    }
}
