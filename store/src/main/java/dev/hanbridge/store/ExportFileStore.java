package dev.hanbridge.store;

import java.util.List;

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

    public List<ExportFileRow> ofRun(long runId) {
        return jdbc.sql("SELECT * FROM hb_export_file WHERE run_id = ? ORDER BY id").param(runId)
                .query((rs, n) -> {
                    long article = rs.getLong("article_id");
                    Long articleId = rs.wasNull() ? null : article;
                    return new ExportFileRow(rs.getLong("run_id"), articleId, rs.getString("format"),
                            rs.getString("path"), rs.getLong("size_bytes"), rs.getString("sha256").trim());
                })
                .list();
    }
}
