package dev.hanbridge.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.hanbridge.common.BlockKind;
import dev.hanbridge.common.NewTranslation;
import dev.hanbridge.common.PendingSegment;
import dev.hanbridge.common.TranslationOrigin;
import dev.hanbridge.common.text.KoreanText;

class TranslationStoreTest {

    private JdbcClient jdbc;
    private TranslationStore store;
    private ArticleStore articles;

    @BeforeEach
    void setUp() {
        var db = new MemoryDatabase();
        jdbc = db.jdbc;
        store = new TranslationStore(jdbc, db.transactions);
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
}
