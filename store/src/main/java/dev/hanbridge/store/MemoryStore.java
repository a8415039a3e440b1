package dev.hanbridge.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.ObjLongConsumer;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import dev.hanbridge.common.MemoryMatch;
import dev.hanbridge.common.TmUnit;
import dev.hanbridge.common.TranslationOrigin;

/**
 * The translation memory as people see it: units imported from their files, the whole memory for
 * export and counts, the units a fuzzy index is built from, and the fuzzy matches each segment was
 * offered. Runs store and look up exact matches through {@link TranslationStore}.
 */
public class MemoryStore {

    private static final int IN_CHUNK = 500;
    /** Units read at once when reading the whole memory. */
    private static final int PAGE = 10_000;

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final TransactionTemplate ownTransaction;
    private final TransactionTemplate savepoint;

    public MemoryStore(JdbcClient jdbc, JdbcTemplate batch, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.ownTransaction = Db.ownTransaction(transactions);
        this.savepoint = Db.savepoint(transactions);
    }

    /**
     * A unit to write into the memory.
     *
     * @param changedBy who changed it, when the file says; may be {@code null}
     * @param changedAt when it was changed, when the file says; {@code null} for now
     * @param importedFrom the file's name
     */
    public record UnitWrite(String sourceHash, String sourceText, String targetText, String targetLang,
            TranslationOrigin origin, String engine, String changedBy, Instant changedAt, String importedFrom) {
    }

    /** What {@link #write} did with one unit. */
    public enum Written {
        ADDED, REPLACED, UNCHANGED, KEPT_HUMAN
    }

    /**
     * Writes units in one transaction: a new sentence is added; a known one takes the new target
     * unless the memory's is human and the new one is not (a human translation replaces anything, a
     * machine one never replaces a human one). A unit whose target and origin are already there is
     * left alone.
     *
     * @return what happened to each unit, in order
     */
    public List<Written> write(List<UnitWrite> units) {
        List<Written> results = new ArrayList<>(units.size());
        ownTransaction.executeWithoutResult(status -> {
            OffsetDateTime now = Db.now();
            for (UnitWrite u : units) {
                results.add(write(u, now));
            }
        });
        return results;
    }

