package dev.hanbridge.store;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One engine's request pace shared by every process on the database: each request reserves the
 * next free slot under a row lock, so that all workers together keep to the engine's requests per
 * second and characters per minute. The slots are measured on the workers' clocks, which NTP keeps
 * within milliseconds of each other, well under the interval of any rate a provider sets.
 *
 * <p>Requests are spaced by the interval; characters may burst up to one minute's allowance (a
 * provider's per-minute counter), then flow at the average rate (GCRA, as the driver's own limiter).
 */
public class EnginePaceStore {

    private static final long MINUTE_MICROS = TimeUnit.MINUTES.toMicros(1);

    private final JdbcClient jdbc;
    private final TransactionTemplate ownTransaction;
    private final LongSupplier clockMicros;
    private final Set<String> rows = ConcurrentHashMap.newKeySet();

    public EnginePaceStore(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this(jdbc, transactions, () -> ChronoUnit.MICROS.between(Instant.EPOCH, Instant.now()));
    }

    EnginePaceStore(JdbcClient jdbc, PlatformTransactionManager transactions, LongSupplier clockMicros) {
        this.jdbc = jdbc;
        this.ownTransaction = Db.ownTransaction(transactions);
        this.clockMicros = clockMicros;
    }

    /**
     * Reserves the engine's next request slot.
     *
     * @param intervalMicros the least time between two requests; 0 for no request limit
     * @param microsPerChar the time one character of budget takes to come back; 0 for no character limit
     * @param chars the characters this request carries
     * @return how long the caller waits before sending, in microseconds (0: at once)
     */
    public long reserve(String engine, long intervalMicros, double microsPerChar, int chars) {
        ensureRow(engine);
        Long wait = ownTransaction.execute(tx -> {
            long[] row = jdbc.sql("SELECT next_free_us, chars_tat_us FROM hb_engine_pace WHERE engine = ? FOR UPDATE")
                    .param(engine).query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).single();
            long now = clockMicros.getAsLong();
            long charsFreeAt = now;
            long tat = row[1];
            if (microsPerChar > 0) {
                tat = Math.max(row[1], now) + (long) (chars * microsPerChar);
                charsFreeAt = tat - MINUTE_MICROS;
            }
            long slot = Math.max(Math.max(row[0], charsFreeAt), now);
            long nextFree = intervalMicros > 0 ? slot + intervalMicros : row[0];
            jdbc.sql("UPDATE hb_engine_pace SET next_free_us = ?, chars_tat_us = ? WHERE engine = ?")
                    .params(nextFree, tat, engine).update();
            return slot - now;
        });
        return wait == null ? 0 : wait;
    }

    /** Holds every worker's requests to the engine back for {@code micros} from now (a Retry-After). */
    public void pause(String engine, long micros) {
        ensureRow(engine);
        jdbc.sql("UPDATE hb_engine_pace SET next_free_us = GREATEST(next_free_us, ?) WHERE engine = ?")
                .params(clockMicros.getAsLong() + micros, engine).update();
    }

    private void ensureRow(String engine) {
        if (rows.contains(engine)) {
            return;
        }
        if (jdbc.sql("SELECT COUNT(*) FROM hb_engine_pace WHERE engine = ?").param(engine).query(Long.class)
                .single() > 0) {
            rows.add(engine);
            return;
        }
        try {
            // On its own: PostgreSQL aborts a transaction whose insert fails, and another worker may
            // insert the same engine's row at the same moment.
            ownTransaction.executeWithoutResult(tx -> jdbc.sql(
                    "INSERT INTO hb_engine_pace (engine, next_free_us, chars_tat_us) VALUES (?, 0, 0)")
                    .param(engine).update());
        } catch (DuplicateKeyException alreadyThere) {
            // the other worker's row serves
        }
        rows.add(engine);
    }
}
