package dev.hanbridge.store;

import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What a distributed run has spent against its limits, every worker together (see V13): one row
 * per run, changed only by single-row UPDATEs, so that of two workers reserving the last of a limit
 * at the same moment exactly one succeeds. Each call commits on its own: a reservation must be seen
 * by the other workers at once, and must not wait for the caller's chunk to commit.
 */
public class RunSpendStore {

    /** Characters and tokens sent or reserved. */
    public record Spent(long characters, long tokens) {
    }

    private final JdbcClient jdbc;
    private final TransactionTemplate ownTransaction;

    public RunSpendStore(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.ownTransaction = Db.ownTransaction(transactions);
    }

    /**
     * Makes the run's row, starting from {@code spent} (what its usage says it spent before), unless
     * it has one: a restarted run keeps its own, reservations of killed workers included.
     */
    public void open(long runId, Spent spent) {
        if (find(runId).isPresent()) {
            return;
        }
        try {
            ownTransaction.executeWithoutResult(tx -> jdbc.sql(
                    "INSERT INTO hb_run_spend (run_id, characters, tokens) VALUES (?, ?, ?)")
                    .params(runId, spent.characters(), spent.tokens()).update());
        } catch (DuplicateKeyException anotherWorkerFirst) {
            // its row serves
        }
    }

    /**
     * Adds a request's cost unless the sum would pass a limit ({@code 0}: none; tokens are checked
     * only for a request that reserves some).
     *
     * @return empty when reserved; otherwise what the run had spent or reserved, to which nothing was added
     */
    public Optional<Spent> reserve(long runId, long characters, long tokens, long maxCharacters, long maxTokens) {
        Integer updated = ownTransaction.execute(tx -> jdbc.sql("""
                UPDATE hb_run_spend SET characters = characters + ?, tokens = tokens + ?
                 WHERE run_id = ?
                   AND (? <= 0 OR characters + ? <= ?)
                   AND (? <= 0 OR ? <= 0 OR tokens + ? <= ?)""")
                .params(characters, tokens, runId, maxCharacters, characters, maxCharacters, maxTokens, tokens,
                        tokens, maxTokens)
                .update());
        if (updated != null && updated == 1) {
            return Optional.empty();
        }
        return Optional.of(find(runId).orElseThrow(() -> new IllegalStateException("run " + runId
                + " has no spend row: open(...) it before reserving")));
    }

    /** Adds what a request cost beyond its reservation (negative: less than reserved). */
    public void settle(long runId, long characters, long tokens) {
        if (characters == 0 && tokens == 0) {
            return;
        }
        ownTransaction.executeWithoutResult(tx -> jdbc.sql(
                "UPDATE hb_run_spend SET characters = characters + ?, tokens = tokens + ? WHERE run_id = ?")
                .params(characters, tokens, runId).update());
    }

    public Optional<Spent> find(long runId) {
        return jdbc.sql("SELECT characters, tokens FROM hb_run_spend WHERE run_id = ?").param(runId)
                .query((rs, n) -> new Spent(rs.getLong(1), rs.getLong(2))).optional();
    }
}
