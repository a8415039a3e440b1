package dev.hanbridge.app.distributed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.ObjLongConsumer;
import java.util.function.Supplier;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import dev.hanbridge.app.TestDatabase;
import dev.hanbridge.app.job.RunOwner;
import dev.hanbridge.common.BlockKind;
import dev.hanbridge.common.MemoryMatch;
import dev.hanbridge.common.PendingSegment;
import dev.hanbridge.common.TmUnit;
import dev.hanbridge.common.TranslationOrigin;
import dev.hanbridge.common.text.KoreanText;
import dev.hanbridge.store.ArticleStore;
import dev.hanbridge.store.RunSpendStore;
import dev.hanbridge.store.RunStore;
import dev.hanbridge.store.SegmentedBlock;
import dev.hanbridge.store.SentenceClaimStore;
import dev.hanbridge.store.SpendLimits;
import dev.hanbridge.store.TranslationStore;
import dev.hanbridge.store.WorkerStore;
import dev.hanbridge.translate.EngineLimits;
import dev.hanbridge.translate.InMemoryLedger;
import dev.hanbridge.translate.ScriptedEngine;
import dev.hanbridge.translate.TranslationLedger;
import dev.hanbridge.translate.driver.ArticleRef;
import dev.hanbridge.translate.driver.SpendLimitReachedException;
import dev.hanbridge.translate.driver.TranslationDriver;
import dev.hanbridge.translate.memory.FuzzyMemory;
import dev.hanbridge.translate.memory.MemoryUnits;

/**
 * Two workers' translate partitions on one database (H2, and PostgreSQL with
 * {@code -Dhanbridge.postgres.url}), in one process: each has its own driver, as on two machines, so
 * only the database keeps them from paying twice for a sentence both need at the same moment, and
 * from passing the run's spend limit together.
 */
class WorkerSharingTest {

    private static final EngineLimits FOUR = new EngineLimits(4, 10_000, 40_000, 0);
    private static final String LANG = "en";

    private JdbcClient jdbc;
    private Ledger ledger;
    private ArticleStore articles;
    private WorkerStore workers;
    private DataSourceTransactionManager transactions;
    private JdbcTemplate jdbcTemplate;
    private long run;

    /** The database's translations as the driver's ledger, as the application adapts them. */
    private static final class Ledger extends TranslationStore implements TranslationLedger {
        Ledger(JdbcClient jdbc, JdbcTemplate batch, DataSourceTransactionManager transactions) {
            super(jdbc, batch, transactions);
        }
    }

