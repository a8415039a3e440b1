package dev.hanbridge.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Consumer;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The files a run wrote. Recording the same path twice (a restarted export) replaces the row. */
public class ExportFileStore {

    /** A file written by a run; {@code articleId} is {@code null} for the bundle. */
    public record ExportFileRow(long runId, Long articleId, String format, String path, long size, String sha256) {
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    public ExportFileStore(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** Records many files in two batched statements (a restarted export replaces its rows). */
    public void recordAll(List<ExportFileRow> rows) {
        if (rows.isEmpty()) {
            return;
        }
        batch.batchUpdate("DELETE FROM hb_export_file WHERE run_id = ? AND path = ?",
                rows.stream().map(r -> new Object[] {r.runId(), r.path()}).toList());
        var now = Db.now();
        batch.batchUpdate("""
                INSERT INTO hb_export_file (run_id, article_id, format, path, size_bytes, sha256, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)""",
                rows.stream().map(r -> new Object[] {r.runId(), r.articleId(), r.format(), r.path(), r.size(),
                        r.sha256(), now}).toList());
    }

    public void record(ExportFileRow row) {
        jdbc.sql("DELETE FROM hb_export_file WHERE run_id = ? AND path = ?").params(row.runId(), row.path()).update();
        jdbc.sql("""
                INSERT INTO hb_export_file (run_id, article_id, format, path, size_bytes, sha256, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(row.runId(), row.articleId(), row.format(), row.path(), row.size(), row.sha256(), Db.now())
                .update();
    }

    /** How many files the run's articles have (its bundle not counted). */
    public long articleFileCount(long runId) {
        return jdbc.sql("SELECT COUNT(*) FROM hb_export_file WHERE run_id = ? AND article_id IS NOT NULL")
                .param(runId).query(Long.class).single();
    }

    /**
     * The run's files in the order they were recorded, handed to the sink a page at a time: a run
     * of 10,000 articles has 30,000 of them, and its bundle step reads them twice.
     */
    public void forEachOfRun(long runId, Consumer<ExportFileRow> sink) {
        Db.IdRange range = Db.IdRange.of(jdbc, "hb_export_file", runId);
        for (long after = range.first() - 1; after < range.last(); ) {
            // By id alone, the run checked here: with run_id in the query H2 took the run's index
            // and sorted all of the run's rows for every page (0.5 s a page at 30,000 files).
            List<Numbered> page = jdbc.sql("SELECT * FROM hb_export_file WHERE id > ? AND id <= ? ORDER BY id LIMIT "
                    + Db.PAGE).params(after, range.last()).query((rs, n) -> new Numbered(rs.getLong("id"),
                            rs.getLong("run_id"), row(rs))).list();
            page.stream().filter(row -> row.runId() == runId).forEach(row -> sink.accept(row.row()));
            after = page.isEmpty() ? range.last() : page.get(page.size() - 1).id();
        }
    }

    /** A row with its id, which the next page starts after, and its run: a page by id may hold rows of runs at the same time. */
    private record Numbered(long id, long runId, ExportFileRow row) {
    }

    public List<ExportFileRow> ofRun(long runId) {
        return jdbc.sql("SELECT * FROM hb_export_file WHERE run_id = ? ORDER BY id").param(runId)
                .query((rs, n) -> row(rs))
                .list();
    }

    private static ExportFileRow row(ResultSet rs) throws SQLException {
        long article = rs.getLong("article_id");
        Long articleId = rs.wasNull() ? null : article;
        return new ExportFileRow(rs.getLong("run_id"), articleId, rs.getString("format"), rs.getString("path"),
                rs.getLong("size_bytes"), rs.getString("sha256").trim());
    }
}
