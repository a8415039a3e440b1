package dev.hanbridge.store;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import dev.hanbridge.common.QualityFinding;
import dev.hanbridge.common.QualityFinding.Severity;
import dev.hanbridge.common.QualityFinding.Span;
import dev.hanbridge.common.SegmentPair;
import dev.hanbridge.common.TranslationOrigin;
import dev.hanbridge.common.text.KoreanText;

/**
 * QA findings of stored translations ({@code hb_qa_check}, {@code hb_qa_finding}). A translation
 * counts as checked when it has a check row for the current checker version and for its current
 * target text; human translations are never checked, nor copied segments (no Korean, nothing was
 * translated). Findings are derived data, so {@link #record}
 * commits on its own without the write-out a translation gets: a crash that loses it costs one
 * re-check on the next pass, never a request to an engine.
 */
public class QaStore {

    private static final int IN_CHUNK = 500;

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final TransactionTemplate ownTransaction;

    public QaStore(JdbcClient jdbc, JdbcTemplate batch, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.ownTransaction = Db.ownTransaction(transactions);
    }

    /**
     * The articles' machine and memory translations that {@code checkerVersion} has not checked: never
     * checked, checked by an older checker, or replaced since they were checked. Article by article
     * (by id), each in reading order.
     */
    public List<SegmentPair> unchecked(Collection<Long> articleIds, int checkerVersion) {
        List<SegmentPair> out = new ArrayList<>();
        List<Long> ids = List.copyOf(new TreeSet<>(articleIds));
        for (int from = 0; from < ids.size(); from += IN_CHUNK) {
            jdbc.sql("""
                    SELECT s.id, s.position, s.source_text, t.target_text, t.origin, t.engine, t.model,
                           c.checker_version, c.target_sha256
                      FROM hb_segment s JOIN hb_block b ON b.id = s.block_id
                      JOIN hb_translation t ON t.segment_id = s.id
                      LEFT JOIN hb_qa_check c ON c.segment_id = s.id
                     WHERE s.article_id IN (:ids) AND t.origin NOT IN ('HUMAN', 'COPIED')
                     ORDER BY s.article_id, b.position, s.position""")
                    .param("ids", ids.subList(from, Math.min(ids.size(), from + IN_CHUNK)))
                    .query(rs -> {
                        String target = rs.getString("target_text");
                        int version = rs.getInt("checker_version");
                        boolean current = !rs.wasNull() && version >= checkerVersion
                                && sha256(target).equals(rs.getString("target_sha256"));
                        if (!current) {
                            out.add(new SegmentPair(rs.getLong("id"), rs.getInt("position"), rs.getString("source_text"),
                                    target, TranslationOrigin.valueOf(rs.getString("origin")), rs.getString("engine"),
                                    rs.getString("model")));
                        }
                    });
        }
        return out;
    }

    /**
     * Stores what the checks found in each pair ({@link SegmentPair#findings()}, empty when nothing),
     * replacing what an earlier check of the same segments stored, in one transaction of its own.
     * When another process recorded one of the segments at the same moment, the write is made once
     * more over its record.
     */
    public void record(List<SegmentPair> checked, int checkerVersion) {
        if (checked.isEmpty()) {
            return;
        }
        List<Object[]> checks = new ArrayList<>(checked.size());
        List<Object[]> findings = new ArrayList<>();
        var now = Db.now();
        for (SegmentPair pair : checked) {
            checks.add(new Object[] {pair.segmentId(), checkerVersion, sha256(pair.target()), now});
            int position = 0;
            for (QualityFinding f : pair.findings()) {
                findings.add(new Object[] {pair.segmentId(), position++, f.check(), f.severity().name(),
                        start(f.source()), end(f.source()), start(f.target()), end(f.target()), Db.clip(f.message(), 4000)});
            }
        }
        List<Long> ids = checked.stream().map(SegmentPair::segmentId).toList();
        Runnable write = () -> ownTransaction.executeWithoutResult(status -> {
            for (int from = 0; from < ids.size(); from += IN_CHUNK) {
                jdbc.sql("DELETE FROM hb_qa_check WHERE segment_id IN (:ids)")
                        .param("ids", ids.subList(from, Math.min(ids.size(), from + IN_CHUNK))).update();
            }
            batch.batchUpdate("INSERT INTO hb_qa_check (segment_id, checker_version, target_sha256, checked_at)"
                    + " VALUES (?, ?, ?, ?)", checks);
            batch.batchUpdate("INSERT INTO hb_qa_finding (segment_id, position, check_id, severity, source_start,"
                    + " source_end, target_start, target_end, message) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", findings);
        });
        try {
            write.run();
        } catch (DuplicateKeyException raced) {
            // Another process checked some of the same translations between our delete and insert (it
            // saw the same texts), and the whole batch went, the other segments' results with it:
            // once more, the delete now finds its rows. Should that race again, its rows stand for
            // those segments and the rest stay unchecked until the next check of their articles.
            try {
                write.run();
            } catch (DuplicateKeyException again) {
                // as above
            }
        }
    }

    /** The article's findings by segment id, for translations whose stored text is the one checked. */
    public Map<Long, List<QualityFinding>> findingsOf(long articleId) {
        return findingsOf(jdbc, articleId);
    }

