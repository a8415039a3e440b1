package dev.hanbridge.store;

import static org.assertj.core.api.Assertions.assertThat;

import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.hanbridge.common.BlockKind;
import dev.hanbridge.common.NewTranslation;
import dev.hanbridge.common.PendingSegment;
import dev.hanbridge.common.TranslationOrigin;
import dev.hanbridge.common.text.KoreanText;

class TranslationStoreTest {

    private MemoryDatabase db;
    private JdbcClient jdbc;
    private TranslationStore store;
    private ArticleStore articles;

    @BeforeEach
    void setUp() {
        db = new MemoryDatabase();
        jdbc = db.jdbc;
        store = new TranslationStore(jdbc, db.jdbcTemplate(), db.transactions);
        articles = new ArticleStore(jdbc, db.jdbcTemplate());
    }

    private long article(String name, String... sentences) {
        long run = new RunStore(jdbc).create("in", "test", "tmx", "en", "out", "host", 1);
        return articles.insertIngested(run, "/in/" + name, name, KoreanText.sha256Hex(name.getBytes()), 1, "text/plain",
                "UTF-8", name, null, Instant.now(), List.of(new SegmentedBlock(BlockKind.PARAGRAPH,
                        String.join(" ", sentences), List.of(sentences))));
    }

    private NewTranslation mt(PendingSegment s, String target) {
        return new NewTranslation(s.segmentId(), s.sourceText(), s.sourceHash(), target, TranslationOrigin.MT, "test", null);
    }

    @Test
    void keepsTheFirstTranslationWhenASegmentIsStoredTwice() {
        long id = article("a", "첫 문장이다.");
        PendingSegment s = store.pending(id).get(0);

        store.save(List.of(mt(s, "first")), 1, "en");
        store.save(List.of(mt(s, "second")), 1, "en");

        assertThat(store.pending(id)).isEmpty();
        assertThat(jdbc.sql("SELECT target_text FROM hb_translation").query(String.class).list()).containsExactly("first");
    }

    @Test
    void twoThreadsStoringTheSameNewSentenceBothSucceedWithOneMemoryEntry() throws Exception {
        long a = article("a", "같은 문장이다.");
        long b = article("b", "같은 문장이다.");
        PendingSegment sa = store.pending(a).get(0);
        PendingSegment sb = store.pending(b).get(0);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        try {
            Future<?> fa = pool.submit(() -> {
                start.await();
                store.save(List.of(mt(sa, "It is the same sentence.")), 1, "en");
                return null;
            });
            Future<?> fb = pool.submit(() -> {
                start.await();
                store.save(List.of(mt(sb, "It is the same sentence.")), 1, "en");
                return null;
            });
            start.countDown();
            fa.get();
            fb.get();
        } finally {
            pool.shutdown();
        }

        assertThat(store.pending(a)).isEmpty();
        assertThat(store.pending(b)).isEmpty();
        assertThat(store.lookup(List.of(sa.sourceHash()), "en")).hasSize(1);
    }

    @Test
    void storesABatchOfTranslationsAndFeedsTheMachineOnesToTheMemoryOnce() {
        long id = article("a", "첫 문장이다.", "둘째 문장이다.", "첫 문장이다.");
        List<PendingSegment> s = store.pending(id);

        store.save(List.of(mt(s.get(0), "The first."), mt(s.get(1), "The second."), mt(s.get(2), "The first.")), 1,
                "en");

        assertThat(store.pending(id)).isEmpty();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM hb_tm_unit").query(Integer.class).single()).isEqualTo(2);
        assertThat(store.lookup(List.of(s.get(1).sourceHash()), "en").get(s.get(1).sourceHash()).targetText())
                .isEqualTo("The second.");
    }

