package dev.hanbridge.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Runs: created when a run starts, updated as it finishes or fails. */
public class RunStore {

    private final JdbcClient jdbc;

    public RunStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A run whose exports tag the source {@code ko-KR}. */
    public long create(String inputs, String engine, String formats, String targetLang, String outDir,
            String ownerHost, long ownerPid) {
        return create(inputs, engine, formats, "ko-KR", targetLang, outDir, ownerHost, ownerPid);
    }

    public long create(String inputs, String engine, String formats, String sourceLang, String targetLang,
            String outDir, String ownerHost, long ownerPid) {
        var keys = Db.keyHolder();
        jdbc.sql("""
                INSERT INTO hb_run (inputs, engine, formats, source_lang, target_lang, out_dir, status, owner_host,
                                    owner_pid, started_at)
                VALUES (?, ?, ?, ?, ?, ?, 'RUNNING', ?, ?, ?)""")
                .params(inputs, engine, formats, sourceLang, targetLang, outDir, ownerHost, ownerPid, Db.now())
                .update(keys, "id");
        return Db.id(keys);
    }

    public void attachJobExecution(long runId, long jobExecutionId, String ownerHost, long ownerPid) {
        jdbc.sql("""
                UPDATE hb_run SET job_execution_id = ?, owner_host = ?, owner_pid = ?, status = 'RUNNING',
                       message = NULL, finished_at = NULL WHERE id = ?""")
                .params(jobExecutionId, ownerHost, ownerPid, runId).update();
    }

    /** Records an engine change on restart (a restart may use another engine than the first try). */
    public void updateEngine(long runId, String engine) {
        jdbc.sql("UPDATE hb_run SET engine = ? WHERE id = ?").params(engine, runId).update();
    }

    /** Records the run's spend limits; a zero or negative limit is stored as none. */
    public void setLimits(long runId, SpendLimits limits) {
        jdbc.sql("UPDATE hb_run SET max_characters = ?, max_tokens = ? WHERE id = ?")
                .params(positive(limits.maxCharacters()), positive(limits.maxTokens()), runId).update();
    }

    public SpendLimits limits(long runId) {
        return jdbc.sql("SELECT max_characters, max_tokens FROM hb_run WHERE id = ?").param(runId)
                .query((rs, n) -> new SpendLimits(nullableLong(rs, "max_characters"), nullableLong(rs, "max_tokens")))
                .optional().orElse(SpendLimits.NONE);
    }

    /**
     * Adds a line to what went wrong in the run without failing it (an engine of a fallback chain
     * that stopped); the same line is kept once.
     */
    public synchronized void addWarning(long runId, String warning) {
        List<String> all = new java.util.ArrayList<>(warnings(runId));
        if (!all.contains(warning)) {
            all.add(warning);
            jdbc.sql("UPDATE hb_run SET warnings = ? WHERE id = ?").params(Db.clip(String.join("\n", all), 4000), runId)
                    .update();
        }
    }

    public List<String> warnings(long runId) {
        List<String> rows = jdbc.sql("SELECT warnings FROM hb_run WHERE id = ?").param(runId)
                .query((rs, n) -> rs.getString("warnings")).list();
        String text = rows.isEmpty() ? null : rows.get(0);
        return text == null || text.isBlank() ? List.of() : List.of(text.split("\n"));
    }

    private static Long positive(Long limit) {
        return limit == null || limit <= 0 ? null : limit;
    }

    private static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    public void finish(long runId, RunStatus status, String message) {
        jdbc.sql("UPDATE hb_run SET status = ?, message = ?, finished_at = ? WHERE id = ?")
                .params(status.name(), Db.clip(message, 4000), Db.now(), runId).update();
    }

    public void setBundle(long runId, String bundlePath) {
        jdbc.sql("UPDATE hb_run SET bundle_path = ? WHERE id = ?").params(bundlePath, runId).update();
    }

    /** Sources the run found unchanged and finished, so left alone. */
    public void setSkipped(long runId, long skipped) {
        jdbc.sql("UPDATE hb_run SET sources_skipped = ? WHERE id = ?").params(skipped, runId).update();
    }