    static Map<Long, List<QualityFinding>> findingsOf(JdbcClient jdbc, long articleId) {
        Map<Long, List<QualityFinding>> by = new HashMap<>();
        Map<Long, Boolean> current = new HashMap<>();
        jdbc.sql("""
                SELECT f.*, c.target_sha256, t.target_text
                  FROM hb_qa_finding f JOIN hb_qa_check c ON c.segment_id = f.segment_id
                  JOIN hb_translation t ON t.segment_id = f.segment_id
                  JOIN hb_segment s ON s.id = f.segment_id
                 WHERE s.article_id = ? AND t.origin NOT IN ('HUMAN', 'COPIED')
                 ORDER BY f.segment_id, f.position""")
                .param(articleId)
                .query(rs -> {
                    long segment = rs.getLong("segment_id");
                    boolean fresh = current.computeIfAbsent(segment, id -> {
                        try {
                            return sha256(rs.getString("target_text")).equals(rs.getString("target_sha256"));
                        } catch (SQLException e) {
                            throw new IllegalStateException(e);
                        }
                    });
                    if (fresh) {
                        by.computeIfAbsent(segment, id -> new ArrayList<>()).add(finding(rs));
                    }
                });
        return by;
    }

    /** What the checks found in the run's articles, all together. */
    public QaSummary ofRun(long runId) {
        return byRuns(List.of(runId)).getOrDefault(runId, QaSummary.NONE);
    }

    /**
     * What the checks found in each of the run's articles that has checked translations, by article id.
     * A translation a person replaced since it was checked is not counted.
     */
    public Map<Long, QaSummary> byArticle(long runId) {
        return summaries("s.article_id", List.of(runId));
    }

    /**
     * What the checks found in each of these runs, by run id, in two grouped queries for them all
     * (lists of runs: a summary per run cost two queries per row); runs without checked
     * translations are missing from the map.
     */
    public Map<Long, QaSummary> byRuns(java.util.Collection<Long> runIds) {
        if (runIds.isEmpty()) {
            return Map.of();
        }
        return summaries("a.run_id", List.copyOf(runIds));
    }

    /** QA summaries of the runs' checked translations, grouped by {@code key} (a column of s or a). */
    private Map<Long, QaSummary> summaries(String key, List<Long> runIds) {
        Map<Long, long[]> checked = new TreeMap<>();
        jdbc.sql("""
                SELECT %s AS k, COUNT(*) AS checked,
                       SUM(CASE WHEN EXISTS (SELECT 1 FROM hb_qa_finding f WHERE f.segment_id = c.segment_id)
                           THEN 1 ELSE 0 END) AS flagged
                  FROM hb_qa_check c JOIN hb_segment s ON s.id = c.segment_id
                  JOIN hb_article a ON a.id = s.article_id
                  JOIN hb_translation t ON t.segment_id = c.segment_id
                 WHERE a.run_id IN (:ids) AND t.origin NOT IN ('HUMAN', 'COPIED') GROUP BY %s""".formatted(key, key))
                .param("ids", runIds)
                .query(rs -> {
                    checked.put(rs.getLong("k"), new long[] {rs.getLong("checked"), rs.getLong("flagged")});
                });
        Map<Long, Map<String, Map<Severity, Long>>> counts = new HashMap<>();
        jdbc.sql("""
                SELECT %s AS k, f.check_id, f.severity, COUNT(*) AS n
                  FROM hb_qa_finding f JOIN hb_segment s ON s.id = f.segment_id
                  JOIN hb_article a ON a.id = s.article_id
                  JOIN hb_translation t ON t.segment_id = f.segment_id
                 WHERE a.run_id IN (:ids) AND t.origin NOT IN ('HUMAN', 'COPIED')
                 GROUP BY %s, f.check_id, f.severity""".formatted(key, key))
                .param("ids", runIds)
                .query(rs -> {
                    counts.computeIfAbsent(rs.getLong("k"), id -> new TreeMap<>())
                            .computeIfAbsent(rs.getString("check_id"), c -> new EnumMap<>(Severity.class))
                            .put(Severity.valueOf(rs.getString("severity")), rs.getLong("n"));
                });
        Map<Long, QaSummary> out = new LinkedHashMap<>();
        checked.forEach((k, n) -> out.put(k, new QaSummary(n[0], n[1], counts.getOrDefault(k, Map.of()))));
        return Collections.unmodifiableMap(out);
    }

    private static QualityFinding finding(ResultSet rs) throws SQLException {
        return new QualityFinding(rs.getString("check_id"), Severity.valueOf(rs.getString("severity")),
                span(rs, "source_start", "source_end"), span(rs, "target_start", "target_end"), rs.getString("message"));
    }

    private static Span span(ResultSet rs, String start, String end) throws SQLException {
        int s = rs.getInt(start);
        if (rs.wasNull()) {
            return null;
        }
        return new Span(s, rs.getInt(end));
    }

    private static Integer start(Span span) {
        return span == null ? null : span.start();
    }

    private static Integer end(Span span) {
        return span == null ? null : span.end();
    }

    /** SHA-256 of the exact text, unnormalised: any change to a target makes its check outdated. */
    static String sha256(String text) {
        return KoreanText.sha256Hex(text.getBytes(StandardCharsets.UTF_8));
    }
}
