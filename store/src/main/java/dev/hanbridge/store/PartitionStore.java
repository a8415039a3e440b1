package dev.hanbridge.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Which worker works on each partition of a distributed run. A worker claims a partition before it
 * runs it; a claim passes to another worker only by a compare-and-set, so that of several workers
 * taking over a dead one's partition exactly one does.
 */
public class PartitionStore {

    /**
     * One partition (one step execution) and its worker.
     *
     * @param step the step the partition belongs to: {@code ingest}, {@code translate} or {@code export}
     * @param name the step execution's name, e.g. {@code translate-partition:part3}
     * @param workerName {@code host:pid} of the worker, or its id when the worker row is gone
     * @param attempts how many workers have claimed it (more than one: it was taken over)
     * @param status the step execution's status when its worker finished it; {@code null} while it works
     */
    public record PartitionRow(long stepExecutionId, long runId, long jobExecutionId, String step, String name,
            String workerId, String workerName, int attempts, Instant claimedAt, Instant finishedAt,
            String status) {
    }

    private static final String SELECT = """
            SELECT p.step_execution_id, p.run_id, p.job_execution_id, p.step, p.name, p.worker_id,
                   w.host, w.pid, p.attempts, p.claimed_at, p.finished_at, p.status
            FROM hb_partition p LEFT JOIN hb_worker w ON w.id = p.worker_id""";

    private final JdbcClient jdbc;

    public PartitionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Claims a partition nobody has claimed yet; {@code false} when another worker did first. */
    public boolean claim(long stepExecutionId, long runId, long jobExecutionId, String step, String name,
            String workerId) {
        try {
            jdbc.sql("""
                    INSERT INTO hb_partition (step_execution_id, run_id, job_execution_id, step, name, worker_id,
                                              attempts, claimed_at)
                    VALUES (?, ?, ?, ?, ?, ?, 1, CURRENT_TIMESTAMP)""")
                    .params(stepExecutionId, runId, jobExecutionId, step, name, workerId).update();
            return true;
        } catch (DuplicateKeyException taken) {
            return false;
        }
    }

    /** Passes the partition from {@code from} to {@code to}; {@code false} when someone else took it first. */
    public boolean takeOver(long stepExecutionId, String from, String to) {
        return jdbc.sql("""
                UPDATE hb_partition SET worker_id = ?, attempts = attempts + 1, claimed_at = CURRENT_TIMESTAMP,
                       finished_at = NULL, status = NULL
                WHERE step_execution_id = ? AND worker_id = ?""")
                .params(to, stepExecutionId, from).update() == 1;
    }

    /** Records that the worker finished the partition with the step execution's {@code status}. */
    public void finish(long stepExecutionId, String workerId, String status) {
        jdbc.sql("""
                UPDATE hb_partition SET finished_at = CURRENT_TIMESTAMP, status = ?
                WHERE step_execution_id = ? AND worker_id = ?""")
                .params(status, stepExecutionId, workerId).update();
    }

    public Optional<PartitionRow> find(long stepExecutionId) {
        return jdbc.sql(SELECT + " WHERE p.step_execution_id = ?").param(stepExecutionId)
                .query(PartitionStore::row).optional();
    }

    /** The run's partitions, every try of the run included, in the order they were claimed. */
    public List<PartitionRow> ofRun(long runId) {
        return jdbc.sql(SELECT + " WHERE p.run_id = ? ORDER BY p.step_execution_id").param(runId)
                .query(PartitionStore::row).list();
    }

    /** The partitions of one step of one job execution. */
    public List<PartitionRow> of(long jobExecutionId, String step) {
        return jdbc.sql(SELECT + " WHERE p.job_execution_id = ? AND p.step = ? ORDER BY p.step_execution_id")
                .params(jobExecutionId, step).query(PartitionStore::row).list();
    }

    private static PartitionRow row(ResultSet rs, int n) throws SQLException {
        String host = rs.getString("host");
        String worker = rs.getString("worker_id");
        return new PartitionRow(rs.getLong("step_execution_id"), rs.getLong("run_id"), rs.getLong("job_execution_id"),
                rs.getString("step"), rs.getString("name"), worker, host == null ? worker : host + ":" + rs.getLong("pid"),
                rs.getInt("attempts"), WorkerStore.time(rs, "claimed_at"), WorkerStore.time(rs, "finished_at"),
                rs.getString("status"));
    }
}