    @Test
    void aMachineTranslationUpdatesTheMemoryButNeverReplacesAHumanOne() {
        long a = article("a", "첫 문장이다.", "둘째 문장이다.");
        long b = article("b", "첫 문장이다.", "둘째 문장이다.");
        List<PendingSegment> sa = store.pending(a);
        List<PendingSegment> sb = store.pending(b);
        store.save(List.of(mt(sa.get(0), "machine one"), new NewTranslation(sa.get(1).segmentId(),
                sa.get(1).sourceText(), sa.get(1).sourceHash(), "person", TranslationOrigin.HUMAN, null, null)), 1, "en");

        store.save(List.of(mt(sb.get(0), "machine two"), mt(sb.get(1), "machine three")), 2, "en");

        var memory = store.lookup(List.of(sa.get(0).sourceHash(), sa.get(1).sourceHash()), "en");
        assertThat(memory.get(sa.get(0).sourceHash()).targetText()).isEqualTo("machine two");
        assertThat(memory.get(sa.get(1).sourceHash()).targetText()).isEqualTo("person");
    }

    /** Whether another session is inside an insert into {@code table} (it cannot end while {@code c} holds the row). */
    private static boolean blocked(Connection c, String table) throws java.sql.SQLException {
        try (var rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS"
                + " WHERE SESSION_ID <> SESSION_ID() AND EXECUTING_STATEMENT LIKE 'INSERT INTO " + table + "%'")) {
            return rs.next() && rs.getInt(1) > 0;
        }
    }

    /**
     * Runs {@code save} while another connection holds an uncommitted row that the save's batch also
     * inserts (it does not see the row, inserts it too and waits on its key), then commits that row.
     */
    private void saveWhileAnotherConnectionInserts(String table, String insert, List<Object> values, Runnable save)
            throws Exception {
        try (Connection other = db.dataSource.getConnection()) {
            other.setAutoCommit(false);
            try (PreparedStatement statement = other.prepareStatement("INSERT INTO " + table + " " + insert)) {
                for (int i = 0; i < values.size(); i++) {
                    statement.setObject(i + 1, values.get(i));
                }
                statement.executeUpdate();
            }
            CompletableFuture<Void> saved = CompletableFuture.runAsync(save);
            await("the batch waiting on the other insert").atMost(Duration.ofSeconds(5))
                    .pollInterval(Duration.ofMillis(10)).until(() -> blocked(other, table));
            other.commit();
            saved.get(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void aTranslationAnotherProcessStoresDuringTheBatchStandsAndTheRestAreStored() throws Exception {
        long id = article("a", "첫 문장이다.", "둘째 문장이다.");
        List<PendingSegment> s = store.pending(id);

        saveWhileAnotherConnectionInserts("hb_translation",
                "(segment_id, target_text, origin, created_at) VALUES (?, 'theirs', 'MT', CURRENT_TIMESTAMP)",
                List.of(s.get(1).segmentId()),
                () -> store.save(List.of(mt(s.get(0), "mine one"), mt(s.get(1), "mine two")), 1, "en"));

        assertThat(jdbc.sql("SELECT target_text FROM hb_translation ORDER BY segment_id").query(String.class).list())
                .containsExactly("mine one", "theirs");
        assertThat(store.lookup(List.of(s.get(0).sourceHash(), s.get(1).sourceHash()), "en"))
                .as("only what this save stored is fed to the memory").containsOnlyKeys(s.get(0).sourceHash());
    }

    @Test
    void aMemoryUnitAnotherProcessAddsDuringTheBatchIsUpdatedAndTheRestAdded() throws Exception {
        long id = article("a", "첫 문장이다.", "둘째 문장이다.");
        List<PendingSegment> s = store.pending(id);

        saveWhileAnotherConnectionInserts("hb_tm_unit", "(source_hash, target_lang, source_text, target_text, origin,"
                + " usage_count, created_at, last_used_at, changed_at) VALUES (?, 'en', ?, 'theirs', 'MT', 0,"
                + " CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)",
                List.of(s.get(1).sourceHash(), s.get(1).sourceText()),
                () -> store.save(List.of(mt(s.get(0), "mine one"), mt(s.get(1), "mine two")), 1, "en"));

        assertThat(store.pending(id)).isEmpty();
        var memory = store.lookup(List.of(s.get(0).sourceHash(), s.get(1).sourceHash()), "en");
        assertThat(memory.get(s.get(0).sourceHash()).targetText()).isEqualTo("mine one");
        assertThat(memory.get(s.get(1).sourceHash()).targetText()).isEqualTo("mine two");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM hb_tm_unit").query(Integer.class).single()).isEqualTo(2);
    }
}
