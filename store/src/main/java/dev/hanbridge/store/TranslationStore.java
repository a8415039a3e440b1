package dev.hanbridge.store;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.IntSupplier;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import dev.hanbridge.common.NewTranslation;
import dev.hanbridge.common.PendingSegment;
import dev.hanbridge.common.TmHit;
import dev.hanbridge.common.TranslationOrigin;

/**
 * Translations and the translation memory. {@link #save} commits in its own transaction, whatever
 * transaction the caller is in: a translation an engine returned is durable before the next
 * request goes out, so a crash never pays for it twice.
 */
public class TranslationStore {

    private static final int IN_CHUNK = 500;

    private static final String INSERT_TRANSLATION_IF_NONE = """
            INSERT INTO hb_translation (segment_id, target_text, origin, engine, model, score, run_id, created_at)
            SELECT ?, ?, ?, ?, ?, ?, ?, ?
             WHERE NOT EXISTS (SELECT 1 FROM hb_translation WHERE segment_id = ?)""";
    private static final String INSERT_UNIT_IF_NONE = """
            INSERT INTO hb_tm_unit (source_hash, target_lang, source_text, target_text, origin, engine,
                usage_count, created_at, last_used_at, changed_at)
            SELECT ?, ?, ?, ?, ?, ?, 0, ?, ?, ?
             WHERE NOT EXISTS (SELECT 1 FROM hb_tm_unit WHERE source_hash = ? AND target_lang = ?)""";
    private static final String UPDATE_UNIT_UNLESS_HUMAN = """
            UPDATE hb_tm_unit SET target_text = ?, origin = ?, engine = ?, last_used_at = ?, changed_at = ?,
                   changed_by = NULL, imported_from = NULL
             WHERE source_hash = ? AND target_lang = ? AND (origin <> 'HUMAN' OR ? = 'HUMAN')""";

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final boolean checkpointAfterSave;
    private final TransactionTemplate ownTransaction;
    /**
     * A savepoint: an insert that may hit a unique key (another thread or process got there
     * first) must not poison the surrounding transaction, which PostgreSQL aborts on any error.
     */
    private final TransactionTemplate savepoint;

    public TranslationStore(JdbcClient jdbc, JdbcTemplate batch, PlatformTransactionManager transactions) {
        this(jdbc, batch, transactions, false);
    }

    /**
     * @param checkpointAfterSave run H2's {@code CHECKPOINT} after each {@link #save} commits, so
     *        that the commit survives a killed process: H2 with a write delay (kept for speed)
     *        writes commits out only within it (100 ms in application.properties). Not for
     *        PostgreSQL, which has no such statement and writes a commit out before it returns.
     */
    public TranslationStore(JdbcClient jdbc, JdbcTemplate batch, PlatformTransactionManager transactions,
            boolean checkpointAfterSave) {
        this.checkpointAfterSave = checkpointAfterSave;
        this.jdbc = jdbc;
        this.batch = batch;
        this.ownTransaction = Db.ownTransaction(transactions);
        this.savepoint = Db.savepoint(transactions);
    }

    /**
     * Runs a conditional insert at a savepoint; false when it added nothing or a unique key says the
     * row is already there.
     */
    private boolean insertUnlessPresent(IntSupplier insert) {
        try {
            Integer added = savepoint.execute(status -> insert.getAsInt());
            return added != null && added == 1;
        } catch (DuplicateKeyException alreadyThere) {
            return false;
        }
    }

    /** The article's segments that have no translation, in reading order. */
    public List<PendingSegment> pending(long articleId) {
        return jdbc.sql("""
                SELECT s.id, b.position AS block_position, s.position, s.source_text, s.source_hash
                  FROM hb_segment s JOIN hb_block b ON b.id = s.block_id
                 WHERE s.article_id = ?
                   AND NOT EXISTS (SELECT 1 FROM hb_translation t WHERE t.segment_id = s.id)
                 ORDER BY b.position, s.position""")
                .param(articleId)
                .query((rs, n) -> new PendingSegment(rs.getLong("id"), rs.getInt("block_position"),
                        rs.getInt("position"), rs.getString("source_text"), rs.getString("source_hash").trim()))
                .list();
    }