    public long skipped(long runId) {
        return jdbc.sql("SELECT sources_skipped FROM hb_run WHERE id = ?").param(runId).query(Long.class).single();
    }

    public Optional<RunRecord> find(long runId) {
        return jdbc.sql("SELECT * FROM hb_run WHERE id = ?").param(runId).query(RunStore::map).optional();
    }

    public List<RunRecord> recent(int limit) {
        return jdbc.sql("SELECT * FROM hb_run ORDER BY id DESC LIMIT ?").param(limit).query(RunStore::map).list();
    }

    /** Up to {@code limit} runs older than {@code before} (all when {@code null}), newest first. */
    public List<RunRecord> before(Long before, int limit) {
        if (before == null) {
            return recent(limit);
        }
        return jdbc.sql("SELECT * FROM hb_run WHERE id < ? ORDER BY id DESC LIMIT ?").params(before, limit)
                .query(RunStore::map).list();
    }

    /**
     * Records that {@code takerId} took over articles of the failed run {@code runId}; the taker
     * of the most recent takeover is kept. Runs that completed keep no such mark.
     */
    public void markTakenOver(long runId, long takerId) {
        jdbc.sql("UPDATE hb_run SET taken_over_by = ? WHERE id = ? AND id <> ? AND status = 'FAILED'")
                .params(takerId, runId, takerId).update();
    }

    /**
     * Failed runs before {@code takerId}, not marked taken over, that hold no article: none of
     * theirs was ever recorded (the embedded database loses the last commits of a killed process,
     * ingest's among them) or all went to later runs.
     */
    public List<RunRecord> failedWithoutArticles(long takerId) {
        return jdbc.sql("""
                SELECT * FROM hb_run r WHERE r.id < ? AND r.status = 'FAILED' AND r.taken_over_by IS NULL
                   AND NOT EXISTS (SELECT 1 FROM hb_article a WHERE a.run_id = r.id) ORDER BY r.id""")
                .param(takerId).query(RunStore::map).list();
    }

    /** The failed runs whose articles {@code takerId} took over. */
    public List<RunRecord> takenOverBy(long takerId) {
        return jdbc.sql("SELECT * FROM hb_run WHERE taken_over_by = ? ORDER BY id").param(takerId)
                .query(RunStore::map).list();
    }

    /**
     * Whether some partition of the run (a distributed run's, app/distributed) has been claimed by
     * a worker and not finished: that worker may still be writing into the run's folder.
     */
    public boolean hasUnfinishedPartitions(long runId) {
        return jdbc.sql("SELECT COUNT(*) FROM hb_partition WHERE run_id = ? AND finished_at IS NULL").param(runId)
                .query(Long.class).single() > 0;
    }

    public List<RunRecord> running() {
        return jdbc.sql("SELECT * FROM hb_run WHERE status = 'RUNNING' ORDER BY id").query(RunStore::map).list();
    }

    private static RunRecord map(ResultSet rs, int row) throws SQLException {
        long pid = rs.getLong("owner_pid");
        Long ownerPid = rs.wasNull() ? null : pid;
        long exec = rs.getLong("job_execution_id");
        Long jobExecutionId = rs.wasNull() ? null : exec;
        long taker = rs.getLong("taken_over_by");
        Long takenOverBy = rs.wasNull() ? null : taker;
        return new RunRecord(rs.getLong("id"), rs.getString("inputs"), rs.getString("engine"), rs.getString("formats"),
                rs.getString("target_lang"), rs.getString("out_dir"), RunStatus.valueOf(rs.getString("status")),
                rs.getString("message"), rs.getString("owner_host"), ownerPid, jobExecutionId,
                rs.getString("bundle_path"), Db.instant(rs.getObject("started_at", OffsetDateTime.class)),
                Db.instant(rs.getObject("finished_at", OffsetDateTime.class)), rs.getString("source_lang"),
                takenOverBy, rs.getLong("sources_skipped"));
    }
}
