package dev.hanbridge.translate.memory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;

import dev.hanbridge.common.text.KoreanText;

/**
 * Builds a {@link FuzzyIndex} of synthetic memory units and measures build time, heap, lookup time and
 * recall (see bench/FUZZY.md). Run by {@code bench/fuzzy.sh}.
 *
 * <pre>
 * --units 100000     distinct memory units to index
 * --queries 1000     queries of each kind, timed one by one
 * --min 70 --max 5   the lookup's minimum percent and number of matches
 * --check 0          queries also answered by comparing with every unit, to show the index is exact
 * --compare DIR      also compare the variety of the synthetic sentences with real ones: DIR holds
 *                    *.txt files of one sentence a line (e.g. the kss gold sets); only counts are printed
 * </pre>
 */
public final class FuzzyBenchmark {

    public static void main(String[] args) {
        int units = intArg(args, "--units", 100_000);
        int queries = intArg(args, "--queries", 1000);
        int min = intArg(args, "--min", 70);
        int max = intArg(args, "--max", 5);
        int check = intArg(args, "--check", 0);
        String compare = stringArg(args, "--compare");
        if (compare != null) {
            compareVariety(Path.of(compare));
        }
        new FuzzyBenchmark(units, queries, min, max, check).run();
    }

    private final int units;
    private final int queries;
    private final int min;
    private final int max;
    private final int check;
    private final SyntheticMemory memory = new SyntheticMemory(1);

    private FuzzyBenchmark(int units, int queries, int min, int max, int check) {
        this.units = units;
        this.queries = queries;
        this.min = min;
        this.max = max;
        this.check = check;
    }

    private void run() {
        int[] accepted = new int[units];
        long heapBefore = usedHeapAfterGc();

        FuzzyIndex index = new FuzzyIndex();
        Set<String> seen = new HashSet<>(units * 2);
        long generated = 0;
        java.lang.management.ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long startCpu = cpu.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        for (int n = 0; n < units; generated++) {
            String sentence = memory.sentence(generated);
            if (seen.add(KoreanText.normalize(sentence)) && index.add(generated, sentence)) {
                accepted[n++] = (int) generated;
            }
        }
        double buildSeconds = (System.nanoTime() - start) / 1e9;
        double buildCpuSeconds = (cpu.getCurrentThreadCpuTime() - startCpu) / 1e9;
        seen = null; // only the index may count in the heap figure
        long heapIndex = usedHeapAfterGc() - heapBefore;
        double generateSeconds = timeGeneration(generated);

        SplittableRandom random = new SplittableRandom(2);
        List<String> edited = new ArrayList<>();
        List<Integer> sources = new ArrayList<>();
        List<Integer> sourcePercents = new ArrayList<>();
        for (int q = 0; q < queries; q++) {
            int source = accepted[random.nextInt(units)];
            String original = memory.sentence(source);
            String query = FuzzyIndexTest.edit(original, memory, random, 1 + random.nextInt(3));
            edited.add(query);
            sources.add(source);
            sourcePercents.add(percent(query, original));
        }
        SyntheticMemory fresh = new SyntheticMemory(7);
        List<String> freshQueries = new ArrayList<>();
        for (int q = 0; q < queries; q++) {
            freshQueries.add(fresh.sentence(q));
        }

        for (int w = 0; w < 500; w++) { // JIT warm-up on queries of their own
            index.lookup(new SyntheticMemory(11).sentence(w), min, max);
        }
        long[] editedTimes = new long[queries];
        long[] editedCpu = new long[queries];
        int found = 0;
        int eligible = 0;
        int matchedAny = 0;
        for (int q = 0; q < queries; q++) {
            long c = cpu.getCurrentThreadCpuTime();
            long t = System.nanoTime();
            List<FuzzyMatch> matches = index.lookup(edited.get(q), min, max);
            editedTimes[q] = System.nanoTime() - t;
            editedCpu[q] = cpu.getCurrentThreadCpuTime() - c;
            if (sourcePercents.get(q) >= min) {
                eligible++;
                long source = sources.get(q);
                if (matches.stream().anyMatch(m -> m.id() == source)) {
                    found++;
                }
            }
            matchedAny += matches.isEmpty() ? 0 : 1;
        }
        int foundAll = 0;
        for (int q = 0; q < queries; q++) {
            if (sourcePercents.get(q) >= min) {
                long source = sources.get(q);
                if (index.lookup(edited.get(q), min, Integer.MAX_VALUE).stream().anyMatch(m -> m.id() == source)) {
                    foundAll++;
                }
            }
        }
        long[] freshTimes = new long[queries];
        long[] freshCpu = new long[queries];
        int freshMatched = 0;
        for (int q = 0; q < queries; q++) {
            long c = cpu.getCurrentThreadCpuTime();
            long t = System.nanoTime();
            List<FuzzyMatch> matches = index.lookup(freshQueries.get(q), min, max);
            freshTimes[q] = System.nanoTime() - t;
            freshCpu[q] = cpu.getCurrentThreadCpuTime() - c;
            freshMatched += matches.isEmpty() ? 0 : 1;
        }

        System.out.printf(Locale.ROOT, "index: %s, %d sentences generated for %d distinct units%n",
                index.describe(), generated, units);
        System.out.printf(Locale.ROOT, "build: %.1f s wall clock, %.1f s CPU (generating the sentences alone: %.1f s);"
                + " heap: %.0f MB used after GC (the index's arrays: %.0f MB; %.0f bytes a unit)%n",
                buildSeconds, buildCpuSeconds, generateSeconds, heapIndex / 1e6, index.bytes() / 1e6,
                (double) heapIndex / units);
        times("edited units", editedTimes, editedCpu, matchedAny);
        times("fresh sentences", freshTimes, freshCpu, freshMatched);
        System.out.printf(Locale.ROOT, "recall: %d of %d edited queries keep their source at >= %d%%; source among the"
                + " %d best: %.1f %%, among all matches: %.1f %%%n", eligible, queries, min, max,
                100.0 * found / eligible, 100.0 * foundAll / eligible);
        if (check > 0) {
            checkAgainstEveryUnit(index, accepted, edited.subList(0, Math.min(check, queries)));
        }
    }

