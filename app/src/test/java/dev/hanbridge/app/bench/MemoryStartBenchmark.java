package dev.hanbridge.app.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.util.FileSystemUtils;

import dev.hanbridge.common.text.KoreanText;
import dev.hanbridge.store.MemoryStore;
import dev.hanbridge.translate.memory.FuzzyMemory;
import dev.hanbridge.translate.memory.MemoryUnits;
import dev.hanbridge.translate.memory.SyntheticMemory;

/**
 * What a run pays at the start for fuzzy matching: reading every unit of the target language from the
 * database (H2 in a file, as the application keeps it) and indexing it, which the first lookup of the
 * translate step does. Run by {@code bench/memory-start.sh} (see bench/FUZZY.md).
 *
 * <pre>
 * --units 100000   distinct memory units stored before the measure
 * --repeat 3       index builds, each by a new FuzzyMemory as each run makes one
 * </pre>
 */
public final class MemoryStartBenchmark {

    public static void main(String[] args) throws Exception {
        int units = intArg(args, "--units", 100_000);
        int repeat = intArg(args, "--repeat", 3);
        Path dir = Files.createTempDirectory("hanbridge-memory-bench");
        try {
            run(dir, units, repeat);
        } finally {
            FileSystemUtils.deleteRecursively(dir);
        }
    }

    /** The store as the application adapts it for fuzzy matching. */
    private static final class Units extends MemoryStore implements MemoryUnits {
        Units(JdbcClient jdbc, JdbcTemplate batch, DataSourceTransactionManager transactions) {
            super(jdbc, batch, transactions);
        }
    }

    private static void run(Path dir, int units, int repeat) {
        DriverManagerDataSource dataSource = new DriverManagerDataSource(
                "jdbc:h2:file:" + dir.resolve("hanbridge").toAbsolutePath(), "sa", "");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        long stored = store(new JdbcTemplate(dataSource), units);
        Units memory = new Units(JdbcClient.create(dataSource), new JdbcTemplate(dataSource),
                new DataSourceTransactionManager(dataSource));
        System.out.printf("%,d units stored (%s)%n", stored, System.getProperty("java.version"));

        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        String query = new SyntheticMemory(2).sentence(0);
        for (int i = 1; i <= repeat; i++) {
            long heapBefore = usedHeapAfterGc();
            FuzzyMemory fuzzy = new FuzzyMemory(memory, "en-US", FuzzyMemory.Policy.DEFAULT);
            long start = System.nanoTime();
            long startCpu = cpu.getCurrentThreadCpuTime();
            int found = fuzzy.lookup(List.of(query), s -> s).size();
            double buildMs = (System.nanoTime() - start) / 1e6;
            double buildCpuMs = (cpu.getCurrentThreadCpuTime() - startCpu) / 1e6;
            long heap = usedHeapAfterGc() - heapBefore;

            long next = System.nanoTime();
            fuzzy.lookup(List.of(query), s -> s);
            double nextMs = (System.nanoTime() - next) / 1e6;

            // The database's share: the same read again, without indexing.
            long read = System.nanoTime();
            long readCpu = cpu.getCurrentThreadCpuTime();
            long[] count = {0};
            memory.sourcesAfter("en-US", 0, (text, id) -> count[0]++);
            double readMs = (System.nanoTime() - read) / 1e6;
            double readCpuMs = (cpu.getCurrentThreadCpuTime() - readCpu) / 1e6;
            System.out.printf("build %d: first lookup, reading and indexing the memory, %,.0f ms (main thread CPU "
                    + "%,.0f ms), index heap %,d MB, %d query matched; next lookup %.1f ms; reading alone again "
                    + "%,.0f ms (CPU %,.0f ms)%n", i, buildMs, buildCpuMs, heap >> 20, found, nextMs, readMs, readCpuMs);
            if (count[0] != stored) {
                throw new IllegalStateException("read " + count[0] + " of " + stored + " units");
            }
        }
        // What each later article's lookup adds: the catch-up query, with nothing new to read.
        double[] catchUps = new double[50];
        for (int i = 0; i < catchUps.length; i++) {
            long start = System.nanoTime();
            memory.sourcesAfter("en-US", stored, (text, id) -> {
            });
            catchUps[i] = (System.nanoTime() - start) / 1e6;
        }
        java.util.Arrays.sort(catchUps);
        System.out.printf("catch-up query with nothing new, 50 times: p50 %.2f ms, p95 %.2f ms%n", catchUps[25],
                catchUps[47]);
    }

    /** Distinct synthetic sentences as units of en-US, in batches as a memory import would leave them. */
    private static long store(JdbcTemplate jdbc, int units) {
        SyntheticMemory sentences = new SyntheticMemory(1);
        Set<String> seen = new HashSet<>(units * 2);
        Timestamp now = Timestamp.from(Instant.now());
        List<Object[]> batch = new ArrayList<>();
        long stored = 0;
        for (long i = 0; stored < units; i++) {
            String sentence = KoreanText.normalize(sentences.sentence(i));
            if (!seen.add(sentence)) {
                continue;
            }
            batch.add(new Object[] {KoreanText.hash(sentence), "en-US", sentence, "Sentence " + i + ".", "MT", now, now,
                now});
            stored++;
            if (batch.size() == 5_000 || stored == units) {
                jdbc.batchUpdate("INSERT INTO hb_tm_unit (source_hash, target_lang, source_text, target_text, origin,"
                        + " usage_count, created_at, last_used_at, changed_at) VALUES (?, ?, ?, ?, ?, 0, ?, ?, ?)", batch);
                batch.clear();
            }
        }
        return stored;
    }

    private static long usedHeapAfterGc() {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }

    private static int intArg(String[] args, String name, int fallback) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return Integer.parseInt(args[i + 1]);
            }
        }
        return fallback;
    }
}