    private Written write(UnitWrite u, OffsetDateTime now) {
        OffsetDateTime changed = u.changedAt() == null ? now : Db.ts(u.changedAt());
        var existing = jdbc.sql("SELECT target_text, origin FROM hb_tm_unit WHERE source_hash = ? AND target_lang = ?")
                .params(u.sourceHash(), u.targetLang())
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)}).optional();
        if (existing.isEmpty()) {
            try {
                savepoint.executeWithoutResult(status -> jdbc.sql("""
                        INSERT INTO hb_tm_unit (source_hash, target_lang, source_text, target_text, origin, engine,
                            usage_count, created_at, last_used_at, changed_at, changed_by, imported_from)
                        VALUES (?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?)""")
                        .params(u.sourceHash(), u.targetLang(), u.sourceText(), u.targetText(), u.origin().name(),
                                u.engine(), now, now, changed, Db.clip(u.changedBy(), 255),
                                Db.clip(u.importedFrom(), 1000))
                        .update());
                return Written.ADDED;
            } catch (DuplicateKeyException aRunStoredItJustNow) {
                return write(u, now);
            }
        }
        String target = existing.get()[0];
        TranslationOrigin origin = TranslationOrigin.valueOf(existing.get()[1]);
        if (target.equals(u.targetText()) && origin == u.origin()) {
            return Written.UNCHANGED;
        }
        if (origin == TranslationOrigin.HUMAN && u.origin() != TranslationOrigin.HUMAN) {
            return Written.KEPT_HUMAN;
        }
        jdbc.sql("""
                UPDATE hb_tm_unit SET target_text = ?, origin = ?, engine = ?, changed_at = ?, changed_by = ?,
                       imported_from = ?
                 WHERE source_hash = ? AND target_lang = ?""")
                .params(u.targetText(), u.origin().name(), u.engine(), changed, Db.clip(u.changedBy(), 255),
                        Db.clip(u.importedFrom(), 1000), u.sourceHash(), u.targetLang())
                .update();
        return Written.REPLACED;
    }

    /**
     * Every unit, oldest first, a page at a time: a driver may hold a whole result in memory
     * (PostgreSQL's does outside a transaction), and a memory of a million units should not have to fit.
     */
    public void forEach(Consumer<TmUnit> sink) {
        long after = 0;
        while (true) {
            List<TmUnit> page = jdbc.sql("SELECT * FROM hb_tm_unit WHERE id > ? ORDER BY id LIMIT " + PAGE)
                    .param(after).query((rs, n) -> unit(rs)).list();
            page.forEach(sink);
            if (page.size() < PAGE) {
                return;
            }
            after = page.get(page.size() - 1).id();
        }
    }

    /** How many units the memory holds: by target language, then by origin. */
    public Map<String, Map<TranslationOrigin, Long>> counts() {
        Map<String, Map<TranslationOrigin, Long>> counts = new java.util.TreeMap<>();
        jdbc.sql("SELECT target_lang, origin, COUNT(*) AS n FROM hb_tm_unit GROUP BY target_lang, origin")
                .query(rs -> {
                    counts.computeIfAbsent(rs.getString("target_lang"), k -> new java.util.EnumMap<>(TranslationOrigin.class))
                            .put(TranslationOrigin.valueOf(rs.getString("origin")), rs.getLong("n"));
                });
        return counts;
    }

    /** Units imported from people's files, by target language. */
    public long importedCount() {
        return jdbc.sql("SELECT COUNT(*) FROM hb_tm_unit WHERE imported_from IS NOT NULL").query(Long.class).single();
    }

    /**
     * The Korean source and number of each unit of {@code targetLang} numbered above {@code afterId},
     * in number order: a fuzzy index is built with {@code afterId = 0} and catches up with what was
     * added since by the highest number it saw.
     */
    public void sourcesAfter(String targetLang, long afterId, ObjLongConsumer<String> sink) {
        long after = afterId;
        while (true) {
            // ORDER BY both columns of ix_tm_unit_lang_id: H2 then reads the index in order and stops at
            // the page's end; by id alone it sorted every remaining unit for each page (seconds at 100,000).
            List<Object[]> page = jdbc.sql("SELECT id, source_text FROM hb_tm_unit WHERE target_lang = ? AND id > ?"
                    + " ORDER BY target_lang, id LIMIT " + PAGE)
                    .params(targetLang, after)
                    .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2)}).list();
            for (Object[] row : page) {
                sink.accept((String) row[1], (Long) row[0]);
            }
            if (page.size() < PAGE) {
                return;
            }
            after = (Long) page.get(page.size() - 1)[0];
        }
    }

    /** The units with these numbers, in no particular order; a number no unit has is left out. */
    public List<TmUnit> units(Collection<Long> ids) {
        List<Long> all = List.copyOf(new java.util.LinkedHashSet<>(ids));
        List<TmUnit> units = new ArrayList<>(all.size());
        for (int from = 0; from < all.size(); from += IN_CHUNK) {
            units.addAll(jdbc.sql("SELECT * FROM hb_tm_unit WHERE id IN (:ids)")
                    .param("ids", all.subList(from, Math.min(all.size(), from + IN_CHUNK)))
                    .query((rs, n) -> unit(rs)).list());
        }
        return units;
    }

    /**
     * Keeps the matches each segment was offered, best first, replacing what an earlier run kept for
     * it; a segment with an empty list keeps nothing. Committed on its own.
     */
    public void recordCandidates(long runId, Map<Long, List<MemoryMatch>> bySegment) {
        if (bySegment.isEmpty()) {
            return;
        }
        List<Long> segments = List.copyOf(new TreeSet<>(bySegment.keySet()));
        List<Object[]> rows = new ArrayList<>();
        for (Long segment : segments) {
            int position = 0;
            for (MemoryMatch m : bySegment.get(segment)) {
                rows.add(new Object[] {segment, position++, runId, m.percent(), m.source(), m.target(), m.origin().name()});
            }
        }
        ownTransaction.executeWithoutResult(status -> {
            for (int from = 0; from < segments.size(); from += IN_CHUNK) {
                jdbc.sql("DELETE FROM hb_tm_candidate WHERE segment_id IN (:ids)")
                        .param("ids", segments.subList(from, Math.min(segments.size(), from + IN_CHUNK))).update();
            }
            batch.batchUpdate("""
                    INSERT INTO hb_tm_candidate (segment_id, position, run_id, percent, source_text, target_text, origin)
                    VALUES (?, ?, ?, ?, ?, ?, ?)""", rows);
        });
    }

    private static TmUnit unit(ResultSet rs) throws SQLException {
        return new TmUnit(rs.getLong("id"), rs.getString("source_text"), rs.getString("target_text"),
                rs.getString("target_lang"), TranslationOrigin.valueOf(rs.getString("origin")), rs.getString("engine"),
                rs.getInt("usage_count"), Db.instant(rs.getObject("created_at", OffsetDateTime.class)),
                Db.instant(rs.getObject("changed_at", OffsetDateTime.class)), rs.getString("changed_by"),
                rs.getString("imported_from"), Db.instant(rs.getObject("last_used_at", OffsetDateTime.class)));
    }
}