    private void times(String kind, long[] wall, long[] cpu, int matched) {
        System.out.printf(Locale.ROOT, "lookup(min %d%%, max %d), %s: CPU p50 %.2f ms, p95 %.2f ms, p99 %.2f ms,"
                + " mean %.2f ms; wall clock p50 %.2f ms, p95 %.2f ms; %d of %d had a match%n", min, max, kind,
                ms(cpu, 50), ms(cpu, 95), ms(cpu, 99), mean(cpu), ms(wall, 50), ms(wall, 95), matched, wall.length);
    }

    /** Compares some answers with a scan of every unit, which the index must reproduce exactly. */
    private void checkAgainstEveryUnit(FuzzyIndex index, int[] accepted, List<String> sample) {
        EditDistance distance = new EditDistance();
        int differing = 0;
        for (String query : sample) {
            char[] queryKey = FuzzyKey.of(query).toCharArray();
            distance.prepare(queryKey, queryKey.length);
            List<long[]> scored = new ArrayList<>();
            for (int unit = 0; unit < units; unit++) {
                String text = memory.sentence(accepted[unit]);
                char[] key = FuzzyKey.of(text).toCharArray();
                int longer = Math.max(key.length, queryKey.length);
                int edits = distance.bounded(key, 0, key.length, FuzzyIndex.maxEdits(longer, min));
                int percent = FuzzyIndex.percent(edits, longer);
                if (edits == 0 && !KoreanText.normalize(text).equals(KoreanText.normalize(query))) {
                    percent = 99;
                }
                if (percent >= min) {
                    scored.add(new long[] {percent, unit, accepted[unit]});
                }
            }
            scored.sort((a, b) -> a[0] != b[0] ? Long.compare(b[0], a[0]) : Long.compare(b[1], a[1]));
            List<FuzzyMatch> expected = scored.stream().limit(max).map(s -> new FuzzyMatch(s[2], (int) s[0])).toList();
            if (!expected.equals(index.lookup(query, min, max))) {
                differing++;
            }
        }
        System.out.printf(Locale.ROOT, "check: %d of %d lookups differ from a scan of every unit%n", differing, sample.size());
        if (differing > 0) {
            System.exit(1);
        }
    }

    private int percent(String query, String original) {
        char[] a = FuzzyKey.of(query).toCharArray();
        char[] b = FuzzyKey.of(original).toCharArray();
        int longer = Math.max(a.length, b.length);
        EditDistance distance = new EditDistance();
        distance.prepare(a, a.length);
        int edits = distance.bounded(b, 0, b.length, longer);
        return FuzzyIndex.percent(edits, longer);
    }

    private double timeGeneration(long count) {
        long start = System.nanoTime();
        long sink = 0;
        for (long i = 0; i < count; i++) {
            sink += memory.sentence(i).length();
        }
        return sink < 0 ? -1 : (System.nanoTime() - start) / 1e9;
    }

    private static long usedHeapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static double ms(long[] nanos, int percentile) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int at = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, at)] / 1e6;
    }

    private static double mean(long[] nanos) {
        return Arrays.stream(nanos).average().orElse(0) / 1e6;
    }

    /** Distinct bigrams of as many real and synthetic sentences: how repetitive the synthetic memory is. */
    private static void compareVariety(Path dir) {
        List<String> real = new ArrayList<>();
        try (var files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                Files.readAllLines(file).stream().filter(line -> !line.isBlank()).forEach(real::add);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the sentences in " + dir, e);
        }
        SyntheticMemory memory = new SyntheticMemory(1);
        List<String> synthetic = new ArrayList<>();
        for (int i = 0; i < real.size(); i++) {
            synthetic.add(memory.sentence(i));
        }
        System.out.printf(Locale.ROOT, "variety: %d real sentences from %s have %d distinct bigrams (%.1f characters"
                + " a key); as many synthetic ones have %d (%.1f characters a key)%n", real.size(), dir,
                distinctBigrams(real), meanKeyLength(real), distinctBigrams(synthetic), meanKeyLength(synthetic));
    }

    private static int distinctBigrams(List<String> sentences) {
        Set<String> bigrams = new HashSet<>();
        for (String sentence : sentences) {
            String padded = "\u0002" + FuzzyKey.of(sentence) + "\u0003";
            for (int i = 0; i + 2 <= padded.length(); i++) {
                bigrams.add(padded.substring(i, i + 2));
            }
        }
        return bigrams.size();
    }

    private static double meanKeyLength(List<String> sentences) {
        return sentences.stream().mapToInt(s -> FuzzyKey.of(s).length()).average().orElse(0);
    }

    private static String stringArg(String[] args, String name) {
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return null;
    }

    private static int intArg(String[] args, String name, int fallback) {
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals(name)) {
                return Integer.parseInt(args[i + 1].replace("_", "").replace(",", ""));
            }
        }
        return fallback;
    }
}
