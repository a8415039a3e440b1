package dev.hanbridge.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The worker processes of distributed runs and their heartbeats. Times are the database's clock
 * ({@code CURRENT_TIMESTAMP}), so that how long a worker has been silent never depends on how well
 * two machines' clocks agree.
 */
public class WorkerStore {

    /**
     * One worker as stored.
     *
     * @param checkedAt the database's time when the row was read: {@link #silence()} is measured to it
     */
    public record WorkerRow(String id, String host, long pid, int slots, Instant startedAt, Instant lastSeen,
            Instant stoppedAt, Instant checkedAt) {

        /** How long ago its last heartbeat was, by the database's clock. */
        public Duration silence() {
            return Duration.between(lastSeen, checkedAt);
        }

        /** {@code host:pid}, as people see the worker in progress lines and {@code hanbridge jobs}. */
        public String name() {
            return host + ":" + pid;
        }
    }

    private static final String SELECT = "SELECT id, host, pid, slots, started_at, last_seen, stopped_at,"
            + " CURRENT_TIMESTAMP AS checked_at FROM hb_worker";

    private final JdbcClient jdbc;

    public WorkerStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void register(String id, String host, long pid, int slots) {
        jdbc.sql("INSERT INTO hb_worker (id, host, pid, slots, started_at, last_seen)"
                + " VALUES (?, ?, ?, ?, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)")
                .params(id, host, pid, slots).update();
    }

    public void heartbeat(String id) {
        jdbc.sql("UPDATE hb_worker SET last_seen = CURRENT_TIMESTAMP WHERE id = ?").param(id).update();
    }

    /** The worker left: its partitions may be taken over at once. */
    public void stopped(String id) {
        jdbc.sql("UPDATE hb_worker SET stopped_at = CURRENT_TIMESTAMP WHERE id = ? AND stopped_at IS NULL")
                .param(id).update();
    }

    public Optional<WorkerRow> find(String id) {
        return jdbc.sql(SELECT + " WHERE id = ?").param(id).query(WorkerStore::row).optional();
    }

    /** Workers that have not stopped and were heard from within {@code silence}. */
    public List<WorkerRow> live(Duration silence) {
        return jdbc.sql(SELECT + " WHERE stopped_at IS NULL ORDER BY started_at").query(WorkerStore::row).list()
                .stream().filter(w -> w.silence().compareTo(silence) < 0).toList();
    }

    private static WorkerRow row(ResultSet rs, int n) throws SQLException {
        return new WorkerRow(rs.getString("id"), rs.getString("host"), rs.getLong("pid"), rs.getInt("slots"),
                time(rs, "started_at"), time(rs, "last_seen"), time(rs, "stopped_at"), time(rs, "checked_at"));
    }

    static Instant time(ResultSet rs, String column) throws SQLException {
        return Db.instant(rs.getObject(column, OffsetDateTime.class));
    }
}
