package dev.hanbridge.store;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/** Small JDBC helpers shared by the stores. */
final class Db {

    /** Rows per query where a whole run is read a page at a time. */
    static final int PAGE = 1_000;

    private Db() {
    }

    /**
     * The lowest and highest id of a run's rows in {@code table} (which has {@code id} and
     * {@code run_id}); {@code first > last} when it has none. Paging by id between them keeps
     * each page to the primary key.
     */
    record IdRange(long first, long last) {
        static IdRange of(JdbcClient jdbc, String table, long runId) {
            return jdbc.sql("SELECT MIN(id) AS first, MAX(id) AS last FROM " + table + " WHERE run_id = ?")
                    .param(runId)
                    .query((rs, n) -> {
                        long last = rs.getLong("last");
                        return rs.wasNull() ? new IdRange(1, 0) : new IdRange(rs.getLong("first"), last);
                    })
                    .single();
        }
    }

    /**
     * A transaction of its own, committed on return whatever transaction the caller is in: what a
     * store writes this way must survive the caller's rollback, or be seen by others at once.
     */
    static TransactionTemplate ownTransaction(PlatformTransactionManager transactions) {
        TransactionTemplate template = new TransactionTemplate(transactions);
        template.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        return template;
    }

    /**
     * A savepoint inside the current transaction: an insert that may hit a unique key (another thread
     * or process got there first) must not poison the surrounding transaction, which PostgreSQL aborts
     * on any error.
     */
    static TransactionTemplate savepoint(PlatformTransactionManager transactions) {
        TransactionTemplate template = new TransactionTemplate(transactions);
        template.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        return template;
    }

    static OffsetDateTime ts(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }

    static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }

    static KeyHolder keyHolder() {
        return new GeneratedKeyHolder();
    }

    /** The generated id; H2 and PostgreSQL both return it under the column name "id" (any case). */
    static long id(KeyHolder keys) {
        var map = keys.getKeys();
        if (map != null) {
            for (var e : map.entrySet()) {
                if (e.getKey().equalsIgnoreCase("id")) {
                    return ((Number) e.getValue()).longValue();
                }
            }
        }
        return keys.getKey().longValue();
    }

    /** Cuts a message to a column's width, so a long reason never fails an insert. */
    static String clip(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        return text.substring(0, max - 1) + "…";
    }
}