    private void open(TestDatabase database) throws Exception {
        DriverManagerDataSource dataSource;
        if (database == TestDatabase.H2) {
            dataSource = new DriverManagerDataSource("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
        } else {
            TestDatabase.emptyPostgres();
            dataSource = new DriverManagerDataSource(TestDatabase.postgresUrl(), "hanbridge", "hanbridge");
        }
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        jdbc = JdbcClient.create(dataSource);
        DataSourceTransactionManager transactions = new DataSourceTransactionManager(dataSource);
        jdbcTemplate = new JdbcTemplate(dataSource);
        ledger = new Ledger(jdbc, jdbcTemplate, transactions);
        articles = new ArticleStore(jdbc, jdbcTemplate);
        workers = new WorkerStore(jdbc);
        run = new RunStore(jdbc).create("in", "slow", "tmx", LANG, "out", "host", 1);
        this.transactions = transactions;
    }

    /** A worker of this process (alive), sharing through the database. */
    private WorkerSharing worker(String id, Duration lease) {
        workers.register(id, RunOwner.host(), RunOwner.pid(), 2);
        return sharing(id, lease);
    }

    private WorkerSharing sharing(String id, Duration lease) {
        Liveness liveness = new Liveness(workers, Duration.ofSeconds(30), RunOwner.host(), Liveness.processes());
        return new WorkerSharing(new SentenceClaimStore(jdbc, jdbcTemplate, transactions), new RunSpendStore(jdbc, transactions),
                liveness, id, lease, Duration.ofMillis(20));
    }

    private TranslationDriver driver(ScriptedEngine engine, WorkerSharing worker, SpendLimits limits) {
        return TranslationDriver.builder(ledger, List.of(engine), LANG).claims(worker.claims(), worker.claimPoll())
                .spendLimit(worker.spendLimit(run, limits, 0, 0)).build();
    }

    private long article(String name, List<String> sentences) {
        return articles.insertIngested(run, "/in/" + name, name, KoreanText.sha256Hex(name.getBytes()), 1,
                "text/plain", "UTF-8", name, null, Instant.now(), List.of(new SegmentedBlock(BlockKind.PARAGRAPH,
                        String.join(" ", sentences), sentences)));
    }

    static List<TestDatabase> databases() {
        return TestDatabase.available().toList();
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aWorkerIndexesTheMemoryOnceAndItsLaterPartitionsReadOnlyTheUnitsStoredSince(TestDatabase database)
            throws Exception {
        open(database);
        InMemoryLedger memory = new InMemoryLedger();
        for (int i = 0; i < 3; i++) {
            memory.remember("시는 " + i + "번째 사업을 설명했다.", "unit " + i, TranslationOrigin.MT, "test", LANG);
        }
        List<Long> read = new ArrayList<>();
        MemoryUnits counted = new MemoryUnits() {
            @Override
            public void sourcesAfter(String targetLang, long afterId, ObjLongConsumer<String> sink) {
                memory.sourcesAfter(targetLang, afterId, (text, id) -> {
                    read.add(id);
                    sink.accept(text, id);
                });
            }

            @Override
            public List<TmUnit> units(Collection<Long> ids) {
                return memory.units(ids);
            }

            @Override
            public void recordCandidates(long runId, Map<Long, List<MemoryMatch>> bySegment) {
                memory.recordCandidates(runId, bySegment);
            }
        };
        WorkerSharing worker = worker("worker-1", Duration.ofMinutes(1));
        Supplier<FuzzyMemory> create = () -> new FuzzyMemory(counted, LANG, FuzzyMemory.Policy.DEFAULT);

        // a partition of one run, then one of the next run after the memory grew
        worker.fuzzyMemory(LANG, create).lookup(List.of("시는 1번째 사업을 설명했다"), t -> t);
        memory.remember("시는 9번째 사업을 발표했다.", "unit 9", TranslationOrigin.MT, "test", LANG);
        var found = worker.fuzzyMemory(LANG, create).lookup(List.of("시는 9번째 사업을 발표했다"), t -> t);

        assertThat(read).as("every unit read once").doesNotHaveDuplicates().hasSize(4);
        assertThat(found.get("시는 9번째 사업을 발표했다")).extracting(MemoryMatch::target).first().isEqualTo("unit 9");
        assertThat(worker.fuzzyMemory("ko", () -> new FuzzyMemory(counted, "ko", FuzzyMemory.Policy.DEFAULT)))
                .as("another target language has an index of its own")
                .isNotSameAs(worker.fuzzyMemory(LANG, create));
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aSentenceTwoWorkersNeedAtTheSameMomentIsSentOnce(TestDatabase database) throws Exception {
        open(database);
        List<String> shared = sentences("공유", 8);
        long a = article("a", shared);
        long b = article("b", shared);
        ScriptedEngine first = slow("first");
        ScriptedEngine second = slow("second");
        TranslationDriver one = driver(first, worker("worker-1", Duration.ofMinutes(1)), SpendLimits.NONE);
        TranslationDriver two = driver(second, worker("worker-2", Duration.ofMinutes(1)), SpendLimits.NONE);

        together(() -> one.translate(run, List.of(new ArticleRef(a, "a"))),
                () -> two.translate(run, List.of(new ArticleRef(b, "b"))));

        assertThat(sent(first, second)).as("each sentence paid for once").doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(shared);
        assertThat(ledger.pending(a)).isEmpty();
        assertThat(ledger.pending(b)).isEmpty();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM hb_sentence_claim").query(Long.class).single())
                .as("every claim released").isZero();
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aClaimOfAKilledWorkerIsTakenOverAtOnceAndOneOutlivingItsLeaseAfterTheLease(TestDatabase database)
            throws Exception {
        open(database);
        List<String> sentences = sentences("인수", 3);
        long article = article("c", sentences);
        List<PendingSegment> pending = ledger.pending(article);
        // a worker of this host whose process is gone holds the first sentence; a live one the second,
        // and never lets it go
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        workers.register("killed", RunOwner.host(), gone.pid(), 2);
        sharing("killed", Duration.ofMinutes(1)).claims().claim(List.of(pending.get(0).sourceHash()), LANG);
        worker("stuck", Duration.ofMinutes(1)).claims().claim(List.of(pending.get(1).sourceHash()), LANG);
        ScriptedEngine engine = new ScriptedEngine("mt", FOUR, texts -> ScriptedEngine.tag("mt", texts));

        long started = System.nanoTime();
        driver(engine, worker("me", Duration.ofMillis(700)), SpendLimits.NONE)
                .translate(run, List.of(new ArticleRef(article, "c")));
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(engine.requests).containsExactly(List.of(sentences.get(0), sentences.get(2)),
                List.of(sentences.get(1)));
        assertThat(took).as("the live worker's claim held the sentence for its lease").isBetween(
                Duration.ofMillis(600), Duration.ofSeconds(10));
        assertThat(ledger.pending(article)).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("databases")
    void twoWorkersTogetherStopWithinTheRunsCharacterLimit(TestDatabase database) throws Exception {
        open(database);
        List<String> ours = sentences("가", 40);
        List<String> theirs = sentences("나", 40);
        long a = article("d", ours);
        long b = article("e", theirs);
        int longestRequest = 4 * ours.stream().mapToInt(String::length).max().orElseThrow();
        ScriptedEngine first = slow("first");
        ScriptedEngine second = slow("second");
        long limit = 400;
        TranslationDriver one = driver(first, worker("worker-1", Duration.ofMinutes(1)), new SpendLimits(limit, null));
        TranslationDriver two = driver(second, worker("worker-2", Duration.ofMinutes(1)), new SpendLimits(limit, null));

        List<Throwable> stops = together(() -> one.translate(run, List.of(new ArticleRef(a, "d"))),
                () -> two.translate(run, List.of(new ArticleRef(b, "e"))));

        long sentChars = sent(first, second).stream().mapToLong(String::length).sum();
        assertThat(stops).hasSize(2).allSatisfy(t -> assertThat(t).isInstanceOf(SpendLimitReachedException.class));
        // the run stops less than one request short of its limit, and never past it
        assertThat(sentChars).isLessThanOrEqualTo(limit).isGreaterThan(limit - longestRequest);
        assertThat(first.requests).isNotEmpty();
        assertThat(second.requests).isNotEmpty();
        assertThat(new RunSpendStore(jdbc, transactions).find(run).orElseThrow().characters()).isEqualTo(sentChars);
    }

    /** Runs both at the same moment; returns what they threw. */
    @SafeVarargs
    private static List<Throwable> together(Supplier<?>... work) throws InterruptedException {
        CountDownLatch go = new CountDownLatch(1);
        List<CompletableFuture<?>> running = new ArrayList<>();
        for (Supplier<?> w : work) {
            running.add(CompletableFuture.supplyAsync(() -> {
                try {
                    go.await();
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
                return w.get();
            }));
        }
        go.countDown();
        List<Throwable> thrown = new ArrayList<>();
        for (CompletableFuture<?> f : running) {
            try {
                f.get(60, TimeUnit.SECONDS);
            } catch (ExecutionException e) {
                thrown.add(e.getCause());
            } catch (java.util.concurrent.TimeoutException e) {
                throw new AssertionError("a driver did not finish within 60 s", e);
            }
        }
        return thrown;
    }

    private static List<String> sent(ScriptedEngine... engines) {
        List<String> all = new ArrayList<>();
        for (ScriptedEngine e : engines) {
            e.requests.forEach(all::addAll);
        }
        return all;
    }

    private static ScriptedEngine slow(String id) {
        return new ScriptedEngine(id, FOUR, texts -> {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return ScriptedEngine.tag(id, texts);
        });
    }

    /** {@code n} distinct Korean sentences. */
    private static List<String> sentences(String word, int n) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(word + " 시는 " + i + "번째 사업을 새로 발표했다.");
        }
        return out;
    }
}