    /** Exact translation-memory matches for the given normalised-source hashes. */
    public Map<String, TmHit> lookup(Collection<String> sourceHashes, String targetLang) {
        Map<String, TmHit> hits = new HashMap<>();
        List<String> all = new ArrayList<>(new java.util.LinkedHashSet<>(sourceHashes));
        for (int from = 0; from < all.size(); from += IN_CHUNK) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + IN_CHUNK));
            jdbc.sql("SELECT source_hash, target_text, origin, engine FROM hb_tm_unit WHERE target_lang = :lang"
                    + " AND source_hash IN (:hashes)")
                    .param("lang", targetLang).param("hashes", chunk)
                    .query(rs -> {
                        String hash = rs.getString("source_hash").trim();
                        hits.put(hash, new TmHit(hash, rs.getString("target_text"),
                                TranslationOrigin.valueOf(rs.getString("origin")), rs.getString("engine")));
                    });
        }
        return hits;
    }

    /**
     * Stores the translations and feeds new machine and human ones to the translation memory, in one
     * transaction of its own. A segment that already has a translation keeps it (the first one
     * stored wins), so a retried batch can never store a segment twice. What came from memory
     * ({@link NewTranslation#fromMemory()}) is not fed back. In the memory a human translation
     * replaces anything, and a machine translation never replaces a human one.
     */
    public void save(List<NewTranslation> translations, long runId, String targetLang) {
        if (translations.isEmpty()) {
            return;
        }
        ownTransaction.executeWithoutResult(status -> {
            var now = Db.now();
            boolean[] stored = insertTranslations(translations, runId, now);
            // By source, in one order on every thread and process: two batches inserting the same
            // sources in opposite orders would wait on each other in PostgreSQL.
            Map<String, NewTranslation> forMemory = new TreeMap<>();
            for (int i = 0; i < translations.size(); i++) {
                NewTranslation t = translations.get(i);
                if (stored[i] && !t.fromMemory()
                        && (t.origin() == TranslationOrigin.MT || t.origin() == TranslationOrigin.HUMAN)) {
                    forMemory.put(t.sourceHash(), t);
                }
            }
            remember(List.copyOf(forMemory.values()), targetLang, now);
        });
        if (checkpointAfterSave) {
            jdbc.sql("CHECKPOINT").update();
        }
    }

    /** Inserts each translation whose segment has none; per translation, whether it was stored. */
    private boolean[] insertTranslations(List<NewTranslation> translations, long runId, OffsetDateTime now) {
        List<Object[]> rows = new ArrayList<>(translations.size());
        for (NewTranslation t : translations) {
            rows.add(new Object[] {t.segmentId(), t.targetText(), t.origin().name(), t.engine(), t.model(), t.score(),
                    runId, now, t.segmentId()});
        }
        return insertIfNone(INSERT_TRANSLATION_IF_NONE, rows);
    }

    /**
     * Adds the translations to the memory, or updates their units there: in the memory a human
     * translation replaces anything, and a machine translation never replaces a human one.
     */
    private void remember(List<NewTranslation> translations, String targetLang, OffsetDateTime now) {
        if (translations.isEmpty()) {
            return;
        }
        List<Object[]> rows = new ArrayList<>(translations.size());
        for (NewTranslation t : translations) {
            rows.add(new Object[] {t.sourceHash(), targetLang, t.sourceText(), t.targetText(), t.origin().name(),
                    t.engine(), now, now, now, t.sourceHash(), targetLang});
        }
        boolean[] added = insertIfNone(INSERT_UNIT_IF_NONE, rows);
        List<Object[]> updates = new ArrayList<>();
        for (int i = 0; i < translations.size(); i++) {
            if (!added[i]) {
                NewTranslation t = translations.get(i);
                updates.add(new Object[] {t.targetText(), t.origin().name(), t.engine(), now, now, t.sourceHash(),
                        targetLang, t.origin().name()});
            }
        }
        if (!updates.isEmpty()) {
            batch.batchUpdate(UPDATE_UNIT_UNLESS_HUMAN, updates);
        }
    }

    /**
     * Runs a conditional insert ({@code INSERT ... SELECT ... WHERE NOT EXISTS}) for each row in one
     * round trip; each statement's update count says whether it added its row. When another thread
     * or process inserts one of the keys between the look and the insert, the batch goes back to its
     * savepoint and the rows go in one at a time.
     *
     * @return per row, whether it was added
     */
    private boolean[] insertIfNone(String sql, List<Object[]> rows) {
        try {
            return savepoint.execute(status -> inserted(batch.batchUpdate(sql, rows)));
        } catch (DuplicateKeyException raced) {
            boolean[] added = new boolean[rows.size()];
            for (int i = 0; i < rows.size(); i++) {
                Object[] row = rows.get(i);
                added[i] = insertUnlessPresent(() -> jdbc.sql(sql).params(row).update());
            }
            return added;
        }
    }

    /** Which statements of a batch of conditional inserts added their row. */
    private static boolean[] inserted(int[] counts) {
        boolean[] added = new boolean[counts.length];
        for (int i = 0; i < counts.length; i++) {
            added[i] = counts[i] == 1;
        }
        return added;
    }

    /** Counts a reuse of translation-memory entries. */
    public void touch(Collection<String> sourceHashes, String targetLang) {
        if (sourceHashes.isEmpty()) {
            return;
        }
        var now = Db.now();
        List<Object[]> rows = new ArrayList<>(sourceHashes.size());
        // in one order everywhere, as save's inserts
        for (String hash : new TreeSet<>(sourceHashes)) {
            rows.add(new Object[] {now, hash, targetLang});
        }
        ownTransaction.executeWithoutResult(status -> batch.batchUpdate("UPDATE hb_tm_unit SET usage_count = "
                + "usage_count + 1, last_used_at = ? WHERE source_hash = ? AND target_lang = ?", rows));
    }

    /**
     * Makes {@code target} the segment's translation whatever it had, with origin {@code HUMAN}: a
     * person's reviewed translation outranks any other. Does not touch the memory.
     *
     * @return false when the segment had that human translation already
     */
    public boolean replaceWithHuman(long segmentId, String target) {
        Boolean changed = ownTransaction.execute(status -> {
            var now = Db.now();
            int same = jdbc.sql("SELECT COUNT(*) FROM hb_translation WHERE segment_id = ? AND origin = 'HUMAN'"
                    + " AND target_text = ?").params(segmentId, target).query(Integer.class).single();
            if (same > 0) {
                return false;
            }
            int updated = jdbc.sql("""
                    UPDATE hb_translation SET target_text = ?, origin = 'HUMAN', engine = NULL, model = NULL,
                           score = NULL, created_at = ?
                     WHERE segment_id = ?""").params(target, now, segmentId).update();
            if (updated == 0) {
                jdbc.sql("""
                        INSERT INTO hb_translation (segment_id, target_text, origin, created_at)
                        VALUES (?, ?, 'HUMAN', ?)""").params(segmentId, target, now).update();
            }
            return true;
        });
        return Boolean.TRUE.equals(changed);
    }

    /** Records that an engine rejected a segment for good; the run reports it. */
    public void recordFailure(long segmentId, long runId, String engine, String reason) {
        ownTransaction.executeWithoutResult(status -> jdbc.sql("""
                INSERT INTO hb_translation_failure (segment_id, run_id, engine, reason, created_at)
                VALUES (?, ?, ?, ?, ?)""")
                .params(segmentId, runId, engine, Db.clip(reason, 4000), Db.now()).update());
    }

    /** How the run's segments were translated: key is {@code origin} or {@code origin:engine}. */
    public Map<String, Long> translatedBy(long runId) {
        Map<String, Long> counts = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT t.origin, t.engine, COUNT(*) AS n
                  FROM hb_translation t JOIN hb_segment s ON s.id = t.segment_id
                  JOIN hb_article a ON a.id = s.article_id
                 WHERE a.run_id = ? GROUP BY t.origin, t.engine ORDER BY t.origin, t.engine""")
                .param(runId)
                .query(rs -> {
                    String engine = rs.getString("engine");
                    String key = rs.getString("origin") + (engine == null ? "" : ":" + engine);
                    counts.put(key, rs.getLong("n"));
                });
        return counts;
    }

    /**
     * How each of the run's articles was translated: article id to segment counts by
     * {@code origin}, machine translations by {@code MT:engine} ("MT:deepl", "TM_EXACT" ...).
     */
    public Map<Long, Map<String, Long>> translatedByArticle(long runId) {
        Map<Long, Map<String, Long>> by = new HashMap<>();
        jdbc.sql("""
                SELECT s.article_id, t.origin, t.engine, COUNT(*) AS n
                  FROM hb_segment s JOIN hb_translation t ON t.segment_id = s.id
                  JOIN hb_article a ON a.id = s.article_id
                 WHERE a.run_id = ?
                 GROUP BY s.article_id, t.origin, t.engine""")
                .param(runId)
                .query(rs -> {
                    String engine = rs.getString("engine");
                    String key = rs.getString("origin") + ("MT".equals(rs.getString("origin")) && engine != null
                            ? ":" + engine : "");
                    by.computeIfAbsent(rs.getLong("article_id"), k -> new LinkedHashMap<>())
                            .merge(key, rs.getLong("n"), Long::sum);
                });
        return by;
    }

    /**
     * A run's segments and how many of them have no translation. The run's articles come first in
     * the FROM: with the segments first, H2 read every segment of every run and, for each, the run's
     * articles (a 200-article cron run after five others: 0.5 s, three times per run, growing with
     * the database's history).
     */
    static final String SEGMENT_COUNTS = """
            SELECT COUNT(*) AS total,
                   SUM(CASE WHEN t.segment_id IS NULL THEN 1 ELSE 0 END) AS untranslated
              FROM hb_article a JOIN hb_segment s ON s.article_id = a.id
              LEFT JOIN hb_translation t ON t.segment_id = s.id
             WHERE a.run_id = ?""";

    /** Segment counts of the run's articles: total and untranslated. */
    public long[] segmentCounts(long runId) {
        return jdbc.sql(SEGMENT_COUNTS)
                .param(runId)
                .query((rs, n) -> new long[] {rs.getLong("total"), rs.getLong("untranslated")})
                .single();
    }

    /** Why the run's most recently rejected segment was rejected, if one was. */
    public java.util.Optional<String> lastFailureReason(long runId) {
        return jdbc.sql("SELECT reason FROM hb_translation_failure WHERE run_id = ? ORDER BY id DESC LIMIT 1")
                .param(runId).query(String.class).optional();
    }

    public long failureCount(long runId) {
        return jdbc.sql("SELECT COUNT(*) FROM hb_translation_failure WHERE run_id = ?").param(runId)
                .query(Long.class).single();
    }
}
