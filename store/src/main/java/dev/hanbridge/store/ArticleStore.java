package dev.hanbridge.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.hanbridge.common.ArticleStatus;
import dev.hanbridge.common.BilingualArticle;
import dev.hanbridge.common.BilingualBlock;
import dev.hanbridge.common.BlockKind;
import dev.hanbridge.common.MemoryMatch;
import dev.hanbridge.common.QualityFinding;
import dev.hanbridge.common.SegmentPair;
import dev.hanbridge.common.TranslationOrigin;
import dev.hanbridge.common.text.KoreanText;

/**
 * Articles with their blocks and segments. An article row is one version of one source: a changed
 * source gets a new row (version + 1), an unchanged one keeps its row. Segments never change after
 * they are stored; translations point at them, which keeps every export aligned.
 */
public class ArticleStore {

    private static final String ROW_SELECT = """
            SELECT a.*, (SELECT COUNT(*) FROM hb_segment s WHERE s.article_id = a.id) AS segments,
                   (SELECT COUNT(*) FROM hb_segment s JOIN hb_translation t ON t.segment_id = s.id
                     WHERE s.article_id = a.id) AS translated
              FROM hb_article a""";

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    public ArticleStore(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** The newest version of the source, if it was seen before. */
    public Optional<KnownSource> findLatest(String sourceUri) {
        return jdbc.sql("""
                SELECT a.id, a.content_sha256, a.version, a.status, a.run_id,
                       (SELECT COUNT(*) FROM hb_segment s WHERE s.article_id = a.id
                           AND NOT EXISTS (SELECT 1 FROM hb_translation t WHERE t.segment_id = s.id)) AS untranslated
                  FROM hb_article a WHERE a.source_uri = ? ORDER BY a.version DESC LIMIT 1""")
                .param(sourceUri)
                .query((rs, n) -> {
                    long run = rs.getLong("run_id");
                    Long runId = rs.wasNull() ? null : run;
                    return new KnownSource(rs.getLong("id"), rs.getString("content_sha256").trim(),
                            rs.getInt("version"), ArticleStatus.valueOf(rs.getString("status")), runId,
                            rs.getInt("untranslated"));
                })
                .optional();
    }

    /** Stores a newly ingested article version without a section; returns its id. */
    public long insertIngested(long runId, String sourceUri, String sourceName, String sha256, int version,
            String mediaType, String charset, String title, String byline, Instant publishedAt,
            List<SegmentedBlock> blocks) {
        return insertIngested(runId, sourceUri, sourceName, sha256, version, mediaType, charset, title, byline, null,
                publishedAt, blocks);
    }

    /**
     * Stores a newly ingested article version with its blocks and segments; returns its id.
     *
     * @param section the news site's section ({@code IT}, {@code 경제 > 금융}), null when the source does not say
     */
    public long insertIngested(long runId, String sourceUri, String sourceName, String sha256, int version,
            String mediaType, String charset, String title, String byline, String section, Instant publishedAt,
            List<SegmentedBlock> blocks) {
        long id = insertArticle(runId, sourceUri, sourceName, sha256, version, mediaType, charset, title, byline,
                section, publishedAt, ArticleStatus.INGESTED, null);
        List<Object[]> blockRows = new ArrayList<>(blocks.size());
        for (int position = 0; position < blocks.size(); position++) {
            SegmentedBlock block = blocks.get(position);
            blockRows.add(new Object[] {id, position, block.kind().name(), block.text()});
        }
        // One batch for the blocks and one query for their ids: a round trip per block was a
        // good part of the ingest step's time (bench/pipeline.sh).
        batch.batchUpdate("INSERT INTO hb_block (article_id, position, kind, text) VALUES (?, ?, ?, ?)", blockRows);
        Map<Integer, Long> blockIds = new java.util.HashMap<>();
        jdbc.sql("SELECT id, position FROM hb_block WHERE article_id = ?").param(id)
                .query(rs -> {
                    blockIds.put(rs.getInt("position"), rs.getLong("id"));
                });
        List<Object[]> segmentRows = new ArrayList<>();
        for (int position = 0; position < blocks.size(); position++) {
            long blockId = blockIds.get(position);
            int segmentPosition = 0;
            for (String segment : blocks.get(position).segments()) {
                segmentRows.add(new Object[] {id, blockId, segmentPosition++, segment, KoreanText.hash(segment)});
            }
        }
        batch.batchUpdate("INSERT INTO hb_segment (article_id, block_id, position, source_text, source_hash)"
                + " VALUES (?, ?, ?, ?, ?)", segmentRows);
        jdbc.sql("UPDATE hb_article SET export_name = ? WHERE id = ?")
                .params(exportName(sourceName, id), id).update();
        return id;
    }

    /** Stores a source that could not be read, with the reason a person can act on. */
    public long insertFailed(long runId, String sourceUri, String sourceName, String sha256, int version,
            String mediaType, String reason) {
        return insertArticle(runId, sourceUri, sourceName, sha256, version, mediaType, null, null, null, null, null,
                ArticleStatus.FAILED, Db.clip(reason, 4000));
    }

    private long insertArticle(long runId, String sourceUri, String sourceName, String sha256, int version,
            String mediaType, String charset, String title, String byline, String section, Instant publishedAt,
            ArticleStatus status, String reason) {
        var keys = Db.keyHolder();
        OffsetDateTime now = Db.now();
        jdbc.sql("""
                INSERT INTO hb_article (source_uri, source_name, content_sha256, version, media_type, charset, title,
                    byline, section, published_at, status, failure_reason, run_id, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(sourceUri, Db.clip(sourceName, 1000), sha256, version, Db.clip(mediaType, 255),
                        Db.clip(charset, 64), title, byline, Db.clip(section, 200), Db.ts(publishedAt), status.name(),
                        reason, runId, now, now)
                .update(keys, "id");
        return Db.id(keys);
    }

    /** Makes the run responsible for an article stored earlier (an unfinished or re-translatable one). */
    public void claim(long articleId, long runId, ArticleStatus status) {
        jdbc.sql("UPDATE hb_article SET run_id = ?, status = ?, updated_at = ? WHERE id = ?")
                .params(runId, status.name(), Db.now(), articleId).update();
    }

    /** Sets the status of many articles in one statement. */
    public void setStatus(java.util.Collection<? extends Long> articleIds, ArticleStatus status) {
        if (articleIds.isEmpty()) {
            return;
        }
        jdbc.sql("UPDATE hb_article SET status = :status, updated_at = :now WHERE id IN (:ids)")
                .param("status", status.name()).param("now", Db.now()).param("ids", List.copyOf(articleIds)).update();
    }

    public void setStatus(long articleId, ArticleStatus status) {
        jdbc.sql("UPDATE hb_article SET status = ?, updated_at = ? WHERE id = ?")
                .params(status.name(), Db.now(), articleId).update();
    }

    /** Ids of the run's articles in a status, oldest first. */
    public List<Long> idsOf(long runId, ArticleStatus status) {
        return jdbc.sql("SELECT id FROM hb_article WHERE run_id = ? AND status = ? ORDER BY id")
                .params(runId, status.name()).query(Long.class).list();
    }

    /**
     * The ids of one partition of the run's articles with {@code status}: those whose id modulo
     * {@code partitions} is {@code partition}. Ids are handed out in sequence, so the partitions come
     * out about even, and a partition read again after a crash finds the same articles.
     */
    public List<Long> idsOf(long runId, ArticleStatus status, int partition, int partitions) {
        return jdbc.sql("SELECT id FROM hb_article WHERE run_id = ? AND status = ? AND MOD(id, ?) = ? ORDER BY id")
                .params(runId, status.name(), partitions, partition).query(Long.class).list();
    }

    /** The run's articles waiting for the translate step (INGESTED), oldest first, with what they have pending. */
    public List<PendingArticle> pendingOf(long runId) {
        return pending("", runId, ArticleStatus.INGESTED.name());
    }

    /**
     * As {@link #pendingOf(long)}, for one partition of them (split as {@link #idsOf(long,
     * ArticleStatus, int, int)} splits them): a distributed run's worker packs the short articles of
     * its own partition.
     */
    public List<PendingArticle> pendingOf(long runId, int partition, int partitions) {
        return pending(" AND MOD(a.id, ?) = ?", runId, ArticleStatus.INGESTED.name(), partitions, partition);
    }

    private List<PendingArticle> pending(String andWhere, Object... params) {
        return jdbc.sql("""
                SELECT a.id, a.title, COUNT(s.id) AS segments, COALESCE(SUM(LENGTH(s.source_text)), 0) AS chars
                  FROM hb_article a
                  LEFT JOIN hb_segment s ON s.article_id = a.id
                       AND NOT EXISTS (SELECT 1 FROM hb_translation t WHERE t.segment_id = s.id)
                 WHERE a.run_id = ? AND a.status = ?""" + andWhere + """

                 GROUP BY a.id, a.title
                 ORDER BY a.id""")
                .params(params)
                .query((rs, n) -> new PendingArticle(rs.getLong("id"), rs.getString("title"), rs.getInt("segments"),
                        rs.getLong("chars")))
                .list();
    }

    public List<ArticleRow> rowsOf(long runId) {
        return jdbc.sql(ROW_SELECT + " WHERE a.run_id = ? ORDER BY a.id").param(runId).query(ArticleStore::row).list();
    }

    /**
     * The run's articles as its bundle lists them, oldest first, handed to the sink a page at a time:
     * a list of a whole run's rows was most of what a 10,000-article run held live in its bundle step,
     * and without the per-article segment counts that {@link #rowsOf(long)} adds.
     */
    public void forEachSourceOf(long runId, Consumer<ArticleSource> sink) {
        Db.IdRange range = Db.IdRange.of(jdbc, "hb_article", runId);
        for (long after = range.first() - 1; after < range.last(); ) {
            // By id alone, the run checked here: with run_id in the query H2 took the run's index
            // and sorted all of the run's rows for every page.
            List<RunSource> page = jdbc.sql("""
                    SELECT id, run_id, source_uri, content_sha256, status, failure_reason FROM hb_article
                     WHERE id > ? AND id <= ? ORDER BY id LIMIT %d""".formatted(Db.PAGE))
                    .params(after, range.last())
                    .query((rs, n) -> new RunSource(rs.getLong("run_id"), new ArticleSource(rs.getLong("id"),
                            rs.getString("source_uri"), rs.getString("content_sha256"),
                            ArticleStatus.valueOf(rs.getString("status")), rs.getString("failure_reason"))))
                    .list();
            page.stream().filter(row -> row.runId() == runId).forEach(row -> sink.accept(row.source()));
            after = page.isEmpty() ? range.last() : page.get(page.size() - 1).source().id();
        }
    }

    /** A source with the run it belongs to: a page by id may hold rows of runs at the same time. */
    private record RunSource(long runId, ArticleSource source) {
    }

    /** An article as the run's bundle names it; {@code failureReason} only for a failed one. */
    public record ArticleSource(long id, String sourceUri, String contentSha256, ArticleStatus status,
            String failureReason) {
    }

    /** The run's articles in one status, oldest first. */
    public List<ArticleRow> rowsOf(long runId, ArticleStatus status) {
        return jdbc.sql(ROW_SELECT + " WHERE a.run_id = ? AND a.status = ? ORDER BY a.id").params(runId, status.name())
                .query(ArticleStore::row).list();
    }

    /** The article's title, if it has one. */
    public Optional<String> title(long articleId) {
        return jdbc.sql("SELECT title FROM hb_article WHERE id = ?").param(articleId).query(String.class).optional();
    }

    public Optional<ArticleRow> row(long articleId) {
        return jdbc.sql(ROW_SELECT + " WHERE a.id = ?").param(articleId).query(ArticleStore::row).optional();
    }

    /** Counts of the run's articles by status. */
    public Map<ArticleStatus, Long> countByStatus(long runId) {
        Map<ArticleStatus, Long> counts = new LinkedHashMap<>();
        for (ArticleStatus s : ArticleStatus.values()) {
            counts.put(s, 0L);
        }
        jdbc.sql("SELECT status, COUNT(*) AS n FROM hb_article WHERE run_id = ? GROUP BY status").param(runId)
                .query(rs -> {
                    counts.put(ArticleStatus.valueOf(rs.getString("status")), rs.getLong("n"));
                });
        return counts;
    }

    /**
     * Segments and untranslated segments of some runs (the runs page, `hanbridge jobs`). The
     * articles come first in the FROM: with the segments first, H2 read every segment in the
     * database for each run listed.
     */
    static final String SEGMENT_COUNTS_OF_RUNS = """
            SELECT a.run_id, COUNT(*) AS total, SUM(CASE WHEN t.segment_id IS NULL THEN 1 ELSE 0 END) AS untranslated
              FROM hb_article a JOIN hb_segment s ON s.article_id = a.id
              LEFT JOIN hb_translation t ON t.segment_id = s.id
             WHERE a.run_id IN (:ids)
             GROUP BY a.run_id""";

    /** The counts of each of these runs (runs without articles are missing from the map). */
    public Map<Long, RunCounts> countsOfRuns(java.util.Collection<Long> runIds) {
        Map<Long, long[]> byRun = new java.util.HashMap<>();
        if (runIds.isEmpty()) {
            return Map.of();
        }
        List<Long> ids = List.copyOf(runIds);
        // {ingested, translated, exported, failed, segments, untranslated}
        jdbc.sql("SELECT run_id, status, COUNT(*) AS n FROM hb_article WHERE run_id IN (:ids) GROUP BY run_id, status")
                .param("ids", ids)
                .query(rs -> {
                    long[] c = byRun.computeIfAbsent(rs.getLong("run_id"), k -> new long[6]);
                    int slot = switch (ArticleStatus.valueOf(rs.getString("status"))) {
                        case INGESTED -> 0;
                        case TRANSLATED -> 1;
                        case EXPORTED -> 2;
                        case FAILED -> 3;
                    };
                    c[slot] += rs.getLong("n");
                });
        jdbc.sql(SEGMENT_COUNTS_OF_RUNS)
                .param("ids", ids)
                .query(rs -> {
                    long[] c = byRun.computeIfAbsent(rs.getLong("run_id"), k -> new long[6]);
                    c[4] = rs.getLong("total");
                    c[5] = rs.getLong("untranslated");
                });
        Map<Long, RunCounts> counts = new java.util.HashMap<>();
        byRun.forEach((run, c) -> counts.put(run, new RunCounts(c[0], c[1], c[2], c[3], c[4], c[5])));
        return counts;
    }

    /**
     * The article with every segment, its translation and the translation's QA findings, in reading
     * order: what exporters write.
     */
    public BilingualArticle loadBilingual(long articleId, String targetLang) {
        var header = jdbc.sql("SELECT * FROM hb_article WHERE id = ?").param(articleId).query((rs, n) -> new Object[] {
                rs.getString("source_uri"), rs.getString("export_name"), rs.getString("title"),
                rs.getString("byline"), Db.instant(rs.getObject("published_at", OffsetDateTime.class)),
                rs.getString("section")}).single();
        Map<Long, BlockBuilder> blocks = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT b.id AS block_id, b.position AS block_position, b.kind, s.id AS segment_id,
                       s.position AS segment_position, s.source_text, t.target_text, t.origin, t.engine, t.model
                  FROM hb_block b
                  LEFT JOIN hb_segment s ON s.block_id = b.id
                  LEFT JOIN hb_translation t ON t.segment_id = s.id
                 WHERE b.article_id = ?
                 ORDER BY b.position, s.position""")
                .param(articleId)
                .query(rs -> {
                    BlockBuilder block = blocks.computeIfAbsent(rs.getLong("block_id"), k -> {
                        try {
                            return new BlockBuilder(rs.getInt("block_position"), BlockKind.valueOf(rs.getString("kind")));
                        } catch (SQLException e) {
                            throw new IllegalStateException(e);
                        }
                    });
                    long segmentId = rs.getLong("segment_id");
                    if (!rs.wasNull()) {
                        String origin = rs.getString("origin");
                        block.segments.add(new SegmentPair(segmentId, rs.getInt("segment_position"),
                                rs.getString("source_text"), rs.getString("target_text"),
                                origin == null ? null : TranslationOrigin.valueOf(origin), rs.getString("engine"),
                                rs.getString("model")));
                    }
                });
        Map<Long, List<QualityFinding>> findings = QaStore.findingsOf(jdbc, articleId);
        Map<Long, List<MemoryMatch>> matches = matchesOf(articleId);
        List<BilingualBlock> out = blocks.values().stream()
                .filter(b -> !b.segments.isEmpty())
                .map(b -> new BilingualBlock(b.position, b.kind, b.segments.stream()
                        .map(s -> s.withFindings(findings.getOrDefault(s.segmentId(), List.of()))
                                .withMatches(matches.getOrDefault(s.segmentId(), List.of())))
                        .toList()))
                .toList();
        return new BilingualArticle(articleId, (String) header[0], (String) header[1], (String) header[2],
                (String) header[3], (String) header[5], (Instant) header[4], "ko", targetLang, out);
    }

    /** The fuzzy memory matches each of the article's segments was offered, best first. */
    private Map<Long, List<MemoryMatch>> matchesOf(long articleId) {
        Map<Long, List<MemoryMatch>> matches = new HashMap<>();
        jdbc.sql("""
                SELECT c.segment_id, c.percent, c.source_text, c.target_text, c.origin
                  FROM hb_tm_candidate c JOIN hb_segment s ON s.id = c.segment_id
                 WHERE s.article_id = ?
                 ORDER BY c.segment_id, c.position""")
                .param(articleId)
                .query(rs -> {
                    matches.computeIfAbsent(rs.getLong("segment_id"), k -> new ArrayList<>())
                            .add(new MemoryMatch(rs.getInt("percent"), rs.getString("source_text"),
                                    rs.getString("target_text"), TranslationOrigin.valueOf(rs.getString("origin"))));
                });
        return matches;
    }

    /**
     * The newest readable version of the source that the article {@code articleId} is a version of:
     * where a reviewed file exported from any version of it applies now.
     */
    public Optional<Long> latestVersionOf(long articleId) {
        return jdbc.sql("""
                SELECT v.id FROM hb_article a JOIN hb_article v ON v.source_uri = a.source_uri
                 WHERE a.id = ? AND v.status <> 'FAILED'
                 ORDER BY v.version DESC LIMIT 1""")
                .param(articleId).query(Long.class).optional();
    }

    /**
     * The newest readable versions of the sources whose name ends in {@code name} (the name exports
     * give a source, relative to the run's input), one per source: {@code seoul.txt} finds
     * {@code /srv/inbox/seoul.txt} and {@code /tmp/seoul.txt}.
     */
    public List<Long> latestVersionsNamed(String name) {
        if (name == null || name.isBlank()) {
            return List.of();
        }
        String suffix = "/" + name.replace('\\', '/');
        List<Long> ids = new ArrayList<>();
        jdbc.sql("""
                SELECT a.id, a.source_uri, a.version FROM hb_article a
                 WHERE a.status <> 'FAILED' AND (a.source_uri = ? OR a.source_name = ?)
                 ORDER BY a.source_uri, a.version DESC""")
                .params(name, lastPart(name))
                .query(new org.springframework.jdbc.core.RowCallbackHandler() {
                    private String last;

                    @Override
                    public void processRow(ResultSet rs) throws SQLException {
                        String uri = rs.getString("source_uri");
                        String unified = uri.replace('\\', '/');
                        if (!uri.equals(last) && (uri.equals(name) || unified.endsWith(suffix))) {
                            ids.add(rs.getLong("id"));
                        }
                        last = uri;
                    }
                });
        return ids;
    }

    private static String lastPart(String name) {
        String unified = name.replace('\\', '/');
        int entry = unified.lastIndexOf("!/");
        String inside = entry < 0 ? unified : unified.substring(entry + 2);
        return inside.substring(inside.lastIndexOf('/') + 1);
    }

    private static final class BlockBuilder {
        final int position;
        final BlockKind kind;
        final List<SegmentPair> segments = new ArrayList<>();

        BlockBuilder(int position, BlockKind kind) {
            this.position = position;
            this.kind = kind;
        }
    }

    private static ArticleRow row(ResultSet rs, int n) throws SQLException {
        long run = rs.getLong("run_id");
        Long runId = rs.wasNull() ? null : run;
        return new ArticleRow(rs.getLong("id"), rs.getString("source_uri"), rs.getString("source_name"),
                rs.getInt("version"), rs.getString("media_type"), rs.getString("title"),
                ArticleStatus.valueOf(rs.getString("status")), rs.getString("failure_reason"), runId,
                rs.getString("export_name"), rs.getInt("segments"), rs.getInt("translated"),
                Db.instant(rs.getObject("updated_at", OffsetDateTime.class)), rs.getString("content_sha256"));
    }

    /**
     * A file-system-safe base name: the source's name without extension (letters of any script
     * kept, so Korean names stay readable), then the article id, which makes it unique.
     */
    static String exportName(String sourceName, long id) {
        String base = sourceName;
        int slash = Math.max(base.lastIndexOf('/'), base.lastIndexOf('\\'));
        base = base.substring(slash + 1);
        int dot = base.lastIndexOf('.');
        if (dot > 0) {
            base = base.substring(0, dot);
        }
        String safe = base.replaceAll("[^\\p{L}\\p{N}._-]+", "-").replaceAll("-{2,}", "-").replaceAll("^[-.]+|[-.]+$", "");
        if (safe.length() > 60) {
            safe = safe.substring(0, 60);
        }
        return (safe.isEmpty() ? "article" : safe) + "-" + id;
    }
}
